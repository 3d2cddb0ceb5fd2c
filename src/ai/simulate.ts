// Computer against computer, headless: play many seeded games through the same reducer and
// player views the browser uses, and measure the results against the deal analysis (normalised
// utilities and distance to the Pareto frontier, as in docs/analysis.md).
import type {
  Analysis,
  AnalysisResult,
  BySide,
  Cache,
  GameState,
  LogEntry,
  Model,
  Outcome,
  Package,
  Rejection,
} from '../engine';
import {
  analyze,
  applyMove,
  createCache,
  currentModel,
  distanceToFrontier,
  indexOf,
  nearestDistance,
  newGame,
  playerView,
} from '../engine';
import type { DecideOptions, Negotiator } from './types';

/** Makes the negotiator for one game (its seed lets random strategies differ between games). */
export type NegotiatorFactory = (seed: number) => Negotiator;

/** One finished game. */
export interface GameRecord {
  readonly seed: number;
  readonly outcome: Outcome | null;
  /** Final score of each side, 0–100. */
  readonly scores: BySide<number>;
  /** Final score on each side's normalised utility scale (null when the space is too large to analyse). */
  readonly utility: BySide<number> | null;
  /** Each side's walk-away value at the game's end (events fired in it may have moved it). */
  readonly walkAway: BySide<number>;
  /** The same on the utility scale of the analysis the game is measured against (null as for `utility`). */
  readonly reservation: BySide<number> | null;
  /** A ratified deal's distance to the frontier of the zone of agreement. */
  readonly distance: number | null;
  readonly moves: number;
  /** The game's public record (moves with their reasons, and events), in order. */
  readonly log: readonly LogEntry[];
  /** An illegal move a negotiator tried (a bug; the game stops there). */
  readonly illegal: Rejection | null;
}

/** What a batch of games showed. */
export interface SimulationReport {
  readonly games: number;
  readonly ratified: number;
  readonly rejectedAtHome: number;
  readonly walkAways: number;
  readonly deadlines: number;
  readonly illegalMoves: number;
  readonly dealRate: number;
  readonly meanRounds: number;
  /** Round of agreement → games agreed at the table in it (ratified or rejected at home). */
  readonly agreementRounds: Readonly<Record<number, number>>;
  readonly meanUtility: BySide<number> | null;
  /** Mean distance of ratified deals to the frontier; null when there were none. */
  readonly meanDistance: number | null;
  readonly records: readonly GameRecord[];
  /** Time spent playing (not analysing), in the clock's unit; null without a clock. */
  readonly playTime: number | null;
}

/** Options of a simulation run. */
export interface SimulateOptions {
  readonly games: number;
  /** Seed of the first game; game g uses seed + g. */
  readonly seed: number;
  /** A clock (e.g. performance.now) to time the play; the AI layer reads no clock itself. */
  readonly clock?: () => number;
  /** The cache the negotiators share (package spaces, models); a fresh one for this run when absent. */
  readonly cache?: Cache;
  /** Whether the moves in the records carry their reasons (default true; see DecideOptions). */
  readonly explain?: boolean;
}

/** Play one game to its end, the negotiators sharing `cache`; stops early (with the rejection) if a negotiator errs. */
export function playGame(
  model: Model,
  sides: BySide<Negotiator>,
  seed: number,
  cache: Cache,
  options?: DecideOptions,
): { state: GameState; illegal: Rejection | null } {
  let state = newGame(model, seed);
  for (let guard = 0; guard < 2 * model.rules.rounds + 2 && !state.outcome; guard++) {
    const move = sides[state.turn].decide(playerView(model, state, state.turn, cache), cache, options);
    if (!move) return { state, illegal: { code: 'badMove', params: {} } };
    const r = applyMove(model, state, move, cache);
    if (!r.ok) return { state, illegal: r.rejection };
    state = r.state;
  }
  return { state, illegal: null };
}

/** One game as played, before it is measured. */
interface Played {
  readonly seed: number;
  readonly state: GameState;
  readonly illegal: Rejection | null;
}

/**
 * Games grouped by the payoffs they ended on (events change them), so each group is measured
 * against one analysis. The key is the value of what the analysis reads (issues, both parties).
 */
function byPayoffs(model: Model, played: readonly Played[], cache: Cache): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  played.forEach((p, k) => {
    const now = currentModel(model, p.state, cache);
    const key = [now.issues, now.parties[0], now.parties[1]].map((x) => cache.hashOf(x)).join('|');
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  });
  return groups;
}

/**
 * What a game's record reads of the analysis of the payoffs it ended on: score ranges, walk-away
 * and reservation values, and the distance of a deal to the frontier, from the utilities of the
 * zone of agreement (where deals fall) and of the frontier. A few kilobytes where the analysis
 * holds every package, so the cache keeps one per payoff state for later runs (the Lab's
 * tournament plays in batches) without pushing out the package spaces.
 */
interface Yardstick {
  readonly scoreRange: Analysis['scoreRange'];
  readonly walkAway: Analysis['walkAway'];
  readonly reservation: Analysis['reservation'];
  /** Distance of a deal (by package index) to the frontier, as distanceToFrontier finds it; undefined outside the zone. */
  readonly distance: (index: number) => number | null | undefined;
  readonly bytes: number;
}

