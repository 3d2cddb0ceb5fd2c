// `analyze` on a four-package fixture whose numbers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { run } from './analyze';
import type { Output } from './io';

const FILE = 'src/cli/fixtures/two-issues.yaml';

// Scores (0.5 · approval + 0.5 · security), packages [tariff, beans] by index:
//   us: t20/none 45, t20/buy 65, t0/none 35, t0/buy (70 + 5 interaction + 40) / 2 = 57.5; walk-away (30 + 50) / 2 = 40
//   cn: t20/none 45, t20/buy 35, t0/none 65, t0/buy 55;                                 walk-away (30 + 50) / 2 = 40
// Both range 35–65, so u = (score − 35) / 30 and r = 5 / 30 for both.
// us ratifies (approval ≥ 50) only with beans=buy; cn (≥ 40, exporters' veto 35) all but t20/buy.
// ZOPA = { t0/buy } at (0.75, 2/3); the historical t20/none sits at (1/3, 1/3).
// Above walk-away (40): us 45, 65, 57.5 (not 35); cn 45, 65, 55 (not 35): 3 packages each.
// Issues, linear part: tariff t0 costs us 0.5·10 + 0.5·10 = 10 points (10/30 of its range) and
// gains cn 0.5·40 = 20 (20/30); beans buy gains us 20 (20/30), costs cn 0.5·10 + 0.5·10 = 10 (10/30).
// Each is a straight trade: distributive.

function capture(): { io: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

describe('analyze --json', () => {
  it('reports packages, reservation values, ZOPA, frontier and the solutions', async () => {
    const c = capture();
    expect(await run([FILE, '--json'], c.io)).toBe(0);
    const j = JSON.parse(c.out.join('\n'));
    expect(j.packages).toBe(4);
    expect(j.reservation).toEqual({ us: 0.1667, cn: 0.1667 });
    expect(j.walkAway).toEqual({ us: 40, cn: 40 });
    expect(j.zopa.size).toBe(1);
    const best = {
      package: { tariff: 't0', beans: 'buy' },
      utility: { us: 0.75, cn: 0.6667 },
      score: { us: 57.5, cn: 55 },
    };
    expect(j.frontier).toEqual([best]);
    expect(j.nash).toEqual(best);
    expect(j.kalai).toEqual(best);
    expect(j.maxWelfare).toEqual(best);
    expect(j.frontierAllPackages.size).toBe(3);
  });

  it('reports each issue’s kind and importance, and the packages above each walk-away', async () => {
    const c = capture();
    await run([FILE, '--json'], c.io);
    const j = JSON.parse(c.out.join('\n'));
    expect(j.aboveWalkAway).toEqual({ us: 3, cn: 3 });
    expect(j.issues).toEqual([
      { id: 'tariff', concededBy: 'us', kind: 'distributive', importance: { us: 0.3333, cn: 0.6667 } },
      { id: 'beans', concededBy: 'cn', kind: 'distributive', importance: { us: 0.6667, cn: 0.3333 } },
    ]);
  });

  it('says where the historical outcome sits', async () => {
    const c = capture();
    await run([FILE, '--json'], c.io);
    const h = JSON.parse(c.out.join('\n')).historical;
    expect(h.package).toEqual({ tariff: 't20', beans: 'none' });
    expect(h.utility).toEqual({ us: 0.3333, cn: 0.3333 });
    expect(h.ratified).toEqual({ us: false, cn: true });
    expect(h.inZopa).toBe(false);
    expect(h.dominatedBy).toBe(1);
    expect(h.distanceToFrontier).toBeCloseTo(Math.hypot(0.75 - 1 / 3, 2 / 3 - 1 / 3), 4);
    expect(h.betterForBoth.map((p: { package: unknown }) => p.package)).toEqual([
      { tariff: 't0', beans: 'buy' },
    ]);
  });
});

describe('analyze (text)', () => {
  it('prints a report an instructor can read', async () => {
    const c = capture();
    expect(await run([FILE], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('4 packages possible');
    expect(text).toMatch(/reservation value \(0–1\)\s+0\.167\s+0\.167/);
    expect(text).toContain('Zone of possible agreement: 1 package (25.0%)');
    expect(text).toContain('Nash bargaining solution: us 0.750  cn 0.667');
    expect(text).toContain('us does not ratify, cn ratifies; outside the zone of agreement');
  });
});

describe('analyze exit codes', () => {
  it('returns 2 for usage errors and 1 for a file that cannot be read', async () => {
    expect(await run([], capture().io)).toBe(2);
    expect(await run([FILE, '--yaml'], capture().io)).toBe(2);
    expect(await run([FILE, FILE], capture().io)).toBe(2);
    const c = capture();
    expect(await run(['src/cli/fixtures/missing.yaml'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('no such file');
  });
});
