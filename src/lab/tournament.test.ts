import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../ai';
import { loadScenario } from '../scenario';
import { factories, personaPairs, playPair } from './tournament';

const loaded = loadScenario(readFileSync('scenarios/tutorial.yaml', 'utf8'), 'tutorial.yaml');
if (!loaded.ok) throw new Error('tutorial does not load');
const model = loaded.model;

describe('tournament', () => {
  it('pairs every persona of one side with every persona of the other', () => {
    const pairs = personaPairs(model);
    const count = (s: 0 | 1) => model.personas.filter((p) => p.side === s).length;
    expect(pairs).toHaveLength(count(0) * count(1));
    expect(new Set(pairs.map((p) => p.join('|'))).size).toBe(pairs.length);
  });

  it('measures batched games exactly as one simulate run over the same seeds', () => {
    for (const pair of personaPairs(model).slice(0, 3)) {
      let reported = 0;
      const stats = playPair(model, pair, { seeds: 7, firstSeed: 11, batch: 3 }, (g) => {
        reported += g;
      });
      const report = simulate(model, factories(model, pair), { games: 7, seed: 11 });
      expect(reported).toBe(7);
      expect(stats.games).toBe(report.games);
      expect(stats.ratified).toBe(report.ratified);
      expect(stats.dealRate).toBe(report.dealRate);
      expect(stats.meanUtility).toEqual(report.meanUtility);
      expect(stats.meanDistance).toBe(report.meanDistance);
      expect(stats.walkAways).toBe(report.walkAways);
      expect(stats.deadlines).toBe(report.deadlines);
      expect(stats.failsAtHome[0] + stats.failsAtHome[1]).toBeGreaterThanOrEqual(report.rejectedAtHome);
      const agreed = Object.entries(report.agreementRounds);
      const n = agreed.reduce((s, [, c]) => s + c, 0);
      const mean = n > 0 ? agreed.reduce((s, [r, c]) => s + Number(r) * c, 0) / n : null;
      expect(stats.meanAgreementRound).toBe(mean);
    }
  }, 60_000);
});
