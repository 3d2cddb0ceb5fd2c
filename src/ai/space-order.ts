// Ordering a package space's candidates, fast: a stable radix sort by quantised score (best
// first, ties to the lower package index: the same order as sorting the keys score · 2^20 +
// index), and records of each candidate's score and options (decoded when first read, from two
// small digit tables instead of divisions) for the band search. Used by space.ts.

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
 * Candidates (package keys with their scores) sorted best score first, ties to the lower key
 * (keys come in ascending order). Scores are quantised to 2^-24 points for the order only; the
 * scores returned are exact.
 */
export function sortedCandidates(index: Int32Array, score: Float64Array): [Int32Array, Float64Array] {
  const m = index.length;
  const keys = new Uint32Array(m);
  const at = new Int32Array(m);
  let fits = true;
  for (let e = 0; e < m; e++) {
    const q = Math.round((100 - score[e]!) * QUANTUM);
    // Always true for scores in 0–100, which is all the engine produces.
    if (!(q >= 0 && q < 2 ** 32)) fits = false;
    keys[e] = q;
    at[e] = e;
  }
  const order = fits ? radixSort(keys, at) : comparisonOrder(score, at);
  const candidates = new Int32Array(m);
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const e = order[k]!;
    candidates[k] = index[e]!;
    out[k] = score[e]!;
  }
  return [candidates, out];
}

/** The same order by comparisons, for scores outside 0–100 (the engine never produces them). */
function comparisonOrder(score: Float64Array, at: Int32Array): Int32Array {
  const q = (e: number) => Math.round((100 - score[e]!) * QUANTUM);
  return at.slice().sort((a, b) => q(a) - q(b) || a - b);
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

/**
 * Each candidate's score and options in one record of `size` bytes — the score as a double at
 * the start, then one byte per issue, then a byte set to 1 once the options are filled in — so
 * the band search reads one cache line per candidate it samples, not one per array.
 */
export interface CandidateRecords {
  /** Bytes per record (a multiple of 8). */
  readonly size: number;
  /** The records as doubles: candidate k's score at k · size / 8. */
  readonly words: Float64Array;
  /** The records as bytes: candidate k's options at k · size + 8 …, its flag after them. */
  readonly bytes: Uint8Array;
  /** Fill in candidate k's options and flag (check the flag first: this is the slow path). */
  readonly decode: (k: number) => void;
}

/** Records for candidates whose options `fill(k, bytes, at)` writes at byte `at` (see CandidateRecords). */
function records(scores: Float64Array, n: number, fill: (k: number, bytes: Uint8Array, at: number) => void) {
  const size = 8 * Math.ceil((9 + n) / 8);
  const buffer = new ArrayBuffer(scores.length * size);
  const words = new Float64Array(buffer);
  const bytes = new Uint8Array(buffer);
  for (let k = 0; k < scores.length; k++) words[(k * size) >> 3] = scores[k]!;
  const decode = (k: number): void => {
    fill(k, bytes, k * size + 8);
    bytes[k * size + 8 + n] = 1;
  };
  return { size, words, bytes, decode };
}

/**
 * Records of candidates given as package indices (mixed radix as in engine/enumerate.ts), their
 * options decoded on demand — a decision reads a few hundred of tens of thousands — from two
 * small tables of digits (issues split so each has about √N rows), not a division per issue.
 */
export function lazyRecords(
  candidates: Int32Array,
  scores: Float64Array,
  counts: readonly number[],
): CandidateRecords {
  const n = counts.length;
  const total = counts.reduce((x, c) => x * c, 1);
  let p = n;
  let lower = 1;
  while (p > 0 && lower * lower < total) lower *= counts[--p]!;
  const up = digitRows(counts.slice(0, p));
  const low = digitRows(counts.slice(p));
  const q = n - p;
  return records(scores, n, (k, bytes, at) => {
    const index = candidates[k]!;
    const u = Math.floor(index / lower);
    const l = index - u * lower;
    for (let d = 0; d < p; d++) bytes[at + d] = up[u * p + d]!;
    for (let d = 0; d < q; d++) bytes[at + p + d] = low[l * q + d]!;
  });
}

/** Records of candidates whose packages are at hand (a sampled space), every one filled in. */
export function filledRecords(
  scores: Float64Array,
  n: number,
  pkg: (k: number) => readonly number[],
): CandidateRecords {
  const r = records(scores, n, (k, bytes, at) => bytes.set(pkg(k), at));
  for (let k = 0; k < scores.length; k++) r.decode(k);
  return r;
}
