// The package space split in two halves for whole-space scoring (score-table.ts): the first
// issues form the upper half, the last ones the lower half, so package i · L + j combines upper
// combination i with lower combination j. Each factor's raw value is then one addition: its
// upper sum (baseline, upper options, interactions and statements within the upper half) plus
// a row of lower sums. Interactions across the halves and statements broken only in the lower
// half make that row depend on the upper combination; such rows are built once per pattern.
import { digitRows, splitPoint } from './enumerate';
import type { Compiled } from './score-compile';

/** One factor's lower sums for one upper combination, with their range (to skip clamping). */
export interface LowerRow {
  readonly values: Float64Array;
  /** The same values as 32-bit integers when the halves are integral (else empty). */
  readonly ints: Int32Array;
  readonly min: number;
  readonly max: number;
}

/** A change to one factor that applies where an upper and a lower condition both hold. */
interface Term {
  /** 1 where the upper combination meets the condition. */
  readonly upper: Uint8Array;
  /** Lower combinations that meet the condition, ascending. */
  readonly lower: Int32Array;
  readonly change: number;
}

/** The split space: sizes, upper sums per combination, and lower rows per factor. */
export interface Halves {
  /** Combinations of the upper half (U). */
  readonly upper: number;
  /** Combinations of the lower half (L): packages i · L … i · L + L − 1 share upper combination i. */
  readonly lower: number;
  /** upperSums[i · slots + f]: factor f's baseline plus everything decided by the upper half. */
  readonly upperSums: Float64Array;
  /** True when every sum is an integer well inside 32 bits, so rows may be summed as integers. */
  readonly integral: boolean;
  /** 1 for a slot with terms across the halves (its row depends on the upper combination). */
  readonly crossing: Uint8Array;
  /** Factor f's lower sums under upper combination i; a row not kept is written to scratch `lane` (0–3). */
  readonly rowFor: (slot: number, i: number, lane: number) => LowerRow;
}

/** Rows kept per factor for distinct patterns of its cross-half terms; more are built on demand. */
const ROWS_PER_FACTOR = 64;

/** Effect sums of issues [from, to) from `base`, issue by issue: [k · F + f] for combination k. */
function effectSums(c: Compiled, from: number, to: number, base: Float64Array | null): Float64Array {
  const F = c.slots;
  let cur = new Float64Array(F);
  if (base) cur.set(base);
  let size = 1;
  for (let i = from; i < to; i++) {
    const n = c.counts[i]!;
    const next = new Float64Array(size * n * F);
    for (let k = 0; k < size; k++) {
      for (let o = 0; o < n; o++) {
        const src = k * F;
        const dst = (k * n + o) * F;
        const eff = c.effOff[i]! + o * F;
        for (let f = 0; f < F; f++) next[dst + f] = cur[src + f]! + c.effects[eff + f]!;
      }
    }
    cur = next;
    size *= n;
  }
  return cur;
}

/**
 * Sums of effects, interactions and broken statements that lie wholly within issues [from, to),
 * as [k · F + f] (added in the order scoring adds them: effects by issue, pairs, statements).
 */
function halfSums(
  c: Compiled,
  from: number,
  to: number,
  digits: Uint8Array,
  base: Float64Array | null,
  broken: Uint8Array[],
): Float64Array {
  const F = c.slots;
  const pr = c.pairs;
  const width = to - from;
  const out = effectSums(c, from, to, base);
  const size = width > 0 ? digits.length / width : 1;
  for (let i = from; i < to; i++) {
    for (let p = pr.start[i]!; p < pr.start[i + 1]!; p++) {
      const o = pr.other[p]!;
      if (o < from) continue;
      const [own, other, slot, change] = [pr.own[p]!, pr.otherOption[p]!, pr.slot[p]!, pr.change[p]!];
      for (let k = 0; k < size; k++)
        if (digits[k * width + i - from] === own && digits[k * width + o - from] === other)
          out[k * F + slot]! += change;
    }
  }
  c.statements.forEach((st, s) => {
    for (let k = 0; k < size; k++) {
      let hit = false;
      for (let x = 0; x < width && !hit; x++) hit = st.breaks[from + x]![digits[k * width + x]!] === true;
      broken[s]![k] = hit ? 1 : 0;
      if (hit && base) for (const [slot, change] of st.costs) out[k * F + slot]! += change;
    }
  });
  return out;
}

/** [k · F + f] → [f · size + k]: one contiguous row per factor. */
function transpose(sums: Float64Array, size: number, F: number): Float64Array {
  const out = new Float64Array(sums.length);
  for (let k = 0; k < size; k++) for (let f = 0; f < F; f++) out[f * size + k] = sums[k * F + f]!;
  return out;
}

/** 1 for each combination (rows of `digits`, width `width`) whose digit at column `x` is `option`. */
function matching(digits: Uint8Array, width: number, x: number, option: number): Uint8Array {
  const size = digits.length / width;
  const out = new Uint8Array(size);
  for (let k = 0; k < size; k++) out[k] = digits[k * width + x] === option ? 1 : 0;
  return out;
}

