// analyze() against brute force on random small scenarios: every package scored with
// scorePackage, every pair compared, every solution found by scanning the whole ZOPA.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { distanceToFrontier, locate, paretoImprovements, utilityOf } from './analysis-queries';
import { packageAt } from './enumerate';
import type { Model } from './model';
import { packageCount, SIDES } from './model';
import { scorePackage, walkAwayScore } from './score';
import { randomModel } from './testing';

interface Brute {
  u: number[][];
  r: number[];
  zopa: number[];
}

function brute(m: Model): Brute {
  const n = packageCount(m);
  const scored = SIDES.map((s) => Array.from({ length: n }, (_, i) => scorePackage(m, s, packageAt(m, i))));
  const u: number[][] = [];
  const r: number[] = [];
  for (const s of SIDES) {
    const scores = scored[s]!.map((x) => x.score);
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const range = max > min ? max - min : 1;
    u.push(scores.map((x) => (x - min) / range));
    r.push((walkAwayScore(m, s) - min) / range);
  }
  const all = Array.from({ length: n }, (_, i) => i);
  const zopa = all.filter(
    (i) => scored[0]![i]!.ratified && scored[1]![i]!.ratified && u[0]![i]! > r[0]! && u[1]![i]! > r[1]!,
  );
  return { u, r, zopa };
}

const dom = (b: Brute, q: number, p: number) => {
  const [a0, a1] = [b.u[0]![q]!, b.u[1]![q]!];
  const [p0, p1] = [b.u[0]![p]!, b.u[1]![p]!];
  return a0 >= p0 && a1 >= p1 && (a0 > p0 || a1 > p1);
};

/** The candidate maximising `value`, ties to larger u0 + u1, then lower index. */
function best(b: Brute, cands: number[], value: (i: number) => number): number | null {
  const key = (i: number) => [value(i), b.u[0]![i]! + b.u[1]![i]!, -i];
  const better = (x: number[], y: number[]) =>
    x[0]! > y[0]! || (x[0] === y[0] && (x[1]! > y[1]! || (x[1] === y[1] && x[2]! > y[2]!)));
  return cands.reduce<number | null>((acc, i) => (acc === null || better(key(i), key(acc)) ? i : acc), null);
}

const seeds = fc.integer();

/** A random model with its brute-force answers and its analysis. */
function bothWays(seed: number) {
  const m = randomModel(seed);
  const r = analyze(m);
  if (!r.ok) throw new Error(r.error.message);
  return { m, b: brute(m), a: r.analysis };
}

describe('analyze against brute force', () => {
  it('has the same utilities, reservation values and ZOPA', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { b, a } = bothWays(seed);
        expect(Array.from(a.utility[0])).toEqual(b.u[0]);
        expect(Array.from(a.utility[1])).toEqual(b.u[1]);
        expect(a.reservation).toEqual(b.r);
        expect(Array.from(a.zopa)).toEqual(b.zopa);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the non-dominated set of the ZOPA and of all packages', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { m, b, a } = bothWays(seed);
        const nd = (set: number[]) => set.filter((p) => !set.some((q) => dom(b, q, p)));
        const all = Array.from({ length: packageCount(m) }, (_, i) => i);
        expect([...a.frontier].sort((x, y) => x - y)).toEqual(nd(b.zopa));
        expect([...a.frontierAll].sort((x, y) => x - y)).toEqual(nd(all));
        const u0 = a.frontier.map((i) => b.u[0]![i]!);
        expect(u0).toEqual([...u0].sort((x, y) => x - y));
      }),
      { numRuns: 150 },
    );
  });

  it('finds Nash, Kalai–Smorodinsky and maximum welfare by scanning the whole ZOPA', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { m, b, a } = bothWays(seed);
        const [r0, r1] = b.r as [number, number];
        const u0 = (i: number) => b.u[0]![i]!;
        const u1 = (i: number) => b.u[1]![i]!;
        const i0 = Math.max(...b.zopa.map(u0));
        const i1 = Math.max(...b.zopa.map(u1));
        const all = Array.from({ length: packageCount(m) }, (_, i) => i);
        expect(a.nash).toBe(best(b, b.zopa, (i) => (u0(i) - r0) * (u1(i) - r1)));
        expect(a.kalai).toBe(
          best(b, b.zopa, (i) => Math.min((u0(i) - r0) / (i0 - r0), (u1(i) - r1) / (i1 - r1))),
        );
        expect(a.maxWelfare).toBe(best(b, b.zopa, (i) => u0(i) + u1(i)));
        expect(a.maxWelfareAll).toBe(best(b, all, (i) => u0(i) + u1(i)));
      }),
      { numRuns: 150 },
    );
  });

  it('measures distance to the frontier and lists Pareto improvements like brute force', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (seed, pick) => {
        const { m, b, a } = bothWays(seed);
        const i = pick % a.count;
        const pkg = packageAt(m, i);
        const nd = b.zopa.filter((p) => !b.zopa.some((q) => dom(b, q, p)));
        const dist = nd.length
          ? Math.min(...nd.map((f) => Math.hypot(b.u[0]![f]! - b.u[0]![i]!, b.u[1]![f]! - b.u[1]![i]!)))
          : null;
        expect(distanceToFrontier(a, pkg)).toBe(dist);
        const better = b.zopa.filter((q) => dom(b, q, i));
        expect(
          paretoImprovements(a, pkg, 1000)
            .map((x) => x.index)
            .sort((x, y) => x - y),
        ).toEqual(better);
        expect(locate(a, pkg)?.dominatedByInZopa).toBe(better.length);
        expect(locate(a, pkg)?.dominatedBy).toBe(b.u[0]!.filter((_, q) => dom(b, q, i)).length);
        expect(utilityOf(a, 1, pkg)).toBe(b.u[1]![i]);
      }),
      { numRuns: 150 },
    );
  });
});
