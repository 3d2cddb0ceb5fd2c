// Bargaining solutions over the zone of possible agreement. Each is Pareto-optimal (with the
// tie-breaks below), so each is found among the frontier points; ties go to the larger joint
// utility, then to the lower package index, so every answer is unique and reproducible.

/** Normalised utilities of every package and the two reservation values. */
export interface Points {
  readonly u0: Float64Array;
  readonly u1: Float64Array;
  readonly r0: number;
  readonly r1: number;
}

/** The best index by `value`, ties to larger u0 + u1, then lower index; -1 for no candidates. */
function argBest(p: Points, candidates: readonly number[], value: (i: number) => number): number {
  let best = -1;
  let bv = -Infinity;
  let bs = -Infinity;
  for (const i of candidates) {
    const v = value(i);
    const s = p.u0[i]! + p.u1[i]!;
    if (v > bv || (v === bv && (s > bs || (s === bs && i < best)))) {
      best = i;
      bv = v;
      bs = s;
    }
  }
  return best;
}

/** Nash bargaining solution: maximum product of the gains over the reservation values. */
export function nashIndex(p: Points, candidates: readonly number[]): number {
  return argBest(p, candidates, (i) => (p.u0[i]! - p.r0) * (p.u1[i]! - p.r1));
}

/** Each side's best utility among the candidates (the ideal point of Kalai–Smorodinsky). */
export function idealPoint(p: Points, candidates: readonly number[]): [number, number] {
  let a = -Infinity;
  let b = -Infinity;
  for (const i of candidates) {
    if (p.u0[i]! > a) a = p.u0[i]!;
    if (p.u1[i]! > b) b = p.u1[i]!;
  }
  return [a, b];
}

/** Kalai–Smorodinsky: maximum of the smaller share of each side's possible gain (u − r)/(ideal − r). */
export function kalaiIndex(p: Points, candidates: readonly number[]): number {
  const [i0, i1] = idealPoint(p, candidates);
  const d0 = i0 - p.r0;
  const d1 = i1 - p.r1;
  return argBest(p, candidates, (i) => Math.min((p.u0[i]! - p.r0) / d0, (p.u1[i]! - p.r1) / d1));
}

/** Maximum joint welfare: largest u0 + u1 (ties to the lower index). */
export function maxWelfareIndex(p: Points, candidates: readonly number[]): number {
  return argBest(p, candidates, (i) => p.u0[i]! + p.u1[i]!);
}

/** Maximum joint welfare over every package 0 … count − 1, in one pass. */
export function maxWelfareAll(p: Points): number {
  let best = -1;
  let bv = -Infinity;
  for (let i = 0; i < p.u0.length; i++) {
    const v = p.u0[i]! + p.u1[i]!;
    if (v > bv) {
      bv = v;
      best = i;
    }
  }
  return best;
}
