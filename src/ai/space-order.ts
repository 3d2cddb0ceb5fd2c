// Ordering a package space's candidates, fast: a stable radix sort by quantised score (best
// first, ties to the lower package index: the same order as sorting the keys score · 2^20 +
// index), and the options of each candidate read, when first needed, from two small digit
// tables instead of divisions. Used by space.ts when it builds a space.

/** Scores closer than 2^-24 points count as tied, then the lower package index comes first. */
const QUANTUM = 2 ** 24;
/** Bits per radix pass: three passes cover 33 bits. */
const BITS = 11;

/** Stable sort of `items` by `keys` (both permuted together); returns the sorted items. */
function radixSort(keys: Uint32Array, items: Int32Array): Int32Array {
  const m = keys.length;
  let k1: Uint32Array = keys;
  let i1: Int32Array = items;
  let k2: Uint32Array = new Uint32Array(m);
  let i2: Int32Array = new Int32Array(m);
  const count = new Int32Array((1 << BITS) + 1);
  for (let shift = 0; shift < 32; shift += BITS) {
    count.fill(0);
    for (let e = 0; e < m; e++) count[((k1[e]! >>> shift) & ((1 << BITS) - 1)) + 1]!++;
    if (count.some((c) => c === m)) continue; // every key has the same digit: nothing moves
    for (let d = 0; d < 1 << BITS; d++) count[d + 1]! += count[d]!;
    for (let e = 0; e < m; e++) {
      const at = count[(k1[e]! >>> shift) & ((1 << BITS) - 1)]!++;
      k2[at] = k1[e]!;
      i2[at] = i1[e]!;
    }
    [k1, k2] = [k2, k1];
    [i1, i2] = [i2, i1];
  }
  return i1;
}

/**
 * Indices i < n with keep(i), sorted best score first (ties: lower index), with their scores.
 * Scores are quantised to 2^-24 points for the order only; the scores returned are exact.
 */
export function sortedCandidates(
  scores: Float64Array,
  keep: (i: number) => boolean,
  n: number,
): [Int32Array, Float64Array] {
  // First pass: how many, and whether every key fits 32 bits (always, for scores in 0–100).
  let m = 0;
  let fits = true;
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    m++;
    const q = Math.round((100 - scores[i]!) * QUANTUM);
    if (!(q >= 0 && q < 2 ** 32)) fits = false;
  }
  const picked = new Int32Array(m);
  const keys = new Uint32Array(m);
  for (let i = 0, e = 0; i < n && e < m; i++) {
    if (!keep(i)) continue;
    picked[e] = i;
    keys[e++] = fits ? Math.round((100 - scores[i]!) * QUANTUM) : 0;
  }
  const order = fits ? radixSort(keys, picked) : comparisonOrder(scores, picked);
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) out[k] = scores[order[k]!]!;
  return [order, out];
}

/** The same order by comparisons, for scores outside 0–100 (the engine never produces them). */
function comparisonOrder(scores: Float64Array, picked: Int32Array): Int32Array {
  const q = (i: number) => Math.round((100 - scores[i]!) * QUANTUM);
  return picked.slice().sort((a, b) => q(a) - q(b) || a - b);
}

/** Every combination of the given option counts, in index order, as rows of digits. */
function digitRows(counts: readonly number[]): Uint8Array {
  const width = counts.length;
  const size = counts.reduce((x, c) => x * c, 1);
  const out = new Uint8Array(size * width);
  const digits = new Array<number>(width).fill(0);
  for (let k = 0; k < size; k++) {
    for (let d = 0; d < width; d++) out[k * width + d] = digits[d]!;
    for (let d = width - 1; d >= 0; d--) {
      if (++digits[d]! < counts[d]!) break;
      digits[d] = 0;
    }
  }
  return out;
}

/** Candidates' options, flat (k-th candidate at row(k) … row(k) + issues − 1). */
export interface CandidateOptions {
  readonly options: Uint8Array;
  /** Where candidate k's options start in `options`; decoded on first use. */
  readonly row: (k: number) => number;
}

/**
 * The options of candidates given as package indices (mixed radix as in engine/enumerate.ts),
 * decoded on demand: a decision reads a few hundred of tens of thousands. Digits come from two
 * small tables (issues split so each has about √N rows) instead of a division per issue.
 */
export function lazyDigits(candidates: Int32Array, counts: readonly number[]): CandidateOptions {
  const n = counts.length;
  const total = counts.reduce((x, c) => x * c, 1);
  let p = n;
  let lower = 1;
  while (p > 0 && lower * lower < total) lower *= counts[--p]!;
  const up = digitRows(counts.slice(0, p));
  const low = digitRows(counts.slice(p));
  const q = n - p;
  const options = new Uint8Array(candidates.length * n);
  const decoded = new Uint8Array(candidates.length);
  const row = (k: number): number => {
    const at = k * n;
    if (decoded[k] === 1) return at;
    const index = candidates[k]!;
    const u = Math.floor(index / lower);
    const l = index - u * lower;
    for (let d = 0; d < p; d++) options[at + d] = up[u * p + d]!;
    for (let d = 0; d < q; d++) options[at + p + d] = low[l * q + d]!;
    decoded[k] = 1;
    return at;
  };
  return { options, row };
}
