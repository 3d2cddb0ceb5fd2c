// The computer's package spaces live in a cache keyed by value: a view rebuilt from JSON (as a
// server sends it) reuses what the original view built, and views on different payoffs (other
// events fired, a statement made, another scenario) never share a space.
import { describe, expect, it } from 'vitest';
import type { Model, PlayerView, Side } from '../engine';
import { applyMove, createCache, type GameState, newGame, playerView } from '../engine';
import { baselineEvent, issueZeroStatement, randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { ownSpace } from './space';
import { withPersonas } from './testing';

const shape = { issues: [4, 5], options: [3, 4], factors: [2, 3], range: 40 } as const;

/** A model with a scripted event for each side in round 2 and a statement for each side. */
function scenario(seed: number): Model {
  const m = withPersonas(randomModel(seed, shape));
  return {
    ...m,
    events: [
      baselineEvent('shock-a', { round: 2 }, [[0, -9]]),
      baselineEvent('shock-b', { round: 2 }, [[1, 6]]),
    ],
    statements: [issueZeroStatement('never-a', 0, 1, -15), issueZeroStatement('never-b', 1, 0, -12)],
  };
}

/**
 * Every view along a game between two pragmatists, both sides' views at each state; with
 * `statements`, both sides open with a status-quo proposal that makes their statement.
 */
function viewsOf(model: Model, seed: number, statements = false): PlayerView[] {
  const cache = createCache();
  const sides = ([0, 1] as const).map((s) => {
    const r = negotiatorFor(model, s, 'pragmatist', { seed });
    if (!r.ok) throw new Error(r.message);
    return r.negotiator;
  });
  let state: GameState = newGame(model, seed);
  const views: PlayerView[] = [];
  const opening = statements ? ['never-a', 'never-b'] : [];
  while (!state.outcome) {
    for (const side of [0, 1] as const) views.push(playerView(model, state, side, cache));
    const statement = opening[state.log.filter((e) => e.kind === 'move').length];
    const move = statement
      ? {
          type: 'propose' as const,
          side: state.turn,
          package: model.issues.map((i) => i.statusQuo),
          statement,
        }
      : sides[state.turn]!.decide(playerView(model, state, state.turn, cache), cache);
    const r = applyMove(model, state, move!, cache);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return views;
}

const roundTrip = (view: PlayerView): PlayerView => JSON.parse(JSON.stringify(view)) as PlayerView;

describe('the cache of package spaces', () => {
  it('serves a view rebuilt from JSON without building anything, and decides the same', () => {
    const model = scenario(5);
    const cache = createCache();
    const pragmatist = (side: Side) => {
      const r = negotiatorFor(model, side, 'pragmatist', { seed: 5 });
      if (!r.ok) throw new Error(r.message);
      return r.negotiator;
    };
    let decided = 0;
    for (const view of viewsOf(model, 5)) {
      if (view.turn !== view.side) continue;
      const ai = pragmatist(view.side);
      const move = ai.decide(view, cache);
      const before = cache.stats();
      expect(ai.decide(roundTrip(view), cache)).toEqual(move);
      const after = cache.stats();
      expect(after.misses).toBe(before.misses);
      expect(after.built).toEqual(before.built);
      expect(after.hits).toBeGreaterThan(before.hits);
      // And a fresh cache decides the same from the JSON view alone.
      expect(ai.decide(roundTrip(view), createCache())).toEqual(move);
      decided++;
    }
    expect(decided).toBeGreaterThan(4);
  });

  it('never shares a space between different payoffs, statements made or scenarios', () => {
    const models = [scenario(5), scenario(6)];
    // Same scenario id and content hash ('test'), different payoffs: only the content tells them apart.
    expect(models[0]!.contentHash).toBe(models[1]!.contentHash);
    const views = models.flatMap((m, k) => [...viewsOf(m, 5 + k), ...viewsOf(m, 5 + k, true)]);
    expect(new Set(views.map((v) => v.fired.join())).size).toBeGreaterThan(1);
    expect(new Set(views.map((v) => v.statementsMade.join('/'))).size).toBeGreaterThan(1);
    const shared = createCache();
    const seen = new Map<string, string>();
    for (const view of views) {
      const space = ownSpace(view, shared);
      const fresh = ownSpace(roundTrip(view), createCache());
      expect([...space.candidates]).toEqual([...fresh.candidates]);
      expect([...space.scores]).toEqual([...fresh.scores]);
      expect(space.walkAway).toBe(view.ownWalkAway);
      const what = JSON.stringify([
        view.side,
        view.own,
        view.statementsMade[view.side],
        view.statementOptions,
      ]);
      const before = seen.get(space.key);
      if (before !== undefined) expect(what).toBe(before);
      seen.set(space.key, what);
    }
    expect(new Set(seen.keys()).size).toBeGreaterThanOrEqual(6);
  });

  it('keeps the cache within its bounds however many spaces a run meets', () => {
    const cache = createCache({ maxEntries: 40, maxBytes: 4 * 2 ** 20 });
    for (let seed = 0; seed < 6; seed++) {
      for (const view of viewsOf(scenario(seed), seed)) {
        ownSpace(view, cache);
        const s = cache.stats();
        expect(s.entries).toBeLessThanOrEqual(40);
        expect(s.bytes).toBeLessThanOrEqual(4 * 2 ** 20);
      }
    }
    expect(cache.stats().evictions).toBeGreaterThan(0);
  });
});