function yardstick(a: Analysis): Yardstick {
  const { zopa, utility, frontier } = a;
  const [u0, u1] = [
    Float64Array.from(zopa, (i) => utility[0][i]!),
    Float64Array.from(zopa, (i) => utility[1][i]!),
  ];
  const [f0, f1] = [
    Float64Array.from(frontier, (i) => utility[0][i]!),
    Float64Array.from(frontier, (i) => utility[1][i]!),
  ];
  return {
    scoreRange: a.scoreRange,
    walkAway: a.walkAway,
    reservation: a.reservation,
    distance: (index) => {
      const k = sortedIndexOf(zopa, index);
      return k < 0 ? undefined : nearestDistance(u0[k]!, u1[k]!, f0, f1);
    },
    bytes: 1024 + zopa.byteLength + 16 * zopa.length + 16 * frontier.length,
  };
}

/** Position of x in an ascending array, or -1. */
function sortedIndexOf(xs: Uint32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo] === x ? lo : -1;
}

function record({ seed, state, illegal }: Played, y: Yardstick | null, distance: number | null): GameRecord {
  const scores: BySide<number> = [state.results?.[0].score ?? 0, state.results?.[1].score ?? 0];
  const norm = (s: 0 | 1) => {
    const r = y!.scoreRange[s];
    return (scores[s] - r.min) / (r.max > r.min ? r.max - r.min : 1);
  };
  return {
    seed,
    outcome: state.outcome,
    scores,
    utility: y ? [norm(0), norm(1)] : null,
    walkAway: y ? y.walkAway : [state.results?.[0].walkAway ?? 0, state.results?.[1].walkAway ?? 0],
    reservation: y ? y.reservation : null,
    distance,
    moves: state.log.filter((e) => e.kind === 'move').length,
    log: state.log,
    illegal,
  };
}

const mean = (xs: readonly number[]): number =>
  xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;

/** Round of agreement → number of games agreed at the table in that round, rounds in order. */
function agreementRounds(records: readonly GameRecord[]): Record<number, number> {
  const rounds: number[] = [];
  for (const r of records)
    if (r.outcome?.kind === 'ratified' || r.outcome?.kind === 'rejectedAtHome') rounds.push(r.outcome.round);
  const out: Record<number, number> = {};
  for (const k of rounds.sort((a, b) => a - b)) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** Play `games` games with seeds seed, seed + 1, …; each side's negotiator is made afresh per game. */
export function simulate(
  model: Model,
  sides: BySide<NegotiatorFactory>,
  opts: SimulateOptions,
): SimulationReport {
  const cache = opts.cache ?? createCache();
  const played: Played[] = [];
  const start = opts.clock?.() ?? 0;
  const options: DecideOptions = { explain: opts.explain ?? true };
  for (let g = 0; g < opts.games; g++) {
    const seed = opts.seed + g;
    played.push({ seed, ...playGame(model, [sides[0](seed), sides[1](seed)], seed, cache, options) });
  }
  const playTime = opts.clock ? opts.clock() - start : null;
  const records: GameRecord[] = new Array(played.length);
  for (const [key, group] of byPayoffs(model, played, cache)) {
    let analysis: AnalysisResult | null = null;
    const analysed = () => {
      analysis ??= analyze(currentModel(model, played[group[0]!]!.state, cache));
      return analysis;
    };
    // Kept in the cache: a run in batches (the Lab's tournament) meets the same payoffs again.
    const y = cache.memo(
      `yardstick|${key}`,
      () => {
        const r = analysed();
        return r.ok ? yardstick(r.analysis) : null;
      },
      (x) => x?.bytes ?? 256,
    );
    // A deal outside the zone of agreement (audience costs can put one there) is measured on the whole analysis.
    const outside = (deal: Package) => {
      const r = analysed();
      return r.ok ? distanceToFrontier(r.analysis, deal) : null;
    };
    for (const k of group) {
      const { outcome } = played[k]!.state;
      let distance: number | null = null;
      if (y && outcome?.kind === 'ratified') {
        const found = y.distance(indexOf(model, outcome.package));
        distance = found === undefined ? outside(outcome.package) : found;
      }
      records[k] = record(played[k]!, y, distance);
    }
  }
  return { ...summarize(records), records, playTime };
}

/** What a batch of game records shows (a run's report without its records and timing). */
export function summarize(records: readonly GameRecord[]): Omit<SimulationReport, 'records' | 'playTime'> {
  const count = (kind: Outcome['kind']) => records.filter((r) => r.outcome?.kind === kind).length;
  const utilities = records.flatMap((r) => (r.utility ? [r.utility] : []));
  const distances = records.flatMap((r) => (r.distance === null ? [] : [r.distance]));
  return {
    games: records.length,
    ratified: count('ratified'),
    rejectedAtHome: count('rejectedAtHome'),
    walkAways: count('walkAway'),
    deadlines: count('deadline'),
    illegalMoves: records.filter((r) => r.illegal).length,
    dealRate: records.length > 0 ? count('ratified') / records.length : 0,
    meanRounds: mean(records.map((r) => r.outcome?.round ?? 0)),
    agreementRounds: agreementRounds(records),
    meanUtility:
      utilities.length === records.length && records.length > 0
        ? [mean(utilities.map((u) => u[0])), mean(utilities.map((u) => u[1]))]
        : null,
    meanDistance: distances.length > 0 ? mean(distances) : null,
  };
}