const listOf = (flags: Uint8Array): Int32Array => {
  const out: number[] = [];
  flags.forEach((x, k) => {
    if (x === 1) out.push(k);
  });
  return Int32Array.from(out);
};

/** Per factor: interactions with one option in each half, and statements not broken above (costs apply where broken below). */
function crossTerms(
  c: Compiled,
  h: number,
  digits: readonly [upper: Uint8Array, lower: Uint8Array],
  brokenUpper: Uint8Array[],
  brokenLower: Uint8Array[],
): Term[][] {
  const n = c.counts.length;
  const terms: Term[][] = Array.from({ length: c.slots }, () => []);
  const pr = c.pairs;
  for (let i = h; i < n; i++) {
    for (let p = pr.start[i]!; p < pr.start[i + 1]!; p++) {
      const o = pr.other[p]!;
      if (o >= h) continue;
      terms[pr.slot[p]!]!.push({
        upper: matching(digits[0], h, o, pr.otherOption[p]!),
        lower: listOf(matching(digits[1], n - h, i - h, pr.own[p]!)),
        change: pr.change[p]!,
      });
    }
  }
  c.statements.forEach((st, s) => {
    const upper = brokenUpper[s]!.map((x) => 1 - x);
    const lower = listOf(brokenLower[s]!);
    for (const [slot, change] of st.costs) terms[slot]!.push({ upper, lower, change });
  });
  return terms;
}

const NO_INTS = new Int32Array(0);

function rowOf(values: Float64Array, integral: boolean): LowerRow {
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < values.length; j++) {
    const v = values[j]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { values, ints: integral ? Int32Array.from(values) : NO_INTS, min, max };
}

/** Largest magnitude allowed for integral sums: any upper sum plus any row stays far inside 32 bits. */
const INT_LIMIT = 2 ** 28;

/** True when every number is an integer of at most INT_LIMIT. */
function small(xs: Float64Array): boolean {
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    if (!(Number.isInteger(x) && Math.abs(x) <= INT_LIMIT)) return false;
  }
  return true;
}

/** True when every sum and term is an integer and no package's raw value can leave ±2^29. */
function isIntegral(upperSums: Float64Array, lowerSums: Float64Array, terms: readonly Term[][]): boolean {
  const changes = terms.flat().map((t) => t.change);
  const spread = changes.reduce((s, x) => s + Math.abs(x), 0);
  return small(upperSums) && small(lowerSums) && changes.every(Number.isInteger) && spread <= INT_LIMIT;
}

/** Rows per factor for each pattern of its cross terms, kept up to ROWS_PER_FACTOR patterns. */
function rowSource(plain: LowerRow[], terms: Term[][], lower: number, integral: boolean): Halves['rowFor'] {
  const kept = plain.map(() => new Map<number, LowerRow>());
  const scratch = [0, 1, 2, 3].map(() => new Float64Array(lower));
  return (slot, i, lane) => {
    const ts = terms[slot]!;
    const base = plain[slot]!;
    if (ts.length === 0) return base;
    let key = 0;
    for (let t = 0; t < ts.length; t++) if (ts[t]!.upper[i] === 1) key += 2 ** t;
    if (key === 0) return base;
    const cacheable = ts.length <= 30;
    const found = cacheable ? kept[slot]!.get(key) : undefined;
    if (found) return found;
    const keep = cacheable && kept[slot]!.size < ROWS_PER_FACTOR;
    const values = keep ? base.values.slice() : scratch[lane]!;
    if (!keep) values.set(base.values);
    for (const t of ts) {
      if (t.upper[i] !== 1) continue;
      for (let k = 0; k < t.lower.length; k++) values[t.lower[k]!]! += t.change;
    }
    const row = rowOf(values, integral);
    if (keep) kept[slot]!.set(key, row);
    return row;
  };
}

/** Split a compiled model's package space in two halves. */
export function splitHalves(c: Compiled): Halves {
  const n = c.counts.length;
  const h = splitPoint(c.counts);
  const upper = c.counts.subarray(0, h).reduce((x, k) => x * k, 1);
  const lower = c.counts.subarray(h, n).reduce((x, k) => x * k, 1);
  const brokenUpper = c.statements.map(() => new Uint8Array(upper));
  const brokenLower = c.statements.map(() => new Uint8Array(lower));
  const digits = [digitRows(c.counts, 0, h), digitRows(c.counts, h, n)] as const;
  const upperSums = halfSums(c, 0, h, digits[0], c.baselines, brokenUpper);
  const lowerSums = transpose(halfSums(c, h, n, digits[1], null, brokenLower), lower, c.slots);
  const terms = crossTerms(c, h, digits, brokenUpper, brokenLower);
  const integral = isIntegral(upperSums, lowerSums, terms);
  const plain = Array.from({ length: c.slots }, (_, f) =>
    rowOf(lowerSums.subarray(f * lower, (f + 1) * lower), integral),
  );
  const crossing = Uint8Array.from(terms, (t) => (t.length > 0 ? 1 : 0));
  return { upper, lower, upperSums, integral, crossing, rowFor: rowSource(plain, terms, lower, integral) };
}
