// Ordering a package space's candidates, fast: a counting sort by quantised score (best first,
// ties to the lower package index: the same order as sorting the keys score · 2^24 + index), and
// records of each candidate's score and options side by side for the band search. Used by
// space.ts.
import { digitRows, splitPoint } from '../engine';

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
 * one and need nothing).
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
  if (!fits) return gathered(index, score, comparisonOrder(score));
  let shift = 0;
  while ((hi - lo) >>> shift >= 1 << BITS) shift++;
  const buckets = ((hi - lo) >>> shift) + 1;
  const start = new Int32Array(buckets + 1);
  for (let e = 0; e < m; e++) start[((keys[e]! - lo) >>> shift) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, buckets);
  const q = new Uint32Array(m);
  const candidates = new Int32Array(m);
  const out = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const at = next[(keys[e]! - lo) >>> shift]!++;
    q[at] = keys[e]!;
    candidates[at] = index[e]!;
    out[at] = score[e]!;
  }
  for (let b = 0; b < buckets; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    let k = from + 1;
    while (k < to && q[k - 1]! <= q[k]!) k++;
    if (k >= to) continue;
    if (to - from > INSERTION_MAX) {
      const order = Array.from({ length: to - from }, (_, x) => from + x).sort(
        (x, y) => q[x]! - q[y]! || x - y,
      );
      const [qs, cs, ss] = [
        order.map((x) => q[x]!),
        order.map((x) => candidates[x]!),
        order.map((x) => out[x]!),
      ];
      q.set(qs, from);
      candidates.set(cs, from);
      out.set(ss, from);
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
  return [candidates, out];
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
 * Each candidate's score and options in one record of `size` bytes — the score as a double at
 * the start, then one byte per issue — so the band search reads one cache line per candidate it
 * samples, not one per array.
 */
export interface CandidateRecords {
  /** Bytes per record (a multiple of 8). */
  readonly size: number;
  /** The records as doubles: candidate k's score at k · size / 8. */
  readonly words: Float64Array;
  /** The records as bytes: candidate k's options at k · size + 8 … */
  readonly bytes: Uint8Array;
}

/** Room for the records of m candidates with n issues. */
function records(m: number, n: number): CandidateRecords {
  const size = 8 * Math.ceil((8 + n) / 8);
  const buffer = new ArrayBuffer(m * size);
  return { size, words: new Float64Array(buffer), bytes: new Uint8Array(buffer) };
}

/**
 * Records of candidates given as package indices (mixed radix as in engine/enumerate.ts), their
 * options from two small tables of digits (issues split so each has about √N rows), not a
 * division per issue. All are filled in at once, in order: cheaper than on first use, though a
 * decision reads only a few hundred of them, as games come to read most of them.
 */
export function indexRecords(
  candidates: Int32Array,
  scores: Float64Array,
  counts: readonly number[],
): CandidateRecords {
  const n = counts.length;
  const p = splitPoint(counts);
  const q = n - p;
  let lower = 1;
  for (let i = p; i < n; i++) lower *= counts[i]!;
  const up = digitRows(counts, 0, p);
  const low = digitRows(counts, p, n);
  const r = records(scores.length, n);
  const { size, words, bytes } = r;
  for (let k = 0, at = 0; k < scores.length; k++, at += size) {
    words[at >> 3] = scores[k]!;
    const index = candidates[k]!;
    const u = Math.floor(index / lower);
    const l = index - u * lower;
    for (let d = 0; d < p; d++) bytes[at + 8 + d] = up[u * p + d]!;
    for (let d = 0; d < q; d++) bytes[at + 8 + p + d] = low[l * q + d]!;
  }
  return r;
}

/** Records of candidates whose packages are at hand (a sampled space). */
export function packageRecords(
  scores: Float64Array,
  n: number,
  pkg: (k: number) => readonly number[],
): CandidateRecords {
  const r = records(scores.length, n);
  for (let k = 0; k < scores.length; k++) {
    r.words[(k * r.size) >> 3] = scores[k]!;
    r.bytes.set(pkg(k), k * r.size + 8);
  }
  return r;
}
