// Whole-space scoring (score-table.ts) of factors that depend on one half of the issues only:
// when every value and weight is an integer, sums of weighted values are exact in any order, so
// such a factor's weighted, clamped value is worked out once per upper or per lower combination
// and added as one number; so is a factor that spans both halves but can never reach a clamp or
// its veto (its weighted value splits into an upper and a lower part). Only the others are swept
// package by package.
import type { Compiled } from './score-compile';
import type { Halves, LowerRow } from './score-halves';

/** One side's factors of one kind (constituencies or indicators), split by what they depend on. */
export interface Folded {
  /** Slots that depend on both halves and may clamp or veto: swept per package. */
  readonly spanning: readonly number[];
  /** Per lower combination j: Σ w · clamp(value) of the factors that depend on the lower half only. */
  readonly low: Float64Array;
  /** Per upper combination i: the same for the factors that depend on the upper half only. */
  readonly up: Float64Array;
  /** Veto flags of the folded factors, per j and per i. */
  readonly lowVeto: Uint8Array;
  readonly upVeto: Uint8Array;
}

const clamp = (x: number): number => Math.min(100, Math.max(0, x));

/** Nothing folded yet: the given slots swept, the folded sums zero. */
export const nothingFolded = (h: Halves, spanning: number[]): Folded => ({
  spanning,
  low: new Float64Array(h.lower),
  up: new Float64Array(h.upper),
  lowVeto: new Uint8Array(h.lower),
  upVeto: new Uint8Array(h.upper),
});

/** True when slot f's upper sum is the same for every upper combination. */
function flatUpper(c: Compiled, h: Halves, f: number): boolean {
  const a = h.upperSums[f]!;
  for (let i = 1; i < h.upper; i++) if (h.upperSums[i * c.slots + f] !== a) return false;
  return true;
}

/** Slots [from, to) folded where they depend on one half, or null unless every sum is exact. */
export function fold(c: Compiled, h: Halves, from: number, to: number): Folded | null {
  if (!h.integral) return null;
  for (let f = from; f < to; f++) if (!Number.isInteger(c.weights[f]!)) return null;
  const out = nothingFolded(h, []);
  for (let f = from; f < to; f++) {
    const row = h.crossing[f] === 1 ? null : h.rowFor(f, 0, 0);
    const w = c.weights[f]!;
    const veto = c.vetoes[f]!;
    if (row && row.min === row.max) {
      for (let i = 0; i < h.upper; i++) {
        const v = clamp(h.upperSums[i * c.slots + f]! + row.min);
        out.up[i]! += w * v;
        if (v < veto) out.upVeto[i] = 1;
      }
    } else if (row && flatUpper(c, h, f)) {
      const a = h.upperSums[f]!;
      for (let j = 0; j < h.lower; j++) {
        const v = clamp(a + row.values[j]!);
        out.low[j]! += w * v;
        if (v < veto) out.lowVeto[j] = 1;
      }
    } else if (row && never(c, h, f, row)) {
      // It depends on both halves but never reaches a clamp or its veto: w · (a + r) = w · a + w · r.
      for (let i = 0; i < h.upper; i++) out.up[i]! += w * h.upperSums[i * c.slots + f]!;
      for (let j = 0; j < h.lower; j++) out.low[j]! += w * row.values[j]!;
    } else (out.spanning as number[]).push(f);
  }
  return out;
}

/** True when slot f (its row the same for every upper combination) stays within 0–100 and above its veto for every package. */
function never(c: Compiled, h: Halves, f: number, row: LowerRow): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < h.upper; i++) {
    const a = h.upperSums[i * c.slots + f]!;
    if (a < lo) lo = a;
    if (a > hi) hi = a;
  }
  return lo + row.min >= Math.max(0, c.vetoes[f]!) && hi + row.max <= 100;
}
