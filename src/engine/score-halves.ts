// The package space split in two halves for whole-space scoring (score-table.ts): the first
// issues form the upper half, the last ones the lower half, so package i · L + j combines upper
// combination i with lower combination j. Each factor's raw value is then one addition: its
// upper sum (baseline, upper options, interactions and statements within the upper half) plus
// a row of lower sums. Interactions across the halves and statements broken only in the lower
// half make that row depend on the upper combination; such rows are built once per pattern.
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
  /** Factor f's lower sums under upper combination i; a row not kept is written to scratch `lane` (0–3). */
  readonly rowFor: (slot: number, i: number, lane: number) => LowerRow;
}

/** Rows kept per factor for distinct patterns of its cross-half terms; more are built on demand. */
const ROWS_PER_FACTOR = 64;

/** First issue of the lower half: the shortest tail of issues with at least √N combinations. */
function splitPoint(counts: Int32Array): number {
  const total = counts.reduce((n, c) => n * c, 1);
  let lower = 1;
  let h = counts.length;
  while (h > 0 && lower * lower < total) lower *= counts[--h]!;
  return h;
}

/** Calls visit(index, digits) for every combination of issues [from, to), last issue fastest. */
function eachCombination(
  counts: Int32Array,
  from: number,
  to: number,
  visit: (k: number, d: Int32Array) => void,
) {
  const digits = new Int32Array(counts.length);
  const size = counts.subarray(from, to).reduce((n, c) => n * c, 1);
  for (let k = 0; k < size; k++) {
    visit(k, digits);
    for (let i = to - 1; i >= from; i--) {
      if (++digits[i]! < counts[i]!) break;
      digits[i] = 0;
    }
  }
}

/** Sums of effects, interactions and broken statements that lie wholly within issues [from, to). */
function halfSums(c: Compiled, from: number, to: number, base: Float64Array | null, broken: Uint8Array[]) {
  const F = c.slots;
  const pr = c.pairs;
  const size = c.counts.subarray(from, to).reduce((n, k) => n * k, 1);
  // Upper half: [k · F + f] (all factors of one combination together); lower: [f · size + k].
  const out = new Float64Array(size * F);
  const at = base ? (k: number, f: number) => k * F + f : (k: number, f: number) => f * size + k;
  eachCombination(c.counts, from, to, (k, d) => {
    for (let f = 0; f < F; f++) {
      let v = base ? base[f]! : 0;
      for (let i = from; i < to; i++) v += c.effects[c.effOff[i]! + d[i]! * F + f]!;
      out[at(k, f)] = v;
    }
    for (let i = from; i < to; i++) {
      for (let p = pr.start[i]!; p < pr.start[i + 1]!; p++) {
        const o = pr.other[p]!;
        if (o >= from && d[i] === pr.own[p] && d[o] === pr.otherOption[p])
          out[at(k, pr.slot[p]!)]! += pr.change[p]!;
      }
    }
    c.statements.forEach((st, s) => {
      let hit = false;
      for (let i = from; i < to && !hit; i++) hit = st.breaks[i]![d[i]!] === true;
      broken[s]![k] = hit ? 1 : 0;
      if (hit && base) for (const [slot, change] of st.costs) out[at(k, slot)]! += change;
    });
  });
  return out;
}

/** 1 for each combination of issues [from, to) whose digit on `issue` is `option`. */
function matching(counts: Int32Array, from: number, to: number, issue: number, option: number): Uint8Array {
  const size = counts.subarray(from, to).reduce((n, c) => n * c, 1);
  const out = new Uint8Array(size);
  eachCombination(counts, from, to, (k, d) => {
    out[k] = d[issue] === option ? 1 : 0;
  });
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
function crossTerms(c: Compiled, h: number, brokenUpper: Uint8Array[], brokenLower: Uint8Array[]): Term[][] {
  const n = c.counts.length;
  const terms: Term[][] = Array.from({ length: c.slots }, () => []);
  const pr = c.pairs;
  for (let i = h; i < n; i++) {
    for (let p = pr.start[i]!; p < pr.start[i + 1]!; p++) {
      const o = pr.other[p]!;
      if (o >= h) continue;
      terms[pr.slot[p]!]!.push({
        upper: matching(c.counts, 0, h, o, pr.otherOption[p]!),
        lower: listOf(matching(c.counts, h, n, i, pr.own[p]!)),
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

/** True when every sum and term is an integer and no package's raw value can leave ±2^29. */
function isIntegral(upperSums: Float64Array, lowerSums: Float64Array, terms: readonly Term[][]): boolean {
  const small = (xs: Float64Array) => xs.every((x) => Number.isInteger(x) && Math.abs(x) <= INT_LIMIT);
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
  const upperSums = halfSums(c, 0, h, c.baselines, brokenUpper);
  const lowerSums = halfSums(c, h, n, null, brokenLower);
  const terms = crossTerms(c, h, brokenUpper, brokenLower);
  const integral = isIntegral(upperSums, lowerSums, terms);
  const plain = Array.from({ length: c.slots }, (_, f) =>
    rowOf(lowerSums.subarray(f * lower, (f + 1) * lower), integral),
  );
  return { upper, lower, upperSums, integral, rowFor: rowSource(plain, terms, lower, integral) };
}
