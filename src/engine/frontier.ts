// The Pareto frontier of points (u0[i], u1[i]) in linear time plus a sort of the few survivors:
// points are binned by u0; a point whose u1 does not beat the best u1 of every higher bin is
// dominated (that point has a strictly higher u0 and at least its u1), so only a thin staircase
// is left to sort and sweep. Exact: no tolerance, the same answer as comparing every pair.

const BINS = 4096;

/** q dominates p: at least as good for both sides and strictly better for one. */
export function dominates(q0: number, q1: number, p0: number, p1: number): boolean {
  return q0 >= p0 && q1 >= p1 && (q0 > p0 || q1 > p1);
}

/** The points to consider: all (0 … n − 1) or the listed ones, as one index array. */
function indicesOf(n: number, among: Uint32Array | null): Uint32Array {
  if (among) return among;
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

function candidatesOf(u0: Float64Array, u1: Float64Array, among: Uint32Array | null): number[] {
  const idx = indicesOf(u0.length, among);
  const size = idx.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < size; k++) {
    const x = u0[idx[k]!]!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const scale = hi > lo ? BINS / (hi - lo) : 0;
  // Each point's bin, kept for the second pass.
  const bins = new Uint16Array(size);
  const best = new Float64Array(BINS).fill(-Infinity);
  for (let k = 0; k < size; k++) {
    const i = idx[k]!;
    const b = Math.min(BINS - 1, Math.floor((u0[i]! - lo) * scale));
    bins[k] = b;
    const y = u1[i]!;
    if (y > best[b]!) best[b] = y;
  }
  // above[b]: best u1 in any bin higher than b.
  const above = new Float64Array(BINS);
  let run = -Infinity;
  for (let b = BINS - 1; b >= 0; b--) {
    above[b] = run;
    if (best[b]! > run) run = best[b]!;
  }
  const out: number[] = [];
  for (let k = 0; k < size; k++) {
    const i = idx[k]!;
    if (u1[i]! > above[bins[k]!]!) out.push(i);
  }
  return out;
}

/**
 * Indices of the non-dominated points among `among` (all points when null), sorted by u0
 * ascending (so u1 descending); identical points are all kept, lowest index first.
 */
export function paretoFrontier(
  u0: Float64Array,
  u1: Float64Array,
  among: Uint32Array | null = null,
): number[] {
  const cand = candidatesOf(u0, u1, among);
  cand.sort((p, q) => u0[q]! - u0[p]! || u1[q]! - u1[p]! || p - q);
  const kept: number[] = [];
  let best = -Infinity;
  let last = -1;
  for (const i of cand) {
    const same = last >= 0 && u0[i] === u0[last] && u1[i] === u1[last];
    if (u1[i]! > best || same) {
      kept.push(i);
      best = u1[i]!;
      last = i;
    }
  }
  return kept.sort((p, q) => u0[p]! - u0[q]! || p - q);
}
