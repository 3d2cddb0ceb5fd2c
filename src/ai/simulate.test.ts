import { describe, expect, it } from 'vitest';
import {
  analyze,
  createCache,
  currentModel,
  distanceToFrontier,
  type GameEvent,
  type Model,
} from '../engine';
import { randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { playGame, simulate } from './simulate';
import { withPersonas } from './testing';

const model = withPersonas(randomModel(9, { issues: [4, 5], options: [2, 4], factors: [2, 3], range: 40 }));
const factory = (side: 0 | 1, name: string) => (seed: number) => {
  const r = negotiatorFor(model, side, name, { seed });
  if (!r.ok) throw new Error(r.message);
  return r.negotiator;
};

describe('simulate', () => {
  it('accounts for every game and is the same for the same seeds', () => {
    const run = () =>
      simulate(model, [factory(0, 'random'), factory(1, 'dealmaker')], { games: 30, seed: 4 });
    const r = run();
    expect(r.ratified + r.rejectedAtHome + r.walkAways + r.deadlines).toBe(30);
    expect(r.illegalMoves).toBe(0);
    expect(r.records.map((g) => g.seed)).toEqual(Array.from({ length: 30 }, (_, i) => 4 + i));
    expect(r.dealRate).toBe(r.ratified / 30);
    const agreed = r.records.filter(
      (g) => g.outcome?.kind === 'ratified' || g.outcome?.kind === 'rejectedAtHome',
    );
    expect(Object.values(r.agreementRounds).reduce((a, b) => a + b, 0)).toBe(agreed.length);
    for (const [round, n] of Object.entries(r.agreementRounds))
      expect(agreed.filter((g) => g.outcome?.round === Number(round)).length).toBe(n);
    expect(run()).toEqual(r);
  });

  it('plays the same moves without reasons when asked not to explain', () => {
    const run = (explain: boolean) =>
      simulate(model, [factory(0, 'pragmatist'), factory(1, 'hardliner')], { games: 12, seed: 3, explain });
    const moves = (r: ReturnType<typeof run>) =>
      r.records.map((g) => g.log.flatMap((e) => (e.kind === 'move' ? [e.move] : [])));
    const [told, silent] = [moves(run(true)), moves(run(false))];
    expect(told.flat().every((m) => m.reason !== undefined)).toBe(true);
    expect(silent.flat().some((m) => m.reason !== undefined)).toBe(false);
    expect(silent).toEqual(told.map((game) => game.map(({ reason: _, ...m }) => m)));
  });

  it('keeps what it measures by in the cache: a run in batches analyses each payoff state once', () => {
    // Two chance events: games end on up to four payoff states.
    const event = (id: string, side: 0 | 1): GameEvent => ({
      id,
      name: id,
      news: id,
      round: null,
      probability: 0.3,
      fromRound: 2,
      changes: [{ side, kind: 'constituency', factor: 0, baseline: 10 }],
    });
    const eventful: Model = { ...model, events: [event('a', 0), event('b', 1)] };
    const made = (side: 0 | 1, name: string) => (seed: number) => {
      const r = negotiatorFor(eventful, side, name, { seed });
      if (!r.ok) throw new Error(r.message);
      return r.negotiator;
    };
    const cache = createCache();
    const sides = [made(0, 'dealmaker'), made(1, 'dealmaker')] as const;
    const whole = simulate(eventful, [...sides], { games: 20, seed: 5, explain: false });
    const batches = [0, 5, 10, 15].map((g) =>
      simulate(eventful, [...sides], { games: 5, seed: 5 + g, cache, explain: false }),
    );
    expect(batches.flatMap((b) => b.records)).toEqual(whole.records);
    const states = new Set(whole.records.map((g) => JSON.stringify([g.walkAway, g.reservation])));
    expect(states.size).toBeGreaterThan(1);
    expect(cache.stats().built.yardstick).toBe(states.size);
    // Each deal's distance is the one the whole analysis of its final payoffs gives.
    const deals = whole.records.filter((g) => g.outcome?.kind === 'ratified');
    expect(deals.length).toBeGreaterThan(5);
    for (const g of whole.records) {
      const { state } = playGame(eventful, [sides[0](g.seed), sides[1](g.seed)], g.seed, createCache());
      const r = analyze(currentModel(eventful, state));
      if (!r.ok) throw new Error(r.error.message);
      const expected =
        state.outcome?.kind === 'ratified' ? distanceToFrontier(r.analysis, state.outcome.package) : null;
      expect(g.distance).toBe(expected);
    }
  });

  it('measures utilities on the normalised scale and distances only for deals', () => {
    const r = simulate(model, [factory(0, 'pragmatist'), factory(1, 'always-concede')], {
      games: 10,
      seed: 1,
    });
    for (const g of r.records) {
      expect(g.utility?.every((u) => u >= -1 && u <= 1)).toBe(true);
      expect(g.distance === null).toBe(g.outcome?.kind !== 'ratified');
    }
    expect(r.meanUtility?.[0]).toBeCloseTo(r.records.reduce((a, g) => a + g.utility![0], 0) / 10, 10);
  });

  it('times the play only when given a clock', () => {
    let t = 0;
    const r = simulate(model, [factory(0, 'linear'), factory(1, 'linear')], {
      games: 2,
      seed: 1,
      clock: () => (t += 5),
    });
    expect(r.playTime).toBe(5);
    expect(
      simulate(model, [factory(0, 'linear'), factory(1, 'linear')], { games: 2, seed: 1 }).playTime,
    ).toBeNull();
  });
});
