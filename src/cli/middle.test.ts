// The computer on a GENIUS-style domain with no status quo and no conceding side, where one
// issue is best in the middle for each side (src/cli/fixtures/middle.yaml): it still reaches
// deals near the Pareto frontier, nearer than when the file forces the old monotone structure
// on the same payoffs (a status quo at the first option, conceded by the buyer).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { negotiatorFor, simulate } from '../ai';
import type { Model, Side } from '../engine';
import { loadScenario } from '../scenario';

const TEXT = readFileSync('src/cli/fixtures/middle.yaml', 'utf8');

/** The same payoffs with the structure the format used to require on every issue. */
const MONOTONE = TEXT.replace(/(\n {6}- \{ id: (p5|d60|v4), label: [^}]+\}\n)/g, (line, _all, last: string) => {
  const sq = { p5: 'p1', d60: 'd10', v4: 'v1' }[last];
  return `${line}    statusQuo: ${sq}\n    concededBy: buyer\n`;
});

function modelOf(text: string): Model {
  const r = loadScenario(text, 'middle.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.model;
}

const PAIRS = [
  ['pragmatist', 'pragmatist'],
  ['pragmatist', 'hardliner'],
  ['hardliner', 'pragmatist'],
] as const;

function play(model: Model, names: readonly [string, string]) {
  const side = (s: Side) => (seed: number) => {
    const r = negotiatorFor(model, s, names[s], { seed });
    if (!r.ok) throw new Error(r.message);
    return r.negotiator;
  };
  return simulate(model, [side(0), side(1)], { games: 20, seed: 1 });
}

describe('an issue best in the middle, without status quo or conceding side', () => {
  const open = modelOf(TEXT);
  const forced = modelOf(MONOTONE);
  const reports = PAIRS.map((p) => play(open, p));

  it('loads without structure, and the variant with it', () => {
    expect(open.issues.map((i) => [i.noStatusQuo, i.concededBy])).toEqual([
      [true, null],
      [true, null],
      [true, null],
    ]);
    expect(forced.issues.map((i) => [i.noStatusQuo ?? false, i.concededBy])).toEqual([
      [false, 0],
      [false, 0],
      [false, 0],
    ]);
  });

  it('reaches deals in most games, close to the frontier', () => {
    for (const r of reports) {
      expect(r.illegalMoves).toBe(0);
      expect(r.dealRate).toBeGreaterThanOrEqual(0.6);
      expect(r.meanDistance!).toBeLessThan(0.05);
    }
  });

  it('lands nearer the frontier than with the monotone structure forced on the same payoffs', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const flat = mean(reports.map((r) => r.meanDistance!));
    const mono = mean(PAIRS.map((p) => play(forced, p).meanDistance!));
    expect(flat).toBeLessThan(mono);
  });
});
