// Ordering a package space's candidates, fast: a counting sort by quantised score (best first,
// ties to the lower package index: the same order as sorting the keys score · 2^24 + index), and
// the split of package indices in two halves that lets the band search sum a table over issues
// with two lookups per package. Used by space.ts and bidding.ts.
import { splitPoint } from '../engine';

/** Scores closer than 2^-24 points count as tied, then the lower package index comes first. */
const QUANTUM = 2 ** 24;
/** Bits of the bucket number: a counting sort by the top 14 bits of the key's offset. */
const BITS = 14;
/** A bucket out of order with more entries than this is sorted by comparisons instead of by insertion. */
const INSERTION_MAX = 48;

/**
 * Candidates (package keys with their scores) sorted best score first, ties to the lower key
 * (keys come in ascending order). Scores are quantised to 2^-24 points for the order only; the
 * scores returned are exact. A stable counting sort by the top bits of each quantised score's
 * offset from the best, placing keys and scores straight into the output; then each bucket not
 * yet in order is sorted by insertion (scores take few distinct values, so most buckets hold
 * one and need nothing). Each pass is a function of its own: V8 optimises each with the types
 * it has seen, where one long function compiled in the middle of its first loop was thrown out
 * and compiled again at every later loop, space after space.
 */
export function sortedCandidates(index: Int32Array, score: Float64Array): [Int32Array, Float64Array] {
  const keys = new Uint32Array(index.length);
  const range = quantise(score, keys);
  if (!range) return gathered(index, score, comparisonOrder(score));
  const [lo, hi] = range;
  let shift = 0;
  while ((hi - lo) >>> shift >= 1 << BITS) shift++;
  const start = bucketStarts(keys, lo, shift, ((hi - lo) >>> shift) + 1);
  const m = keys.length;
  const sorted: Sorted = { q: new Uint32Array(m), candidates: new Int32Array(m), out: new Float64Array(m) };
  scatter(keys, index, score, start, lo, shift, sorted);
  fixBuckets(sorted, start);
  return [sorted.candidates, sorted.out];
}

/** Each score's key into `keys`; the lowest and highest key, or null for a score outside 0–100. */
function quantise(score: Float64Array, keys: Uint32Array): [number, number] | null {
  let lo = 2 ** 32 - 1;
  let hi = 0;
  for (let e = 0; e < score.length; e++) {
    const q = Math.round((100 - score[e]!) * QUANTUM);
    // Always true for scores in 0–100, which is all the engine produces.
    if (!(q >= 0 && q < 2 ** 32)) return null;
    keys[e] = q;
    if (q < lo) lo = q;
    if (q > hi) hi = q;
  }
  return [lo, hi];
}

/** Where each bucket starts in the output (buckets + 1 entries, the last one the total). */
function bucketStarts(keys: Uint32Array, lo: number, shift: number, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let e = 0; e < keys.length; e++) start[((keys[e]! - lo) >>> shift) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  return start;
}

/** Keys, candidates and scores in bucket order (stable within a bucket). */
interface Sorted {
  readonly q: Uint32Array;
  readonly candidates: Int32Array;
  readonly out: Float64Array;
}

/** Place each key, candidate and score in its bucket (in input order within a bucket). */
function scatter(
  keys: Uint32Array,
  index: Int32Array,
  score: Float64Array,
  start: Int32Array,
  lo: number,
  shift: number,
  { q, candidates, out }: Sorted,
): void {
  const next = start.slice(0, start.length - 1);
  for (let e = 0; e < keys.length; e++) {
    const at = next[(keys[e]! - lo) >>> shift]!++;
    q[at] = keys[e]!;
    candidates[at] = index[e]!;
    out[at] = score[e]!;
  }
}

/** Sort every bucket not yet in key order: by insertion, or by comparisons when it is long. */
function fixBuckets(s: Sorted, start: Int32Array): void {
  const { q, candidates, out } = s;
  for (let b = 0; b + 1 < start.length; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    let k = from + 1;
    while (k < to && q[k - 1]! <= q[k]!) k++;
    if (k >= to) continue;
    if (to - from > INSERTION_MAX) {
      sortLongBucket(s, from, to);
      continue;
    }
    for (; k < to; k++) {
      const key = q[k]!;
      const c = candidates[k]!;
      const x = out[k]!;
      let at = k;
      while (at > from && q[at - 1]! > key) {
        q[at] = q[at - 1]!;
        candidates[at] = candidates[at - 1]!;
        out[at] = out[at - 1]!;
        at--;
      }
      q[at] = key;
      candidates[at] = c;
      out[at] = x;
    }
  }
}

/** Entries [from, to) sorted by key, ties in their present order. */
function sortLongBucket({ q, candidates, out }: Sorted, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, x) => from + x).sort((x, y) => q[x]! - q[y]! || x - y);
  const [qs, cs, ss] = [order.map((x) => q[x]!), order.map((x) => candidates[x]!), order.map((x) => out[x]!)];
  q.set(qs, from);
  candidates.set(cs, from);
  out.set(ss, from);
}

/** Candidates and scores in the given order. */
function gathered(index: Int32Array, score: Float64Array, order: Int32Array): [Int32Array, Float64Array] {
  return [Int32Array.from(order, (e) => index[e]!), Float64Array.from(order, (e) => score[e]!)];
}

/** The same order by comparisons, for scores outside 0–100 (the engine never produces them). */
function comparisonOrder(score: Float64Array): Int32Array {
  const q = (e: number) => Math.round((100 - score[e]!) * QUANTUM);
  return Int32Array.from(score.keys()).sort((a, b) => q(a) - q(b) || a - b);
}

/**
 * How an enumerated space's package indices split (mixed radix, as in engine/enumerate.ts):
 * index = u · lower + l, where u numbers the options of the first `split` issues and l those of
 * the rest. A sum over issues of a per-option table is then one sum per half, each made once
 * per table for all u (or all l), not once per package.
 */
export interface IndexHalves {
  readonly counts: readonly number[];
  readonly split: number;
  readonly upper: number;
  readonly lower: number;
}

export function indexHalves(counts: readonly number[]): IndexHalves {
  const split = splitPoint(counts);
  const size = (from: number, to: number) => counts.slice(from, to).reduce((a, b) => a * b, 1);
  return { counts, split, upper: size(0, split), lower: size(split, counts.length) };
}

/**
 * out[k] = Σ table[i · stride + option of issue i] over issues [from, to) of combination k (in
 * index order), added issue by issue. Built by expanding one issue at a time in place, about
 * 1.5 additions per entry; out needs room for the half's combinations.
 */
export function halfSums(
  h: IndexHalves,
  table: Float64Array,
  stride: number,
  upperHalf: boolean,
  out: Float64Array,
): void {
  const [from, to] = upperHalf ? [0, h.split] : [h.split, h.counts.length];
  out[0] = 0;
  let size = 1;
  for (let i = from; i < to; i++) {
    const n = h.counts[i]!;
    const base = i * stride;
    // Descending k: entries k · n … k · n + n − 1 are written after every entry below k is read.
    for (let k = size - 1; k >= 0; k--) {
      const sum = out[k]!;
      for (let o = n - 1; o >= 0; o--) out[k * n + o] = sum + table[base + o]!;
    }
    size *= n;
  }
}
