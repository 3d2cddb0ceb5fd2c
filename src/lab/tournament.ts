// The Lab's tournament: every persona of one side against every persona of the other, over the
// same N seeds, computer against computer through ai/'s `simulate`. Games are played in small
// batches so a worker can report progress between them; the batches' records are then measured
// together, exactly as one `simulate` run over all the seeds would measure them.
import {
  type GameRecord,
  type NegotiatorFactory,
  negotiatorFor,
  type SimulationReport,
  simulate,
} from '../ai';
import type { BySide, Cache, Model, Side } from '../engine';
import { createCache } from '../engine';

/** One pairing: side 0's persona id against side 1's. */
export type Pair = BySide<string>;

/** What a pairing's games showed. */
export interface PairStats {
  readonly pair: Pair;
  readonly games: number;
  readonly ratified: number;
  readonly dealRate: number;
  /** Mean normalised utility of each side over every game (no deal scores the walk-away). */
  readonly meanUtility: BySide<number> | null;
  /** Mean distance of ratified deals to the frontier of the zone of agreement. */
  readonly meanDistance: number | null;
  /** Mean round in which the table agreed (ratified or not); null when it never did. */
  readonly meanAgreementRound: number | null;
  /** Games in which a side's domestic ratification failed (a deal agreed at the table). */
  readonly failsAtHome: BySide<number>;
  readonly walkAways: number;
  readonly deadlines: number;
  readonly illegalMoves: number;
}

/** Every pairing of the model's personas, side 0's first. */
export function personaPairs(model: Model): Pair[] {
  const of = (s: Side) => model.personas.filter((p) => p.side === s).map((p) => p.id);
  return of(0).flatMap((a) => of(1).map((b): Pair => [a, b]));
}

/** The negotiator factories of a pairing (a persona missing from the model throws). */
export function factories(model: Model, pair: Pair): BySide<NegotiatorFactory> {
  const make =
    (side: Side): NegotiatorFactory =>
    (seed) => {
      const r = negotiatorFor(model, side, pair[side], { seed });
      if (!r.ok) throw new Error(r.message);
      return r.negotiator;
    };
  return [make(0), make(1)];
}

const mean = (xs: readonly number[]): number | null =>
  xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;

/** The statistics of a pairing's game records (as `simulate` measured them). */
export function aggregate(pair: Pair, records: readonly GameRecord[]): PairStats {
  const count = (kind: string) => records.filter((r) => r.outcome?.kind === kind).length;
  const utilities = records.flatMap((r) => (r.utility ? [r.utility] : []));
  const agreed = records.flatMap((r) =>
    r.outcome?.kind === 'ratified' || r.outcome?.kind === 'rejectedAtHome' ? [r.outcome.round] : [],
  );
  const fails = (s: Side) =>
    records.filter((r) => r.outcome?.kind === 'rejectedAtHome' && r.outcome.failures[s].length > 0).length;
  const complete = utilities.length === records.length && records.length > 0;
  return {
    pair,
    games: records.length,
    ratified: count('ratified'),
    dealRate: records.length > 0 ? count('ratified') / records.length : 0,
    meanUtility: complete ? [mean(utilities.map((u) => u[0]))!, mean(utilities.map((u) => u[1]))!] : null,
    meanDistance: mean(records.flatMap((r) => (r.distance === null ? [] : [r.distance]))),
    meanAgreementRound: mean(agreed),
    failsAtHome: [fails(0), fails(1)],
    walkAways: count('walkAway'),
    deadlines: count('deadline'),
    illegalMoves: records.filter((r) => r.illegal).length,
  };
}

/** A tournament's settings. */
export interface TournamentOptions {
  /** Seeds per pairing: firstSeed, firstSeed + 1, …, firstSeed + seeds − 1. */
  readonly seeds: number;
  readonly firstSeed: number;
  /** Games per `simulate` call, between progress reports. */
  readonly batch?: number;
  readonly cache?: Cache;
}

/** Games of one pairing, played in batches; `progress` hears of each batch's games. */
export function playPair(
  model: Model,
  pair: Pair,
  opts: TournamentOptions,
  progress: (games: number) => void = () => {},
): PairStats {
  const cache = opts.cache ?? createCache();
  const sides = factories(model, pair);
  const batch = Math.max(1, opts.batch ?? opts.seeds);
  const records: GameRecord[] = [];
  for (let g = 0; g < opts.seeds; g += batch) {
    const games = Math.min(batch, opts.seeds - g);
    const report: SimulationReport = simulate(model, sides, { games, seed: opts.firstSeed + g, cache });
    records.push(...report.records);
    progress(games);
  }
  return aggregate(pair, records);
}

/** Games per batch: about five progress reports per pairing. */
export const batchFor = (seeds: number): number => Math.max(1, Math.ceil(seeds / 5));
