import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { loadScenario } from '../scenario';
import { summarize } from './summary';

const loaded = loadScenario(readFileSync('scenarios/busan-2025.yaml', 'utf8'), 'busan-2025.yaml');
if (!loaded.ok) throw new Error('Busan does not load');
const result = analyze(loaded.model);
if (!result.ok) throw new Error('not analysed');
const a = result.analysis;
const s = summarize(a);
const sum = (xs: Uint32Array) => xs.reduce((t, x) => t + x, 0);

describe('the Lab summary', () => {
  it('has the analysis figures', () => {
    expect(s.packages).toBe(a.count);
    expect(s.zopa).toBe(a.zopa.length);
    expect(s.frontier).toHaveLength(a.frontier.length);
    expect(s.nash?.u).toEqual([a.utility[0][a.nash!], a.utility[1][a.nash!]]);
    expect(s.historical?.inZopa).toBeTypeOf('boolean');
    expect(s.issues).toHaveLength(loaded.ok ? loaded.model.issues.length : 0);
  });

  it('counts every package once in the density grid, and the zone within it', () => {
    expect(sum(s.density.all)).toBe(a.count);
    expect(sum(s.density.zopa)).toBe(a.zopa.length);
  });

  it("holds each side's win-set: the zone of agreement lies inside both", () => {
    for (const k of [0, 1] as const) {
      expect(s.winSet[k]).toBeGreaterThanOrEqual(s.zopa);
      expect(s.winSet[k]).toBeLessThanOrEqual(s.aboveWalkAway[k]);
    }
  });
});
