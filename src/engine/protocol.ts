// The negotiation as a pure reducer: alternating offers over a fixed number of rounds, events at
// round starts drawn from the generator kept in the state, and a typed rejection (never a throw)
// for an illegal move. applyMove is the only way a GameState changes.
import type { Cache } from './cache';
import { applyEvents } from './events';
import type { GameEvent, Model, Package, Side } from './model';
import { other } from './model';
import type { GameState, LogEntry, Move, MoveResult, Rejection, RejectionCode } from './protocol-types';
import { MOVE_TYPES } from './protocol-types';
import { settleDeal, settleNoDeal } from './results';
import { walkAwayScore } from './score';
import { nextFloat, seedRng } from './rng';

/** What the base model and the events fired so far determine, kept as one cache entry. */
export interface Ground {
  /** The model as the events changed it. */
  readonly model: Model;
  /** A side's walk-away value on it (computed once). */
  readonly walkAway: (side: Side) => number;
}

/** Rough size of a ground: the parties the events changed (the rest is shared with the base). */
const GROUND_BYTES = 16_384;

function groundOf(model: Model, fired: readonly string[]): Ground {
  const now = applyEvents(model, fired);
  const walk: [number | null, number | null] = [null, null];
  return { model: now, walkAway: (side) => (walk[side] ??= walkAwayScore(now, side)) };
}

/**
 * The ground a game stands on after `state.fired`. With a cache the same base content and fired
 * list give the same object (so callers may memoise by identity); without, a fresh one.
 */
export function groundNow(model: Model, state: Pick<GameState, 'fired'>, cache?: Cache): Ground {
  if (!cache) return groundOf(model, state.fired);
  const key = `ground|${cache.hashOf(model)}|${state.fired.join('\u0000')}`;
  return cache.memo(
    key,
    () => groundOf(model, state.fired),
    () => GROUND_BYTES,
  );
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
  const fired = [...state.fired];
  const entries: LogEntry[] = [];
  for (const e of model.events) {
    if (fired.includes(e.id)) continue;
    const [hit, next] = fires(e, round, rng);
    rng = next;
    if (hit) {
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
    fired: entries.length > 0 ? fired : state.fired,
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

const reject = (code: RejectionCode, message: string): MoveResult => ({
  ok: false,
  rejection: { code, message },
});

/** True when the package names a valid option for every issue of the model. */
export function isPackage(model: Model, pkg: unknown): pkg is Package {
  return (
    Array.isArray(pkg) &&
    pkg.length === model.issues.length &&
    pkg.every((o, i) => Number.isInteger(o) && o >= 0 && o < (model.issues[i]?.options.length ?? 0))
  );
}

/** Why this move is illegal now, or null when it is legal. */
export function checkMove(model: Model, state: GameState, move: Move): Rejection | null {
  const r = (code: RejectionCode, message: string): Rejection => ({ code, message });
  if (state.outcome) return r('gameOver', 'The negotiation is over.');
  if (typeof move !== 'object' || move === null || !(MOVE_TYPES as readonly string[]).includes(move.type)) {
    return r('badMove', 'Unknown move.');
  }
  if (move.side !== 0 && move.side !== 1) return r('badMove', 'Unknown side.');
  if (move.side !== state.turn) return r('notYourTurn', 'It is not your turn.');
  if (move.reason !== undefined && typeof move.reason !== 'string')
    return r('badMove', 'A reason must be text.');
  if (move.type === 'propose') {
    if (!isPackage(model, move.package))
      return r('badPackage', 'A package needs one valid option for every issue.');
    if (move.statement !== undefined) {
      const st = model.statements.find((s) => s.id === move.statement);
      if (!st) return r('unknownStatement', 'There is no such statement.');
      if (st.side !== move.side) return r('notYourStatement', "That is the other side's statement.");
    }
  }
  if (move.type === 'accept') {
    if (!state.standing) return r('noStandingOffer', 'There is no offer on the table to accept.');
    if (state.standing.by === move.side) return r('ownOffer', 'You cannot accept your own offer.');
  }
  return null;
}

/** The move as recorded: only the known fields, with copied arrays. */
function cleanMove(move: Move): Move {
  const reason = move.reason === undefined ? {} : { reason: move.reason };
  if (move.type === 'propose') {
    const statement = move.statement === undefined ? {} : { statement: move.statement };
    return { type: 'propose', side: move.side, package: [...move.package], ...statement, ...reason };
  }
  return { type: move.type, side: move.side, ...reason };
}

/** After a move that did not end the game: the other side's turn, or the next round, or the deadline. */
function advance(model: Model, state: GameState, side: Side, cache?: Cache): GameState {
  if (state.movesThisRound === 0) return { ...state, turn: other(side), movesThisRound: 1 };
  if (state.round >= model.rules.rounds) {
    const outcome = { kind: 'deadline', round: state.round } as const;
    return { ...state, movesThisRound: 2, outcome, results: settleNoDeal(currentModel(model, state, cache)) };
  }
  return startRound(model, state, state.round + 1);
}

/**
 * Apply a move: the next state, or a typed rejection with the state unchanged. Never throws.
 * A cache (see playerView) only spares rebuilding the event-changed model at the end.
 */
export function applyMove(model: Model, state: GameState, move: Move, cache?: Cache): MoveResult {
  const bad = checkMove(model, state, move);
  if (bad) return reject(bad.code, bad.message);
  const clean = cleanMove(move);
  const logged: GameState = {
    ...state,
    log: [...state.log, { kind: 'move', round: state.round, move: clean }],
  };
  const side = clean.side;
  if (clean.type === 'walkAway') {
    const outcome = { kind: 'walkAway', by: side, round: state.round } as const;
    return {
      ok: true,
      state: { ...logged, outcome, results: settleNoDeal(currentModel(model, state, cache)) },
    };
  }
  if (clean.type === 'accept' && state.standing) {
    const settled = settleDeal(
      currentModel(model, state, cache),
      state.standing.package,
      state.statements,
      state.round,
    );
    return { ok: true, state: { ...logged, ...settled } };
  }
  if (clean.type !== 'propose') return reject('badMove', 'Unknown move.');
  const statement = clean.statement ?? null;
  const made = state.statements[side];
  const statements: GameState['statements'] =
    statement === null || made.includes(statement)
      ? state.statements
      : side === 0
        ? [[...made, statement], state.statements[1]]
        : [state.statements[0], [...made, statement]];
  const standing = { by: side, package: clean.package, round: state.round, statement };
  return { ok: true, state: advance(model, { ...logged, standing, statements }, side, cache) };
}

/** The moves a side may legally make now, by type (packages are any valid package). */
export function legalMoveTypes(state: GameState, side: Side): readonly Move['type'][] {
  if (state.outcome || state.turn !== side) return [];
  return state.standing && state.standing.by !== side
    ? ['propose', 'accept', 'walkAway']
    : ['propose', 'walkAway'];
}
