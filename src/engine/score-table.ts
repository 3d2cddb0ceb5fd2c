// Scoring every package at once, fast: the same arithmetic as scorePackage (clamped factor
// sums, weighted means in factor order, blend, threshold and vetoes) on flat typed arrays. The
// space is split in two halves (score-halves.ts), so a factor's raw value is one addition of an
// upper sum and a lower row, and each factor is swept over a whole row of packages at a time.
import type { BySide, Model, Side } from './model';
import { packageCount } from './model';
import { type Compiled, compile } from './score-compile';
import { type Halves, type LowerRow, splitHalves } from './score-halves';

/** Score and ratification of every package (by index, see enumerate.ts), for both sides. */
export interface ScoreTable {
  readonly count: number;
  readonly scores: BySide<Float64Array>;
  /** 1 when the side ratifies the package at home. */
  readonly ratified: BySide<Uint8Array>;
  /** Highest domestic approval of any package: a threshold above it can never be met. */
  readonly maxApproval: BySide<number>;
}

/** Options for whole-space scoring. */
export interface TableOptions {
  /** Statements each side has made: packages that break them carry their audience costs. */
  readonly statements?: BySide<readonly string[]>;
  /** Score this side only (the other side's arrays are empty), e.g. for a player's own view. */
  readonly only?: Side;
}

/** Per-row accumulators of one side: weighted sums of constituencies and indicators, vetoes. */
interface Sums {
  readonly approval: Float64Array;
  readonly security: Float64Array;
  readonly vetoed: Uint8Array;
}

// The sweeps add w · clamp(a + row[j]) for four factors per pass over a row (padded with
// weightless rows), in factor order, so the sums are exactly those of one factor at a time.
// Integral data is clamped with integer bit tricks: no branches to mispredict.

