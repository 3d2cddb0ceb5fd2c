// `evaluate` on the four-package fixture (numbers worked out in analyze.test.ts).
import { describe, expect, it } from 'vitest';
import { run } from './evaluate';
import type { Output } from './io';

const FILE = 'src/cli/fixtures/two-issues.yaml';

function capture(): { io: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

async function json(spec: string) {
  const c = capture();
  expect(await run([FILE, '--package', spec, '--json'], c.io)).toBe(0);
  return JSON.parse(c.out.join('\n'));
}

describe('evaluate --json', () => {
  it('scores each constituency with its change and causes', async () => {
    const j = await json('tariff=t0,beans=buy');
    const farmers = j.parties.us.constituencies[0];
    expect(farmers).toMatchObject({
      id: 'farmers',
      baseline: 40,
      value: 75,
      change: 35,
      veto: null,
      vetoes: false,
    });
    expect(farmers.causes).toEqual([
      { kind: 'option', issue: 'beans', option: 'buy', change: 40 },
      { kind: 'option', issue: 'tariff', option: 't0', change: -10 },
      { kind: 'interaction', when: { tariff: 't0', beans: 'buy' }, change: 5 },
    ]);
    expect(j.parties.us).toMatchObject({
      approval: 75,
      securityIndex: 40,
      score: 57.5,
      walkAway: 40,
      ratified: true,
      failures: [],
    });
  });

  it('defaults missing issues to the status quo and says which', async () => {
    const j = await json('beans=buy');
    expect(j.package).toEqual({ tariff: 't20', beans: 'buy' });
    expect(j.defaulted).toEqual(['tariff']);
  });

  it('names every ratification failure: threshold and veto', async () => {
    const j = await json('beans=buy');
    // exporters 40 − 10 = 30: below the threshold 40 and below the veto level 35
    expect(j.parties.cn.ratified).toBe(false);
    expect(j.parties.cn.failures.map((f: { kind: string }) => f.kind)).toEqual(['threshold', 'veto']);
    expect(j.parties.cn.failures[0]).toMatchObject({ approval: 30, threshold: 40 });
    expect(j.parties.cn.failures[1]).toMatchObject({ factor: 'exporters', value: 30, veto: 35 });
    expect(j.parties.cn.betterThanWalkAway).toBe(false);
  });
});

describe('evaluate (text)', () => {
  it('prints both sides constituency by constituency', async () => {
    const c = capture();
    expect(await run([FILE, '--package=beans=buy'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('Not given, so at the status quo: tariff');
    expect(text).toMatch(/farmers .* 40\.0 → {2}80\.0 \(\+40\.0\) {2}beans=buy \+40/);
    expect(text).toContain('NOT ratified: approval 30.0 is below the threshold 40; exporters vetoes');
    expect(text).toContain('walk-away value 40.0: the deal is better than no deal');
  });
});

describe('evaluate exit codes', () => {
  it('returns 2 with a clear message for unknown issues, options and repeats', async () => {
    for (const [spec, message] of [
      ['soy=buy', 'unknown issue "soy"; issues are: tariff, beans'],
      ['beans=lots', 'unknown option "lots" for issue "beans"; options are: none, buy'],
      ['beans=buy,beans=none', 'issue "beans" is given twice'],
      ['beans', '"beans" is not issue=option'],
    ] as const) {
      const c = capture();
      expect(await run([FILE, '--package', spec], c.io)).toBe(2);
      expect(c.err.join('\n')).toContain(message);
    }
  });

  it('returns 2 for usage errors and 1 for a file that cannot be read', async () => {
    expect(await run([FILE], capture().io)).toBe(2);
    expect(await run([FILE, '--package'], capture().io)).toBe(2);
    expect(await run(['--package', 'beans=buy'], capture().io)).toBe(2);
    expect(await run([FILE, '--package', 'beans=buy', '--xml'], capture().io)).toBe(2);
    expect(await run(['src/cli/fixtures/missing.yaml', '--package', 'beans=buy'], capture().io)).toBe(1);
  });
});
