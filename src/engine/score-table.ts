// Scoring every package at once, fast: the same arithmetic as scorePackage (clamped factor
// sums, weighted means in factor order, blend, threshold and vetoes) on flat typed arrays. The
// space is split in two halves (score-halves.ts), so a factor's raw value is one addition of an
// upper sum and a lower row, and each factor is swept over a whole row of packages at a time.
import type { BySide, Model, Side } from './model';
import { packageCount } from './model';
import { compile } from './score-compile';
import { type Sweep, sumRow, sweepOf, weightOf } from './score-sweep';

/** Score and ratification of every package (by index, see enumerate.ts), for both sides. */
export interface ScoreTable {
  readonly count: number;
  readonly scores: BySide<Float64Array>;
  /** 1 when the side ratifies the package at home. */
  readonly ratified: BySide<Uint8Array>;
  /** Highest domestic approval of any package: a threshold above it can never be met. */
  readonly maxApproval: BySide<number>;
  /** Lowest and highest score of any package (±Infinity reversed when none was scored). */
  readonly scoreRange: BySide<{ readonly min: number; readonly max: number }>;
}

/** Options for whole-space scoring. */
export interface TableOptions {
  /** Statements each side has made: packages that break them carry their audience costs. */
  readonly statements?: BySide<readonly string[]>;
}

/** Score one side for every package of upper combination i; track[0…2] keep the best approval, lowest and highest score. */
function scoreRow(
  w: Sweep,
  s: number,
  i: number,
  out: { readonly score: Float64Array; readonly ratified: Uint8Array; readonly track: Float64Array },
): void {
  sumRow(w, s, i);
  const c = w.c;
  const cw = weightOf(c, c.bounds[3 * s]!, c.bounds[3 * s + 1]!);
  const sw = weightOf(c, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!);
  const aw = c.approvalWeight[s]!;
  const threshold = c.threshold[s]!;
  const { approval: cs, security: ss, vetoed } = w.sums;
  const { score, ratified, track } = out;
  const L = w.halves.lower;
  let best = track[0]!;
  let lo = track[1]!;
  let hi = track[2]!;
  for (let j = 0, at = i * L; j < L; j++, at++) {
    const approval = cw > 0 ? cs[j]! / cw : 0;
    const securityIndex = sw > 0 ? ss[j]! / sw : 0;
    const x = aw * approval + (1 - aw) * securityIndex;
    score[at] = x;
    ratified[at] = +(approval >= threshold) & (vetoed[j]! ^ 1);
    if (approval > best) best = approval;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  track[0] = best;
  track[1] = lo;
  track[2] = hi;
}

/** Score every package for both sides (the caller checks the count is affordable first). */
export function scoreAll(model: Model, opts: TableOptions = {}): ScoreTable {
  const c = compile(model, opts);
  const count = packageCount(model);
  const outs = ([0, 1] as const).map(() => ({
    score: new Float64Array(count),
    ratified: new Uint8Array(count),
    track: Float64Array.of(-Infinity, Infinity, -Infinity),
  }));
  if (count > 0) {
    const w = sweepOf(c);
    for (let i = 0; i < w.halves.upper; i++) {
      for (const s of [0, 1] as const) scoreRow(w, s, i, outs[s]!);
    }
  }
  const [o0, o1] = [outs[0]!, outs[1]!];
  return {
    count,
    scores: [o0.score, o1.score],
    ratified: [o0.ratified, o1.ratified],
    maxApproval: [o0.track[0]!, o1.track[0]!],
    scoreRange: [
      { min: o0.track[1]!, max: o0.track[2]! },
      { min: o1.track[1]!, max: o1.track[2]! },
    ],
  };
}

/** A side's candidates: packages (by index, ascending) with their scores. */
export interface Candidates {
  readonly index: Int32Array;
  readonly score: Float64Array;
}

/** Appends candidates to typed arrays that double when full. */
class Collector {
  private index = new Int32Array(1024);
  private score = new Float64Array(1024);
  private n = 0;

  push(i: number, x: number): void {
    if (this.n === this.index.length) {
      const index = new Int32Array(2 * this.n);
      const score = new Float64Array(2 * this.n);
      index.set(this.index);
      score.set(this.score);
      [this.index, this.score] = [index, score];
    }
    this.index[this.n] = i;
    this.score[this.n++] = x;
  }

  result(): Candidates {
    return { index: this.index.slice(0, this.n), score: this.score.slice(0, this.n) };
  }
}

/**
 * The packages `side` ratifies that score strictly above `floor` (its walk-away value), in
 * index order, with their scores: what a player's package space is made of. The same arithmetic
 * as scoreAll, but nothing is kept of the other packages or the other side.
 */
export function scoreCandidates(
  model: Model,
  side: Side,
  floor: number,
  opts: TableOptions = {},
): Candidates {
  const c = compile(model, opts);
  const out = new Collector();
  if (packageCount(model) === 0) return out.result();
  const w = sweepOf(c);
  const cw = weightOf(c, c.bounds[3 * side]!, c.bounds[3 * side + 1]!);
  const sw = weightOf(c, c.bounds[3 * side + 1]!, c.bounds[3 * side + 2]!);
  const aw = c.approvalWeight[side]!;
  const threshold = c.threshold[side]!;
  const L = w.halves.lower;
  const { approval: cs, security: ss, vetoed } = w.sums;
  for (let i = 0; i < w.halves.upper; i++) {
    sumRow(w, side, i);
    for (let j = 0; j < L; j++) {
      const approval = cw > 0 ? cs[j]! / cw : 0;
      if (approval < threshold || vetoed[j] === 1) continue;
      const x = aw * approval + (1 - aw) * (sw > 0 ? ss[j]! / sw : 0);
      if (x > floor) out.push(i * L + j, x);
    }
  }
  return out.result();
}
