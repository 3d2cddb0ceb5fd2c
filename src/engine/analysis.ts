// Deal analysis over the whole package space: normalised utilities, reservation values, the
// zone of possible agreement (ZOPA), Pareto frontier, Nash, Kalai–Smorodinsky and maximum joint
// welfare. Conventions are written down in docs/analysis.md.
import { packageAt } from './enumerate';
import { paretoFrontier } from './frontier';
import type { BySide, Model, Package } from './model';
import { packageCount } from './model';
import { walkAwayScore } from './score';
import { type ScoreTable, scoreAll, type TableOptions } from './score-table';
import { idealPoint, kalaiIndex, maxWelfareAll, maxWelfareIndex, nashIndex, type Points } from './solutions';

/** Packages analysed by default before `analyze` refuses (memory ~22 bytes a package). */
export const DEFAULT_MAX_PACKAGES = 5_000_000;

export interface AnalyzeOptions extends TableOptions {
  /** Refuse larger spaces with a clear error instead of running out of time or memory. */
  readonly maxPackages?: number;
}

/** Everything known about the package space; arrays are indexed by package index. */
export interface Analysis {
  readonly model: Model;
  readonly count: number;
  /** Normalised utility per package: (score − min) / (max − min) over all packages. */
  readonly utility: BySide<Float64Array>;
  readonly ratified: BySide<Uint8Array>;
  /** Lowest and highest score over all packages (the normalisation's anchors). */
  readonly scoreRange: BySide<{ readonly min: number; readonly max: number }>;
  /** The walk-away (no-deal) score, in score points. */
  readonly walkAway: BySide<number>;
  /** The walk-away score on the utility scale (same affine map, not clamped). */
  readonly reservation: BySide<number>;
  /** Indices of the ZOPA: both ratify and both strictly prefer the package to walking away. */
  readonly zopa: Uint32Array;
  /** Pareto frontier of the ZOPA, by side 0's utility ascending. */
  readonly frontier: readonly number[];
  /** Pareto frontier of all packages (ratified or not), by side 0's utility ascending. */
  readonly frontierAll: readonly number[];
  /** Best utility of each side within the ZOPA (null when the ZOPA is empty). */
  readonly ideal: BySide<number> | null;
  readonly nash: number | null;
  readonly kalai: number | null;
  /** Maximum u0 + u1 within the ZOPA. */
  readonly maxWelfare: number | null;
  /** Maximum u0 + u1 over all packages. */
  readonly maxWelfareAll: number;
  /** Highest domestic approval any package reaches, per side. */
  readonly maxApproval: BySide<number>;
}

export const ANALYSIS_ERROR_CODES = ['too-large', 'empty'] as const;
export type AnalysisErrorCode = (typeof ANALYSIS_ERROR_CODES)[number];

/** Why a space was not analysed. */
export interface AnalysisError {
  readonly code: AnalysisErrorCode;
  readonly packages: number;
  readonly limit: number;
  readonly message: string;
}

/** The analysis, or a clear refusal (never a hang, never a throw). */
export type AnalysisResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: AnalysisError };

/** Check that the space is small enough to enumerate; null when it is. */
export function checkSpace(model: Model, maxPackages = DEFAULT_MAX_PACKAGES): AnalysisError | null {
  const packages = packageCount(model);
  if (packages < 1)
    return {
      code: 'empty',
      packages,
      limit: maxPackages,
      message: 'The scenario has no packages: an issue has no options.',
    };
  if (packages > maxPackages) {
    const size = packages.toLocaleString('en-US');
    return {
      code: 'too-large',
      packages,
      limit: maxPackages,
      message: `The scenario has ${size} possible packages; analysis enumerates at most ${maxPackages.toLocaleString('en-US')}. Remove options or issues, or merge issues.`,
    };
  }
  return null;
}

/** Turn scores into utilities in place; returns the reservation value (walk-away, same map). */
function normalise(scores: Float64Array, range: { min: number; max: number }, walkAway: number): number {
  const scale = range.max > range.min ? range.max - range.min : 1;
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i]! - range.min) / scale;
  return (walkAway - range.min) / scale;
}

function zopaOf(p: Points, ratified: BySide<Uint8Array>): Uint32Array {
  const [a, b] = ratified;
  const { u0, u1, r0, r1 } = p;
  const picked = new Uint32Array(u0.length);
  let n = 0;
  for (let i = 0; i < u0.length; i++) {
    if (a[i] === 1 && b[i] === 1 && u0[i]! > r0 && u1[i]! > r1) picked[n++] = i;
  }
  return picked.slice(0, n);
}

/** Analyse a scored table. The table's score arrays become the utility arrays (no copy). */
export function analyzeTable(model: Model, table: ScoreTable): Analysis {
  const walkAway: BySide<number> = [walkAwayScore(model, 0), walkAwayScore(model, 1)];
  const scoreRange: BySide<{ min: number; max: number }> = [
    { ...table.scoreRange[0] },
    { ...table.scoreRange[1] },
  ];
  const r0 = normalise(table.scores[0], scoreRange[0], walkAway[0]);
  const r1 = normalise(table.scores[1], scoreRange[1], walkAway[1]);
  const p: Points = { u0: table.scores[0], u1: table.scores[1], r0, r1 };
  const zopa = zopaOf(p, table.ratified);
  const frontier = paretoFrontier(p.u0, p.u1, zopa);
  const empty = frontier.length === 0;
  const ideal: BySide<number> | null = empty ? null : idealPoint(p, frontier);
  return {
    model,
    count: table.count,
    utility: [p.u0, p.u1],
    ratified: table.ratified,
    scoreRange,
    walkAway,
    reservation: [r0, r1],
    zopa,
    frontier,
    frontierAll: paretoFrontier(p.u0, p.u1, null),
    ideal,
    nash: empty ? null : nashIndex(p, frontier),
    kalai: empty ? null : kalaiIndex(p, frontier),
    maxWelfare: empty ? null : maxWelfareIndex(p, frontier),
    maxWelfareAll: maxWelfareAll(p),
    maxApproval: table.maxApproval,
  };
}

/** Analyse every package of a model (as events left it), or refuse a space that is too large. */
export function analyze(model: Model, opts: AnalyzeOptions = {}): AnalysisResult {
  const error = checkSpace(model, opts.maxPackages);
  if (error) return { ok: false, error };
  return { ok: true, analysis: analyzeTable(model, scoreAll(model, opts)) };
}

/** The package at an index, for display. */
export const packageOf = (a: Analysis, index: number): Package => packageAt(a.model, index);
