// The Lab's tournament: every persona of one side against every persona of the other, over the
// same N seeds, computer against computer through ai/'s `simulate`. Games are played in small
// batches so a worker can report progress between them; the batches' records are then measured
// together, exactly as one `simulate` run over all the seeds would measure them.
import {
  type GameRecord,
  type NegotiatorFactory,
  negotiatorFactory,
  type SimulationReport,
  simulate,
  summarize,
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
  const make = (side: Side): NegotiatorFactory => {
    const r = negotiatorFactory(model, side, pair[side]);
    if (!r.ok) throw new Error(r.message);
    return r.factory;
  };
  return [make(0), make(1)];
}

/** The statistics of a pairing's game records (as `simulate` measures them, with two of the Lab's own). */
export function aggregate(pair: Pair, records: readonly GameRecord[]): PairStats {
  const s = summarize(records);
  const agreed = Object.entries(s.agreementRounds);
  const agreedGames = agreed.reduce((n, [, k]) => n + k, 0);
  const fails = (side: Side) =>
    records.filter((r) => r.outcome?.kind === 'rejectedAtHome' && r.outcome.failures[side].length > 0).length;
  return {
    pair,
    games: s.games,
    ratified: s.ratified,
    dealRate: s.dealRate,
    meanUtility: s.meanUtility,
    meanDistance: s.meanDistance,
    meanAgreementRound:
      agreedGames > 0 ? agreed.reduce((sum, [round, k]) => sum + Number(round) * k, 0) / agreedGames : null,
    failsAtHome: [fails(0), fails(1)],
    walkAways: s.walkAways,
    deadlines: s.deadlines,
    illegalMoves: s.illegalMoves,
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
    const report: SimulationReport = simulate(model, sides, {
      games,
      seed: opts.firstSeed + g,
      cache,
      explain: false,
    });
    records.push(...report.records);
    progress(games);
  }
  return aggregate(pair, records);
}

/** Games per batch: about five progress reports per pairing. */
export const batchFor = (seeds: number): number => Math.max(1, Math.ceil(seeds / 5));
