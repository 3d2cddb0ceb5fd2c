// Ordering a package space's candidates, fast: a counting sort by quantised score (best first,
// ties to the lower package index: the same order as sorting the keys score · 2^24 + index), and
// records of each candidate's score and options (decoded when first read, from two small digit
// tables instead of divisions) for the band search. Used by space.ts.

/** Scores closer than 2^-24 points count as tied, then the lower package index comes first. */
const QUANTUM = 2 ** 24;
/** Bits of the bucket number: a counting sort by the top 14 bits of the key's offset. */
const BITS = 14;
/** A bucket out of order with more entries than this is sorted by comparisons instead of by insertion. */
const INSERTION_MAX = 48;

/**
 * Positions 0 … m − 1 ordered by keys (lo … hi) ascending, ties in position order: a stable counting sort
 * by the top bits of each key's offset from the least, then each bucket not yet in order sorted
 * by insertion (scores take few distinct values, so most buckets hold one key and need nothing).
 */
function bucketOrder(keys: Uint32Array, lo: number, hi: number): Int32Array {
  const m = keys.length;
  let shift = 0;
  while ((hi - lo) >>> shift >= 1 << BITS) shift++;
  const buckets = ((hi - lo) >>> shift) + 1;
  const start = new Int32Array(buckets + 1);
  for (let e = 0; e < m; e++) start[((keys[e]! - lo) >>> shift) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const order = new Int32Array(m);
  const next = start.slice(0, buckets);
  for (let e = 0; e < m; e++) order[next[(keys[e]! - lo) >>> shift]!++] = e;
  for (let b = 0; b < buckets; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    let k = from + 1;
    while (k < to && keys[order[k - 1]!]! <= keys[order[k]!]!) k++;
    if (k >= to) continue;
    if (to - from > INSERTION_MAX) {
      const part = Array.from(order.subarray(from, to)).sort((x, y) => keys[x]! - keys[y]! || x - y);
      order.set(part, from);
      continue;
    }
    for (; k < to; k++) {
      const e = order[k]!;
      const q = keys[e]!;
      let at = k;
      while (at > from && keys[order[at - 1]!]! > q) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = e;
    }
  }
  return order;
}

/**
 * Candidates (package keys with their scores) sorted best score first, ties to the lower key
 * (keys come in ascending order). Scores are quantised to 2^-24 points for the order only; the
 * scores returned are exact.
 */
export function sortedCandidates(index: Int32Array, score: Float64Array): [Int32Array, Float64Array] {
  const m = index.length;
  const keys = new Uint32Array(m);
  let fits = true;
  let lo = 2 ** 32 - 1;
  let hi = 0;
  for (let e = 0; e < m; e++) {
    const q = Math.round((100 - score[e]!) * QUANTUM);
    // Always true for scores in 0–100, which is all the engine produces.
    if (!(q >= 0 && q < 2 ** 32)) fits = false;
    keys[e] = q;
    if (q < lo) lo = q;
    if (q > hi) hi = q;
  }
  const order = fits ? bucketOrder(keys, lo, hi) : comparisonOrder(score);
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
function comparisonOrder(score: Float64Array): Int32Array {
  const q = (e: number) => Math.round((100 - score[e]!) * QUANTUM);
  return Int32Array.from(score.keys()).sort((a, b) => q(a) - q(b) || a - b);
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
