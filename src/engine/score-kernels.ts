// The inner loops of whole-space scoring (score-table.ts): each adds w · clamp(a + row[j]) for
// up to four factors per pass over a row of packages, in factor order (so the sums are exactly
// those of one factor at a time), and marks vetoes. Integral rows are clamped with integer bit
// tricks: no branches to mispredict.
import type { LowerRow } from './score-halves';

/** acc[j] += w0 · clamp(a0 + r0[j]) + … + w3 · clamp(a3 + r3[j]), on integral rows. */
export function add4Int(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
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
export function add3Int(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
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

/** acc[j] += w0 · clamp(a0 + r0[j]) (+ w1 · clamp(a1 + r1[j]) when width is 2), on integral rows. */
export function addIntSmall(
  acc: Float64Array,
  r: readonly LowerRow[],
  a: Float64Array,
  w: Float64Array,
  width: number,
): void {
  for (let k = 0; k < width; k++) {
    const row = r[k]!.ints;
    const ak = a[k]! | 0;
    const wk = w[k]!;
    for (let j = 0; j < acc.length; j++) {
      let x = (ak + row[j]!) | 0;
      x = ((x & ~(x >> 31)) - 100) | 0;
      acc[j]! += wk * (100 + (x & (x >> 31)));
    }
  }
}

/** acc[j] += w0 · clamp(a0 + r0[j]) + … + w3 · clamp(a3 + r3[j]), on any rows. */
export function add4(acc: Float64Array, r: readonly LowerRow[], a: Float64Array, w: Float64Array): void {
  const [r0, r1, r2, r3] = [r[0]!.values, r[1]!.values, r[2]!.values, r[3]!.values];
  const [a0, a1, a2, a3] = [a[0]!, a[1]!, a[2]!, a[3]!];
  const [w0, w1, w2, w3] = [w[0]!, w[1]!, w[2]!, w[3]!];
  for (let j = 0; j < acc.length; j++) {
    const s = acc[j]! + w0 * clamp(a0 + r0[j]!) + w1 * clamp(a1 + r1[j]!);
    acc[j] = s + w2 * clamp(a2 + r2[j]!) + w3 * clamp(a3 + r3[j]!);
  }
}

/** Flag j where the clamped value a + row[j] falls below the veto level. */
export function markVetoes(row: LowerRow, a: number, veto: number, vetoed: Uint8Array): void {
  if (veto > 100) vetoed.fill(1);
  // clamp(x) < veto ⟺ x < veto for 0 < veto ≤ 100; never for veto ≤ 0.
  if (veto <= 0 || veto > 100 || a + row.min >= veto) return;
  const values = row.values;
  for (let j = 0; j < vetoed.length; j++) vetoed[j]! |= +(a + values[j]! < veto);
}
