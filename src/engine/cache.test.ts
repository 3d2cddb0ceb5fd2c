// The bounded, value-keyed cache: limits, least-recently-used eviction, statistics, content
// hashes that survive a JSON round trip, and the engine's use of it in player views.
import { describe, expect, it } from 'vitest';
import { createCache } from './cache';
import { applyMove, currentModel, newGame } from './protocol';
import type { GameState } from './protocol-types';
import { baselineEvent, randomModel } from './testing';
import { valueHash } from './value-hash';
import { playerView } from './view';

describe('createCache', () => {
  it('builds a value once per key and counts hits, misses and builds by kind', () => {
    const cache = createCache();
    let builds = 0;
    const make = () => ({ n: ++builds });
    expect(cache.memo('a|1', make)).toEqual({ n: 1 });
    expect(cache.memo('a|1', make)).toEqual({ n: 1 });
    expect(cache.memo('b|1', make)).toEqual({ n: 2 });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 2, built: { a: 1, b: 1 } });
  });

  it('never holds more entries than its limit, dropping the least recently used', () => {
    const cache = createCache({ maxEntries: 10 });
    for (let i = 0; i < 100; i++) {
      cache.memo(`k|${i}`, () => i);
      cache.memo('k|keep', () => 'kept'); // used every time: never the least recent
      expect(cache.stats().entries).toBeLessThanOrEqual(10);
    }
    let rebuilt = false;
    cache.memo('k|keep', () => {
      rebuilt = true;
      return 'again';
    });
    expect(rebuilt).toBe(false);
    expect(cache.memo('k|99', () => -1)).toBe(99);
    expect(cache.memo('k|0', () => -1)).toBe(-1);
    expect(cache.stats().evictions).toBeGreaterThan(80);
  });

  it('never holds more than its byte budget, and does not keep an entry larger than all of it', () => {
    const cache = createCache({ maxBytes: 1000 });
    for (let i = 0; i < 50; i++) {
      cache.memo(
        `k|${i}`,
        () => i,
        () => 90,
      );
      expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
    }
    const before = cache.stats().entries;
    expect(
      cache.memo(
        'big|1',
        () => 'big',
        () => 5000,
      ),
    ).toBe('big');
    expect(cache.stats().entries).toBe(before);
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
  });

  it('hashes content, not identity: a JSON round trip hashes alike, any change does not', () => {
    const cache = createCache();
    const value = { a: [1, 2.5, -0, 'x'], b: { c: null, d: true }, e: undefined };
    const copy = JSON.parse(JSON.stringify(value)) as typeof value;
    expect(cache.hashOf(copy)).toBe(cache.hashOf(value));
    expect(valueHash({ a: [1, 2.5, 0, 'x'], b: { c: null, d: true } })).toBe(cache.hashOf(value));
    for (const other of [
      { ...value, a: [1, 2.5, 0, 'y'] },
      { ...value, a: [1, 2.5000001, 0, 'x'] },
      { ...value, b: { c: null, d: false } },
      { ...value, f: 1 },
      { a: value.b, b: value.a },
    ])
      expect(valueHash(other)).not.toBe(cache.hashOf(value));
    expect(cache.hashOf(value, (v) => v.b)).toBe(valueHash(value.b));
  });
});

describe('player views with a cache', () => {
  const model = {
    ...randomModel(3),
    events: [
      baselineEvent('a', { probability: 0.5, fromRound: 1 }, [[0, -7]]),
      baselineEvent('b', { probability: 0.5, fromRound: 1 }, [[1, 9]]),
    ],
  };

  /** States along a game in which both sides keep proposing the status quo. */
  function states(seed: number): GameState[] {
    let state = newGame(model, seed);
    const out = [state];
    while (!state.outcome) {
      const r = applyMove(model, state, {
        type: 'propose',
        side: state.turn,
        package: model.issues.map(() => 0),
      });
      if (!r.ok) throw new Error(r.rejection.code);
      state = r.state;
      out.push(state);
    }
    return out;
  }

  it('are equal to views without one, whatever events fired, and share the changed model', () => {
    const cache = createCache();
    for (let seed = 0; seed < 12; seed++) {
      for (const state of states(seed)) {
        for (const side of [0, 1] as const)
          expect(playerView(model, state, side, cache)).toEqual(playerView(model, state, side));
        expect(currentModel(model, state, cache)).toBe(currentModel(model, state, cache));
      }
    }
    expect(cache.stats().built.ground).toBeGreaterThan(2);
  });
});
