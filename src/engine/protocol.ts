// The negotiation as a pure reducer: alternating offers over a fixed number of rounds, events at
// round starts drawn from the generator kept in the state, and a typed rejection (never a throw)
// for an illegal move. applyMove is the only way a GameState changes.
import type { Cache } from './cache';
import { applyEvents } from './events';
import type { GameEvent, Model, Package, Side } from './model';
import { other } from './model';
import type {
  GameState,
  LogEntry,
  Move,
  MoveResult,
  Reason,
  Rejection,
  RejectionCode,
} from './protocol-types';
import { MOVE_TYPES, REASON_CODES } from './protocol-types';
import { noDealScore, settleDeal, settleNoDeal } from './results';
import type { SideScore } from './score';
import { nextFloat, seedRng } from './rng';

/** What the base model and the events fired so far determine, kept as one cache entry. */
export interface Ground {
  /** The model as the events changed it. */
  readonly model: Model;
  /** A side's walk-away value on it (computed once). */
  readonly walkAway: (side: Side) => number;
  /** A side's full scoring of no deal on it (computed once; its score is the walk-away value). */
  readonly noDeal: (side: Side) => SideScore;
}

/** Rough size of a ground: the parties the events changed (the rest is shared with the base). */
const groundBytes = (): number => 16_384;

function groundOf(model: Model, fired: readonly string[]): Ground {
  const now = applyEvents(model, fired);
  const scored: [SideScore | null, SideScore | null] = [null, null];
  const noDeal = (side: Side): SideScore => (scored[side] ??= noDealScore(now, side));
  return { model: now, noDeal, walkAway: (side) => noDeal(side).score };
}

/**
 * True when the events give the same model in any firing order: every number they change and
 * add is an integer (sums are exact) and no clout falls (so none is cut off at 0 on the way).
 */
function eventsCommute(model: Model): boolean {
  const whole = (x: number | undefined) => x === undefined || Number.isInteger(x);
  const factors = model.parties.flatMap((p) => [...p.constituencies, ...p.security]);
  const baseOk = factors.every(
    (f) =>
      f.weight >= 0 && whole(f.weight) && whole(f.baseline) && f.effects.every((row) => row.every(whole)),
  );
  const changesOk = model.events.every((e) =>
    e.changes.every(
      (c) =>
        (c.weight ?? 0) >= 0 &&
        whole(c.weight) &&
        whole(c.baseline) &&
        (c.effects ?? []).every((x) => whole(x.change)),
    ),
  );
  return baseOk && changesOk;
}

/**
 * The ground a game stands on after `state.fired`. With a cache the same base content and fired
 * events give the same object (so callers may memoise by identity) — in any order when the
 * events commute; without a cache, a fresh one.
 */
export function groundNow(model: Model, state: Pick<GameState, 'fired'>, cache?: Cache): Ground {
  if (!cache) return groundOf(model, state.fired);
  // The views of a game come one after another on the same list of fired events: the ground
  // found last for this model object is kept with it (found by value whenever the list differs).
  const last = cache.of(model, lastGround);
  if (last.fired === state.fired && last.ground) return last.ground;
  const ground = groundByValue(model, state, cache);
  last.fired = state.fired;
  last.ground = ground;
  return ground;
}

/** Per model object: the list of fired events last asked about and its ground. */
const lastGround = (): { fired: readonly string[] | null; ground: Ground | null } => ({
  fired: null,
  ground: null,
});

function groundByValue(model: Model, state: Pick<GameState, 'fired'>, cache: Cache): Ground {
  const base = `ground|${cache.hashOf(model)}|`;
  // Keyed by the firing order first (no sorting on a hit), then by the set when events commute.
  return cache.memo(base + state.fired.join('\u0000'), () => {
    if (!cache.of(model, eventsCommute)) return groundOf(model, state.fired);
    const fired = [...state.fired].sort();
    return cache.memo(base + fired.join('\u0000'), () => groundOf(model, fired), groundBytes);
  });
}

/** The model as events have changed it so far (see groundNow for what a cache adds). */
export function currentModel(model: Model, state: Pick<GameState, 'fired'>, cache?: Cache): Model {
  return state.fired.length === 0 ? model : groundNow(model, state, cache).model;
}

function fires(e: GameEvent, round: number, rng: GameState['rng']): [boolean, GameState['rng']] {
  if (e.round !== null) return [e.round === round, rng];
  if (e.probability === null || round < e.fromRound) return [false, rng];
  const [x, next] = nextFloat(rng);
  return [x < e.probability, next];
}

/** Start a round: each event not yet fired fires if scripted for it or drawn by its probability. */
function startRound(model: Model, state: GameState, round: number): GameState {
  let rng = state.rng;
  // A new list of fired events only when one fires (a state keeps its list otherwise).
  let fired: string[] | null = null;
  const entries: LogEntry[] = [];
  for (const e of model.events) {
    if ((fired ?? state.fired).includes(e.id)) continue;
    const [hit, next] = fires(e, round, rng);
    rng = next;
    if (hit) {
      fired ??= [...state.fired];
      fired.push(e.id);
      entries.push({ kind: 'event', round, event: e.id });
    }
  }
  return {
    ...state,
    rng,
    round,
    turn: model.rules.firstMover,
    movesThisRound: 0,
    fired: fired ?? state.fired,
    log: entries.length > 0 ? [...state.log, ...entries] : state.log,
  };
}

/** A fresh game for this scenario and seed; round-1 events have already fired. */
export function newGame(model: Model, seed: number): GameState {
  const blank: GameState = {
    scenarioId: model.id,
    contentHash: model.contentHash,
    seed,
    rng: seedRng(seed),
    round: 0,
    turn: model.rules.firstMover,
    movesThisRound: 0,
    standing: null,
    statements: [[], []],
    fired: [],
    log: [],
    outcome: null,
    results: null,
  };
  return startRound(model, blank, 1);
}

