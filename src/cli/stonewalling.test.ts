// Stonewalling must not pay: on every shipped scenario (scenarios/*.yaml, so scenarios added later
// are covered too), from both sides and against every persona of the other side, the stubborn
// baseline earns a lower mean utility and closes fewer deals over 200 seeds than the side's own
// normal-difficulty persona against the same opponent. Runs `simulate --json` as the CLI does.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model, Side } from '../engine';
import { SIDES } from '../engine';
import { loadScenario } from '../scenario';
import type { Output } from './io';
import { run } from './simulate';

const GAMES = 200;
const FILES = readdirSync('scenarios')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `scenarios/${f}`);

function load(file: string): Model {
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.model;
}

interface Summary {
  readonly meanUtility: Record<string, number>;
  readonly dealRate: number;
}

/** `simulate FILE --<party> NAME … --games 200 --json`; nothing may go to stderr. */
async function simulate(file: string, players: Record<string, string>): Promise<Summary> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const flags = Object.entries(players).flatMap(([party, name]) => [`--${party}`, name]);
  expect(await run([file, ...flags, '--games', String(GAMES), '--json'], io)).toBe(0);
  expect(err).toEqual([]);
  return JSON.parse(out.join('\n')).summary;
}

describe.each(FILES)('stonewalling does not pay on %s', (file) => {
  const model = load(file);
  const cases = SIDES.flatMap((side: Side) => {
    const normal = model.personas.find((p) => p.side === side && p.difficulty === 'normal');
    return model.personas
      .filter((p) => p.side !== side)
      .map((opponent) => ({ side, normal: normal?.id ?? '', opponent: opponent.id }));
  });

  it('has a normal-difficulty persona on each side and opponents to play', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.normal).not.toBe('');
  });

  it.each(cases)(
    '$normal vs $opponent, and stubborn in its place',
    async ({ side, normal, opponent }) => {
      const me = model.parties[side].id;
      const them = model.parties[side === 0 ? 1 : 0].id;
      const stubborn = await simulate(file, { [me]: 'stubborn', [them]: opponent });
      const persona = await simulate(file, { [me]: normal, [them]: opponent });
      const line = (s: Summary) =>
        `utility ${s.meanUtility[me]!.toFixed(3)}, deal rate ${s.dealRate.toFixed(3)}`;
      console.log(`${file} ${me} vs ${opponent}: stubborn ${line(stubborn)}; ${normal} ${line(persona)}`);
      expect(stubborn.meanUtility[me]).toBeLessThan(persona.meanUtility[me]!);
      expect(stubborn.dealRate).toBeLessThan(persona.dealRate);
    },
    300_000,
  );
});
