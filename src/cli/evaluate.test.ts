// `evaluate` on the four-package fixture (numbers worked out in analyze.test.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, short, signed } from './evaluate';
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

describe('evaluate (text): long ids and long numbers', () => {
  it('rounds numbers for reading', () => {
    expect(signed(55.555555555556)).toBe('+55.56');
    expect(signed(-10)).toBe('-10');
    expect(signed(0.1 + 0.2)).toBe('+0.3');
    expect(short(1 / 3)).toBe('0.33');
  });

  it('aligns the columns after an id longer than 22 characters and rounds the why', async () => {
    const long = 'farm-state-soybean-growers-association';
    const text = readFileSync(FILE, 'utf8')
      .replace('      - id: farmers\n', `      - id: ${long}\n`)
      .replace('effects: { farmers: -10 }', `effects: { ${long}: -10 }`)
      .replace('          beans: { buy: 40 }\n', '          beans: { buy: 55.555555555556 }\n');
    const dir = mkdtempSync(join(tmpdir(), 'evaluate-'));
    const file = join(dir, 'long.yaml');
    writeFileSync(file, text);
    try {
      const c = capture();
      expect(await run([file, '--package', 'tariff=t0,beans=buy'], c.io)).toBe(0);
      const lines = c.out.filter((l) => / w +\d/.test(l));
      expect(lines).toHaveLength(4);
      const at = lines.map((l) => l.indexOf(' w '));
      expect(new Set(at).size).toBe(1);
      expect(at[0]).toBeGreaterThanOrEqual(4 + long.length);
      const farm = lines.find((l) => l.includes(long))!;
      expect(farm).toContain('beans=buy +55.56');
      expect(farm).not.toContain('55.555');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for an option on an issue with no status quo instead of assuming one', async () => {
    const c = capture();
    expect(await run(['src/cli/fixtures/middle.yaml', '--package', 'price=p2'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('"delivery", "volume" have no status quo: name an option for each');
    const ok = capture();
    expect(
      await run(['src/cli/fixtures/middle.yaml', '--package', 'price=p2,delivery=d30,volume=v3'], ok.io),
    ).toBe(0);
    const text = ok.out.join('\n');
    expect(text).toContain('score 74.0 = approval (no security indicators)');
    expect(text).toContain('walk-away value 45.0 (stated in the file)');
  });
});