/** True when the package names a valid option for every issue of the model. */
export function isPackage(model: Model, pkg: unknown): pkg is Package {
  return (
    Array.isArray(pkg) &&
    pkg.length === model.issues.length &&
    pkg.every((o, i) => Number.isInteger(o) && o >= 0 && o < (model.issues[i]?.options.length ?? 0))
  );
}

const r = (code: RejectionCode, params: Rejection['params'] = {}): Rejection => ({ code, params });

/** Longest id or text a reason parameter may hold (ids are short; this only bounds junk). */
const MAX_PARAM = 200;

/** True when x is a reason: a known code and flat parameters of short strings and finite numbers. */
export function isReason(x: unknown): x is Reason {
  if (typeof x !== 'object' || x === null) return false;
  const { code, params } = x as Record<string, unknown>;
  if (!(REASON_CODES as readonly unknown[]).includes(code)) return false;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every(
    (v) => (typeof v === 'string' && v.length <= MAX_PARAM) || (typeof v === 'number' && Number.isFinite(v)),
  );
}

/** Why this move is illegal now, or null when it is legal. */
export function checkMove(model: Model, state: GameState, move: Move): Rejection | null {
  if (state.outcome) return r('gameOver');
  if (typeof move !== 'object' || move === null || !(MOVE_TYPES as readonly string[]).includes(move.type)) {
    return r('badMove');
  }
  if (move.side !== 0 && move.side !== 1) return r('badSide');
  if (move.side !== state.turn) return r('notYourTurn');
  if (move.reason !== undefined && !isReason(move.reason)) return r('badReason');
  if (move.type === 'propose') {
    if (!isPackage(model, move.package)) return r('badPackage');
    if (move.final !== undefined && typeof move.final !== 'boolean') return r('badMove');
    if (move.statement !== undefined) {
      const st = model.statements.find((s) => s.id === move.statement);
      if (!st) return r('unknownStatement');
      if (st.side !== move.side) return r('notYourStatement', { statement: st.id });
    }
  }
  if (move.type === 'accept') {
    if (!state.standing) return r('noStandingOffer');
    if (state.standing.by === move.side) return r('ownOffer');
  }
  return null;
}

/** A reason as recorded: its code and a copy of its parameters. */
const cleanReason = (reason: Reason): Reason => ({ code: reason.code, params: { ...reason.params } });

/** The move as recorded: only the known fields, with copied arrays. */
function cleanMove(move: Move): Move {
  const reason = move.reason === undefined ? {} : { reason: cleanReason(move.reason) };
  if (move.type === 'propose') {
    const statement = move.statement === undefined ? {} : { statement: move.statement };
    const final = move.final ? { final: true } : {};
    return {
      type: 'propose',
      side: move.side,
      package: [...move.package],
      ...statement,
      ...final,
      ...reason,
    };
  }
  return { type: move.type, side: move.side, ...reason };
}

/** After a move that did not end the game: the other side's turn, or the next round, or the deadline. */
function advance(model: Model, state: GameState, side: Side, cache?: Cache): GameState {
  if (state.movesThisRound === 0) return { ...state, turn: other(side), movesThisRound: 1 };
  if (state.round >= model.rules.rounds) {
    const outcome = { kind: 'deadline', round: state.round } as const;
    const ground = groundNow(model, state, cache);
    return { ...state, movesThisRound: 2, outcome, results: settleNoDeal(ground.model, ground.noDeal) };
  }
  return startRound(model, state, state.round + 1);
}

/**
 * Apply a move: the next state, or a typed rejection with the state unchanged. Never throws.
 * A cache (see playerView) only spares rebuilding the event-changed model at the end.
 */
export function applyMove(model: Model, state: GameState, move: Move, cache?: Cache): MoveResult {
  const bad = checkMove(model, state, move);
  if (bad) return { ok: false, rejection: bad };
  const clean = cleanMove(move);
  const log = [...state.log, { kind: 'move', round: state.round, move: clean } as const];
  const side = clean.side;
  if (clean.type === 'walkAway') {
    const outcome = { kind: 'walkAway', by: side, round: state.round } as const;
    const ground = groundNow(model, state, cache);
    return {
      ok: true,
      state: { ...state, log, outcome, results: settleNoDeal(ground.model, ground.noDeal) },
    };
  }
  if (clean.type === 'accept' && state.standing) {
    const ground = groundNow(model, state, cache);
    const settled = settleDeal(
      ground.model,
      state.standing.package,
      state.statements,
      state.round,
      ground.noDeal,
    );
    return { ok: true, state: { ...state, log, ...settled } };
  }
  if (clean.type !== 'propose') return { ok: false, rejection: r('badMove') };
  const statement = clean.statement ?? null;
  const made = state.statements[side];
  const statements: GameState['statements'] =
    statement === null || made.includes(statement)
      ? state.statements
      : side === 0
        ? [[...made, statement], state.statements[1]]
        : [state.statements[0], [...made, statement]];
  const standing = { by: side, package: clean.package, round: state.round, statement };
  return { ok: true, state: advance(model, { ...state, log, standing, statements }, side, cache) };
}

/** The moves a side may legally make now, by type (packages are any valid package). */
export function legalMoveTypes(state: GameState, side: Side): readonly Move['type'][] {
  if (state.outcome || state.turn !== side) return [];
  return state.standing && state.standing.by !== side
    ? ['propose', 'accept', 'walkAway']
    : ['propose', 'walkAway'];
}
