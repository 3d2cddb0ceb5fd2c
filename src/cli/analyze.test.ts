// `analyze` on a four-package fixture whose numbers are worked out by hand below.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, packageAt, packageCount, scorePackage } from '../engine';
import { buildModel } from '../engine/testing';
import { loadScenario } from '../scenario';
import { analysisText, run, spread } from './analyze';
import { run as evaluate } from './evaluate';
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

describe('analyze: the frontier shown and listed', () => {
  it('samples at most 12 frontier points, always both ends', () => {
    expect(spread(5, 12)).toEqual([0, 1, 2, 3, 4]);
    for (const n of [13, 20, 23, 34, 100]) {
      const k = spread(n, 12);
      expect(k.length).toBeLessThanOrEqual(12);
      expect(k[0]).toBe(0);
      expect(k.at(-1)).toBe(n - 1);
      expect([...k].sort((a, b) => a - b)).toEqual(k);
    }
  });

  it('shows both ends of a 20-point frontier in the text (a sample by steps of 2 dropped the last)', () => {
    // One issue of 20 options, opposed and linear, no deal below every package: all 20 on the frontier.
    const m = buildModel({
      issues: [{ options: 20 }],
      sides: [
        {
          constituencies: [{ baseline: 0, effects: [Array.from({ length: 20 }, (_, o) => 5 * o)] }],
          noDeal: { score: -1 },
        },
        {
          constituencies: [{ baseline: 0, effects: [Array.from({ length: 20 }, (_, o) => 95 - 5 * o)] }],
          noDeal: { score: -1 },
        },
      ],
    });
    const r = analyze(m);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.analysis.frontier).toHaveLength(20);
    const text = analysisText(r.analysis).join('\n');
    expect(text).toContain('a 0.000  b 1.000   i0=o0');
    expect(text).toContain('a 1.000  b 0.000   i0=o19');
    expect(text).toContain('(12 of 20 shown, both ends included; --json lists all)');
  });

  it('lists the all-package frontier in --json, equal to a brute-force search', async () => {
    const file = 'src/cli/fixtures/middle.yaml';
    const c = capture();
    expect(await run([file, '--json'], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    const j = JSON.parse(c.out.join('\n'));
    const loaded = loadScenario(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error('fixture invalid');
    const m = loaded.model;
    const pts = Array.from({ length: packageCount(m) }, (_, i) => {
      const pkg = packageAt(m, i);
      return { pkg, s: [scorePackage(m, 0, pkg).score, scorePackage(m, 1, pkg).score] };
    });
    const dominated = (p: (typeof pts)[number]) =>
      pts.some((q) => q.s[0]! >= p.s[0]! && q.s[1]! >= p.s[1]! && (q.s[0]! > p.s[0]! || q.s[1]! > p.s[1]!));
    const ids = (pkg: readonly number[]) =>
      Object.fromEntries(m.issues.map((issue, k) => [issue.id, issue.options[pkg[k]!]!.id]));
    const brute = pts.filter((p) => !dominated(p)).sort((p, q) => p.s[0]! - q.s[0]!);
    expect(j.frontierAllPackages.size).toBe(brute.length);
    expect(j.frontierAllPackages.packages.map((p: { package: unknown }) => p.package)).toEqual(
      brute.map((p) => ids(p.pkg)),
    );
    expect(
      j.frontierAllPackages.packages.map((p: { score: Record<string, number> }) => p.score.buyer),
    ).toEqual(brute.map((p) => Number(p.s[0]!.toFixed(2))));
    expect(j.walkAwayStated).toEqual({ buyer: true, supplier: true });
    expect(j.walkAway).toEqual({ buyer: 45, supplier: 40 });
  });
});

describe('analyze: conventions and layout', () => {
  it('names its conventions, Kalai’s ideal point among them', async () => {
    const c = capture();
    await run([FILE], c.io);
    const text = c.out.join('\n');
    expect(text).toContain('Conventions (docs/analysis.md):');
    expect(text).toContain('its ideal point (the best it gets within the zone of agreement)');
    expect(text).toContain("a side's worst package over all packages is 0, its best is 1");
    expect(text).not.toContain('stated in the file');
  });

  it('marks a walk-away value stated in the file, and keeps columns apart for long party ids', async () => {
    const c = capture();
    await run(['src/cli/fixtures/middle.yaml'], c.io);
    const text = c.out.join('\n');
    expect(text).toMatch(/walk-away score\s+\*45\.0\s+\*40\.0/);
    expect(text).toContain('* stated in the file (noDeal.score)');
    expect(text).toMatch(/buyer share\s+supplier share/);
    expect(text).toContain('delivery (neither, integrative)');
  });
});

describe('analyze and evaluate --json with a warned file', () => {
  it('print only JSON on stdout and nothing on stderr: the warnings go into the JSON', async () => {
    // A typed number in a briefing is a warning.
    const text = readFileSync(FILE, 'utf8').replace(
      'briefing: Sell soybeans.',
      'briefing: Sell 40 soybeans.',
    );
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'warned.yaml');
    writeFileSync(file, text);
    try {
      for (const [command, args] of [
        [run, [file, '--json']],
        [evaluate, [file, '--package', 'tariff=t0', '--json']],
      ] as const) {
        const c = capture();
        expect(await command([...args], c.io)).toBe(0);
        expect(c.err).toEqual([]);
        const j = JSON.parse(c.out.join('\n'));
        expect(j.warnings.join('\n')).toContain('the number "40" is typed by hand');
      }
      const plain = capture();
      expect(await run([file], plain.io)).toBe(0);
      expect(plain.err.join('\n')).toContain('the number "40" is typed by hand');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
