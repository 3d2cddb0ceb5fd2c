// Scoring every package at once, fast: the same arithmetic as scorePackage (clamped factor
// sums, weighted means in factor order, blend, threshold and vetoes) on flat typed arrays. The
// space is split in two halves (score-halves.ts), so a factor's raw value is one addition of an
// upper sum and a lower row, and each factor is swept over a whole row of packages at a time.
import type { BySide, Model, Side } from './model';
import { packageCount } from './model';
import { compile } from './score-compile';
import { type Sweep, sumRow, sweepOf } from './score-sweep';

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

/**
 * Score side s for every package of upper combination i (packages i · L … i · L + L − 1) into
 * score and ratified from index `at`; track[0…2] keep the best approval, lowest and highest score.
 * As scorePackage: constituency and indicator sums (see SideRows) over their weights, blended.
 */
function scoreRow(
  w: Sweep,
  s: number,
  i: number,
  out: { readonly score: Float64Array; readonly ratified: Uint8Array; readonly track: Float64Array },
  at: number,
): void {
  sumRow(w, s, i);
  const r = w.sides[s]!;
  const { cw, sw } = r;
  const aw = w.c.approvalWeight[s]!;
  const threshold = w.c.threshold[s]!;
  const { low: lowA, lowVeto } = r.approval.folded;
  const lowS = r.security.folded.low;
  const upA = r.approval.folded.up[i]!;
  const upS = r.security.folded.up[i]!;
  const upVeto = r.approval.folded.upVeto[i]!;
  const { approval: sweptA, security: sweptS, vetoed } = r.sums;
  const { score, ratified, track } = out;
  let best = track[0]!;
  let lo = track[1]!;
  let hi = track[2]!;
  for (let j = 0, L = w.halves.lower; j < L; j++) {
    const approval = cw > 0 ? (lowA[j]! + upA + sweptA[j]!) / cw : 0;
    const securityIndex = sw > 0 ? (lowS[j]! + upS + sweptS[j]!) / sw : 0;
    const x = aw * approval + (1 - aw) * securityIndex;
    score[at + j] = x;
    ratified[at + j] = +(approval >= threshold) & ((lowVeto[j]! | upVeto | vetoed[j]!) ^ 1);
    if (approval > best) best = approval;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  track[0] = best;
  track[1] = lo;
  track[2] = hi;
}

/** Outputs of scoreRow: score, ratification and the tracked extremes. */
const outputs = (size: number) => ({
  score: new Float64Array(size),
  ratified: new Uint8Array(size),
  track: Float64Array.of(-Infinity, Infinity, -Infinity),
});

/** Score every package for both sides (the caller checks the count is affordable first). */
export function scoreAll(model: Model, opts: TableOptions = {}): ScoreTable {
  const c = compile(model, opts);
  const count = packageCount(model);
  const [o0, o1] = [outputs(count), outputs(count)];
  if (count > 0) {
    const w = sweepOf(c);
    const L = w.halves.lower;
    for (let i = 0; i < w.halves.upper; i++) {
      scoreRow(w, 0, i, o0, i * L);
      scoreRow(w, 1, i, o1, i * L);
    }
  }
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

/** A side's candidates: packages (by index, ascending) with their scores (views of larger arrays). */
export interface Candidates {
  readonly index: Int32Array;
  readonly score: Float64Array;
}

/**
 * The packages `side` ratifies that score strictly above `floor` (its walk-away value), in
 * index order, with their scores: what a player's package space is made of. The same arithmetic
 * as scoreRow, but the indicators are only read for ratified packages and nothing is kept of
 * the other packages or the other side.
 */
export function scoreCandidates(
  model: Model,
  side: Side,
  floor: number,
  opts: TableOptions = {},
): Candidates {
  const c = compile(model, opts);
  const count = packageCount(model);
  // Room for every package, so nothing is copied as it fills; the caller gets views of the part used.
  const index = new Int32Array(count);
  const score = new Float64Array(count);
  let n = 0;
  if (count > 0) {
    const w = sweepOf(c);
    const L = w.halves.lower;
    const { cw, sw, approval: pa, security: ps, sums } = w.sides[side]!;
    const aw = c.approvalWeight[side]!;
    const threshold = c.threshold[side]!;
    const { approval: sweptA, security: sweptS, vetoed } = sums;
    const { low: lowA, lowVeto } = pa.folded;
    const lowS = ps.folded.low;
    for (let i = 0; i < w.halves.upper; i++) {
      sumRow(w, side, i);
      const upA = pa.folded.up[i]!;
      const upS = ps.folded.up[i]!;
      const upVeto = pa.folded.upVeto[i]!;
      for (let j = 0, base = i * L; j < L; j++) {
        const approval = cw > 0 ? (lowA[j]! + upA + sweptA[j]!) / cw : 0;
        if (approval < threshold || (lowVeto[j]! | upVeto | vetoed[j]!) === 1) continue;
        const x = aw * approval + (1 - aw) * (sw > 0 ? (lowS[j]! + upS + sweptS[j]!) / sw : 0);
        if (x > floor) {
          index[n] = base + j;
          score[n++] = x;
        }
      }
    }
  }
  return { index: index.subarray(0, n), score: score.subarray(0, n) };
}