/** acc[j] += w0 · clamp(a0 + r0[j]) + … + w3 · clamp(a3 + r3[j]), on integral rows. */
function add4Int(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
  const r0 = r[0]!.ints;
  const r1 = r[1]!.ints;
  const r2 = r[2]!.ints;
  const r3 = r[3]!.ints;
  const a0 = a[0]! | 0;
  const a1 = a[1]! | 0;
  const a2 = a[2]! | 0;
  const a3 = a[3]! | 0;
  const [w0, w1, w2, w3] = [w[0]!, w[1]!, w[2]!, w[3]!];
  const n = acc.length;
  // x &= ~(x >> 31) is max(x, 0); then with y = x − 100, 100 + (y & (y >> 31)) is min(x, 100).
  for (let j = 0; j < n; j++) {
    let x = (a0 + r0[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    let s = acc[j]! + w0 * (100 + (x & (x >> 31)));
    x = (a1 + r1[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    s += w1 * (100 + (x & (x >> 31)));
    x = (a2 + r2[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    s += w2 * (100 + (x & (x >> 31)));
    x = (a3 + r3[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    s += w3 * (100 + (x & (x >> 31)));
    acc[j] = s;
  }
}

/** acc[j] += w0 · clamp(a0 + r0[j]) + … + w2 · clamp(a2 + r2[j]), on integral rows. */
function add3Int(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
  const r0 = r[0]!.ints;
  const r1 = r[1]!.ints;
  const r2 = r[2]!.ints;
  const a0 = a[0]! | 0;
  const a1 = a[1]! | 0;
  const a2 = a[2]! | 0;
  const [w0, w1, w2] = [w[0]!, w[1]!, w[2]!];
  const n = acc.length;
  for (let j = 0; j < n; j++) {
    let x = (a0 + r0[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    let s = acc[j]! + w0 * (100 + (x & (x >> 31)));
    x = (a1 + r1[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    s += w1 * (100 + (x & (x >> 31)));
    x = (a2 + r2[j]!) | 0;
    x = ((x & ~(x >> 31)) - 100) | 0;
    s += w2 * (100 + (x & (x >> 31)));
    acc[j] = s;
  }
}

/** x clamped to 0–100 as scorePackage clamps it (a branch beats Math.min/max in these loops). */
// biome-ignore lint/complexity/useMathMinMax: measured slower in the hot loop
const clamp = (x: number): number => (x < 0 ? 0 : x > 100 ? 100 : x);

/** acc[j] += w0 · clamp(a0 + r0[j]) + … + w3 · clamp(a3 + r3[j]), on any rows. */
function add4(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
  const [r0, r1, r2, r3] = [r[0]!.values, r[1]!.values, r[2]!.values, r[3]!.values];
  const [a0, a1, a2, a3] = [a[0]!, a[1]!, a[2]!, a[3]!];
  const [w0, w1, w2, w3] = [w[0]!, w[1]!, w[2]!, w[3]!];
  for (let j = 0; j < acc.length; j++) {
    const s = acc[j]! + w0 * clamp(a0 + r0[j]!) + w1 * clamp(a1 + r1[j]!);
    acc[j] = s + w2 * clamp(a2 + r2[j]!) + w3 * clamp(a3 + r3[j]!);
  }
}

/** Flag j where the clamped value a + row[j] falls below the veto level. */
function markVetoes(row: LowerRow, a: number, veto: number, vetoed: Uint8Array): void {
  if (veto > 100) vetoed.fill(1);
  // clamp(x) < veto ⟺ x < veto for 0 < veto ≤ 100; never for veto ≤ 0.
  if (veto <= 0 || veto > 100 || a + row.min >= veto) return;
  const values = row.values;
  for (let j = 0; j < vetoed.length; j++) vetoed[j]! |= +(a + values[j]! < veto);
}

/** Scratch for one sweep: the rows, upper sums and weights of four factors, and a weightless row. */
interface Group {
  readonly rows: LowerRow[];
  readonly a: Float64Array;
  readonly w: Float64Array;
  readonly none: LowerRow;
}

/** How many slots the next sweep takes when n are left: four, or three (the integral kernels' widths). */
const widthFor = (n: number, integral: boolean): number => (!integral || n === 4 || n >= 7 ? 4 : 3);

/** Add slots [from, to) to acc, three or four at a time; mark vetoes of those that have one. */
function addSlots(
  c: Compiled,
  h: Halves,
  i: number,
  from: number,
  to: number,
  acc: Float64Array,
  sums: Sums,
  g: Group,
) {
  for (let f = from, width = 0; f < to; f += width) {
    width = widthFor(to - f, h.integral);
    for (let k = 0; k < width; k++) {
      const slot = f + k;
      const real = slot < to;
      g.rows[k] = real ? h.rowFor(slot, i, k) : g.none;
      g.a[k] = real ? h.upperSums[i * c.slots + slot]! : 0;
      g.w[k] = real ? c.weights[slot]! : 0;
      if (real && c.vetoes[slot]! > -Infinity) markVetoes(g.rows[k]!, g.a[k]!, c.vetoes[slot]!, sums.vetoed);
    }
    if (!h.integral) add4(acc, g.rows, g.a, g.w);
    else if (width === 4) add4Int(acc, g.rows, g.a, g.w);
    else add3Int(acc, g.rows, g.a, g.w);
  }
}

/** Sum one side's factors over the row of packages that share upper combination i. */
function sumSide(c: Compiled, halves: Halves, s: number, i: number, sums: Sums, g: Group): void {
  sums.approval.fill(0);
  sums.security.fill(0);
  sums.vetoed.fill(0);
  addSlots(c, halves, i, c.bounds[3 * s]!, c.bounds[3 * s + 1]!, sums.approval, sums, g);
  addSlots(c, halves, i, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!, sums.security, sums, g);
}

/** Total weight of slots [from, to), summed in order as scorePackage does. */
function weightOf(c: Compiled, from: number, to: number): number {
  let w = 0;
  for (let f = from; f < to; f++) w += c.weights[f]!;
  return w;
}

/** Score one side for every package of upper combination i; returns the row's best approval. */
function scoreRow(
  c: Compiled,
  halves: Halves,
  s: number,
  i: number,
  sums: Sums,
  g: Group,
  score: Float64Array,
  ratified: Uint8Array,
): number {
  sumSide(c, halves, s, i, sums, g);
  const cw = weightOf(c, c.bounds[3 * s]!, c.bounds[3 * s + 1]!);
  const sw = weightOf(c, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!);
  const aw = c.approvalWeight[s]!;
  const threshold = c.threshold[s]!;
  const { approval: cs, security: ss, vetoed } = sums;
  let best = -Infinity;
  for (let j = 0, at = i * halves.lower; j < halves.lower; j++, at++) {
    const approval = cw > 0 ? cs[j]! / cw : 0;
    const securityIndex = sw > 0 ? ss[j]! / sw : 0;
    score[at] = aw * approval + (1 - aw) * securityIndex;
    ratified[at] = +(approval >= threshold) & (vetoed[j]! ^ 1);
    if (approval > best) best = approval;
  }
  return best;
}

/** Score every package for both sides (the caller checks the count is affordable first). */
export function scoreAll(model: Model, opts: TableOptions = {}): ScoreTable {
  const c = compile(model, opts);
  const count = packageCount(model);
  const size = (s: Side) => (opts.only === undefined || opts.only === s ? count : 0);
  const scores: BySide<Float64Array> = [new Float64Array(size(0)), new Float64Array(size(1))];
  const ratified: BySide<Uint8Array> = [new Uint8Array(size(0)), new Uint8Array(size(1))];
  const maxApproval: [number, number] = [-Infinity, -Infinity];
  if (count === 0) return { count, scores, ratified, maxApproval };
  const halves = splitHalves(c);
  const L = halves.lower;
  const sums: Sums = {
    approval: new Float64Array(L),
    security: new Float64Array(L),
    vetoed: new Uint8Array(L),
  };
  const none = { values: new Float64Array(L), ints: new Int32Array(L), min: 0, max: 0 };
  const g: Group = { rows: [], a: new Float64Array(4), w: new Float64Array(4), none };
  for (let i = 0; i < halves.upper; i++) {
    for (const s of [0, 1] as const) {
      if (opts.only !== undefined && opts.only !== s) continue;
      const best = scoreRow(c, halves, s, i, sums, g, scores[s], ratified[s]);
      if (best > maxApproval[s]) maxApproval[s] = best;
    }
  }
  return { count, scores, ratified, maxApproval };
}
