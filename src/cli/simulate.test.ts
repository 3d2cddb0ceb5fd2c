// `simulate` on a four-package fixture whose only deal in the zone of agreement is t0/buy.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEvents, walkAwayScore } from '../engine';
import { loadScenario } from '../scenario';
import type { Output } from './io';
import { run } from './simulate';

const FILE = 'src/cli/fixtures/negotiation.yaml';

function capture(): { io: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

describe('simulate', () => {
  // The hardliner never moves in this four-package space; the pragmatist no longer gives in to it
  // at the deadline, so the report is shown on two pragmatists.
  it('reports deal rate, rounds of agreement, utilities, distance and speed', async () => {
    const c = capture();
    expect(
      await run([FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '10', '--seed', '3'], c.io),
    ).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('simulate negotiation: us pragmatist vs cn pragmatist, 10 games from seed 3');
    expect(text).toMatch(/deals ratified\s+10 \(100\.0%\)/);
    expect(text).toMatch(/round of agreement\s+3: 4, 4: 6/);
    expect(text).toMatch(/mean utility\s+us 0\.750 {2}cn 0\.667/);
    expect(text).toMatch(/mean distance to frontier 0\.0000 \(10 deals\)/);
    expect(text).toMatch(/games per second\s+\d+/);
  });

  it('lists every game with its outcome and package in --json', async () => {
    const c = capture();
    expect(await run([FILE, '--us', 'linear', '--cn', 'cn-pragmatist', '--games', '3', '--json'], c.io)).toBe(
      0,
    );
    const j = JSON.parse(c.out.join('\n'));
    expect(c.err).toEqual([]);
    expect(j.players).toEqual({ us: 'linear', cn: 'cn-pragmatist' });
    expect(j.summary.games).toBe(3);
    expect(j.summary.agreementRounds).toEqual({ 3: 3 });
    expect(j.games.map((g: { seed: number }) => g.seed)).toEqual([1, 2, 3]);
    expect(j.games[0].outcome).toMatchObject({ kind: 'ratified', package: { tariff: 't0', beans: 'buy' } });
  });

  it('with --json, writes the scenario’s warnings into the JSON and nothing to stderr', async () => {
    // An event change that changes nothing is a warning.
    const text = readFileSync(FILE, 'utf8').replace(
      '      - { party: us, target: farmers, baseline: -5 }\n',
      '      - { party: us, target: farmers, baseline: -5 }\n      - { party: us, target: lead, baseline: 0 }\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const file = join(dir, 'warned.yaml');
    writeFileSync(file, text);
    try {
      const c = capture();
      expect(await run([file, '--us', 'linear', '--cn', 'linear', '--games', '2', '--json'], c.io)).toBe(0);
      expect(c.err).toEqual([]);
      const j = JSON.parse(c.out.join('\n'));
      expect(j.warnings.join('\n')).toContain('this change changes nothing');
      const plain = capture();
      expect(await run([file, '--us', 'linear', '--cn', 'linear', '--games', '2'], plain.io)).toBe(0);
      expect(plain.err.join('\n')).toContain('this change changes nothing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--us', 'ghost'], 'No persona "ghost" for us'],
    [['--eu', 'linear'], 'unknown option --eu'],
    [['--games', '0'], '--games must be a whole number'],
    [['--difficulty', 'brutal'], '--difficulty must be one of'],
  ])('refuses bad options %#', async (args, message) => {
    const c = capture();
    expect(await run([FILE, ...args], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(message);
  });

  it('fails with the loader’s message for a missing file', async () => {
    const c = capture();
    expect(await run(['no-such-file.yaml'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('no such file');
  });
});

describe('simulate: what the seeds and the events did', () => {
  it('says when every game was the same, and why', async () => {
    const file = 'src/cli/fixtures/two-issues.yaml';
    const c = capture();
    expect(await run([file, '--us', 'linear', '--cn', 'never-concede', '--games', '5'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain(
      'all 5 games were the same: the scenario has no random events and the players draw nothing from the seed, so the seeds changed nothing',
    );
    const j = capture();
    await run([file, '--us', 'linear', '--cn', 'never-concede', '--games', '5', '--json'], j.io);
    expect(JSON.parse(j.out.join('\n')).summary.identicalGames).toBe(true);
  });

  it('says nothing of the kind when the games differ', async () => {
    const c = capture();
    await run([FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '10', '--seed', '3'], c.io);
    expect(c.out.join('\n')).not.toContain('were the same');
    const j = capture();
    await run(
      [FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '10', '--seed', '3', '--json'],
      j.io,
    );
    expect(JSON.parse(j.out.join('\n')).summary.identicalGames).toBe(false);
  });

  it('says which walk-away value it measures against when an event moved it', async () => {
    // The glut (probability 0.5 a round) cuts the farmers' baseline: the US walk-away value falls.
    const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE);
    if (!loaded.ok) throw new Error('fixture invalid');
    const m = loaded.model;
    const before = walkAwayScore(m, 0);
    const after = walkAwayScore(applyEvents(m, ['glut']), 0);
    expect(after).toBeLessThan(before);
    const j = capture();
    await run([FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '20', '--json'], j.io);
    const out = JSON.parse(j.out.join('\n'));
    const glut = (g: { walkAway: { us: number } }) => g.walkAway.us === Number(after.toFixed(3));
    const moved = out.games.filter(glut).length;
    expect(out.games).toHaveLength(20);
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(20);
    for (const g of out.games)
      expect([Number(before.toFixed(3)), Number(after.toFixed(3))]).toContain(g.walkAway.us);
    expect(out.summary.walkAway).toEqual({
      beforeEvents: { us: before, cn: walkAwayScore(m, 1) },
      movedInGames: moved,
      afterEvents: { us: { min: after, max: after, games: moved }, cn: null },
    });
    const c = capture();
    await run([FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '20'], c.io);
    const text = c.out.join('\n');
    expect(text).toContain(
      `walk-away score           us ${before.toFixed(1)}  cn ${walkAwayScore(m, 1).toFixed(1)} (before any event)`,
    );
    expect(text).toContain(`moved by events           us ${after.toFixed(1)} in ${moved} of 20 games`);
    expect(text).toContain('against the walk-away (reservation) value after them');
  });
});
