import { describe, expect, it } from 'vitest';
import type { Model, Side } from '../engine';
import {
  applyMove,
  createCache,
  newGame,
  packageAt,
  packageCount,
  playerView,
  scorePackage,
  walkAwayScore,
} from '../engine';
import { randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { ownSpace } from './space';
import { withPersonas } from './testing';
import { halfSums, indexHalves } from './space-order';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();

describe('own package space', () => {
  it.each([0, 1] as const)(
    'holds exactly the ratified packages better than walking away, best first (side %i)',
    (side: Side) => {
      for (let seed = 0; seed < 15; seed++) {
        const model = randomModel(seed);
        const space = ownSpace(playerView(model, newGame(model, 1), side, cache), cache);
        const wa = walkAwayScore(model, side);
        const expected: number[] = [];
        for (let i = 0; i < packageCount(model); i++) {
          const s = scorePackage(model, side, packageAt(model, i));
          if (s.ratified && s.score > wa) expected.push(i);
        }
        expect([...space.candidates].sort((a, b) => a - b)).toEqual(expected);
        for (let k = 1; k < space.scores.length; k++)
          expect(space.scores[k]!).toBeLessThanOrEqual(space.scores[k - 1]!);
      }
    },
    60_000,
  );

  it('is shared by views with the same payoffs and rebuilt when a statement adds audience costs', () => {
    const base = randomModel(4);
    const model: Model = {
      ...base,
      statements: [
        {
          id: 'st',
          side: 0,
          text: 'never',
          breaks: [{ issue: 0, options: [0, 1] }],
          costs: [{ kind: 'constituency', factor: 0, change: -30 }],
        },
      ],
    };
    const a = ownSpace(playerView(model, newGame(model, 1), 0, cache), cache);
    const b = ownSpace(playerView(model, newGame(model, 2), 0, cache), cache);
    expect(b).toBe(a);
    const r = applyMove(model, newGame(model, 1), {
      type: 'propose',
      side: 0,
      package: base.issues.map(() => 0),
      statement: 'st',
    });
    if (!r.ok) throw new Error(r.rejection.code);
    const c = ownSpace(playerView(model, r.state, 0, cache), cache);
    expect(c).not.toBe(a);
    expect(c.candidates.length).toBeLessThanOrEqual(a.candidates.length);
  });

  it('samples a space too large to score in full, keeping only valid candidates', () => {
    const model = randomModel(2, { issues: [9, 9], options: [6, 6], factors: [1, 2], range: 30 });
    const view = playerView(model, newGame(model, 1), 1);
    const space = ownSpace(view, cache);
    expect(space.sampled).toBe(true);
    expect(space.candidates.length).toBeGreaterThan(0);
    for (let k = 0; k < space.candidates.length; k += 97) {
      const s = scorePackage(model, 1, space.packageAt(space.candidates[k]!));
      expect(s.ratified && s.score > view.ownWalkAway).toBe(true);
      expect(s.score).toBe(space.scores[k]);
    }
    // The band search reads a sampled space's packages (its keys are not package indices).
    const mover = withPersonas(model);
    const state = newGame(mover, 1);
    const r = negotiatorFor(mover, state.turn, 'pragmatist', { seed: 1 });
    if (!r.ok) throw new Error(r.message);
    const move = r.negotiator.decide(playerView(mover, state, state.turn), cache);
    expect(move?.type).toBe('propose');
    if (move?.type !== 'propose') return;
    const s = scorePackage(mover, state.turn, move.package);
    expect(s.ratified && s.score > walkAwayScore(mover, state.turn)).toBe(true);
  }, 60_000);
});

describe('index halves', () => {
  it('sum a per-option table over issues as summing it package by package does', () => {
    let seed = 7;
    const draw = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed / 2147483647) * 2 - 1;
    };
    for (const counts of [[3], [2, 3], [3, 3, 3, 3, 3, 4, 2, 4, 3, 3, 2], [5, 1, 4, 2, 6]]) {
      const h = indexHalves(counts);
      expect(h.upper * h.lower).toBe(counts.reduce((a, b) => a * b, 1));
      const stride = Math.max(...counts);
      const table = Float64Array.from({ length: counts.length * stride }, draw);
      const [up, low] = [new Float64Array(h.upper), new Float64Array(h.lower)];
      halfSums(h, table, stride, true, up);
      halfSums(h, table, stride, false, low);
      const model = {
        issues: counts.map((n) => ({ options: Array.from({ length: n }) })),
      } as unknown as Model;
      for (let x = 0; x < h.upper * h.lower; x++) {
        const pkg = packageAt(model, x);
        const direct = pkg.reduce((s, o, i) => s + table[i * stride + o]!, 0);
        const u = Math.floor(x / h.lower);
        expect(up[u]! + low[x - u * h.lower]!).toBeCloseTo(direct, 12);
      }
    }
  });
});
