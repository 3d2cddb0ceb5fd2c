// The computer's fast paths change no move. Whole games are played three ways and their logs
// (moves with their reasons and statements, events, outcome, results) must be equal: as usual
// (one cache for every game, each negotiator keeping what it found between its moves); with
// every package space made the straightforward way (plainSpace: every package scored by
// scorePackage, sorted by comparisons); and with nothing kept between decisions (a new cache
// and a new negotiator for every move). The building blocks are checked against plain
// computations too: the order of candidates, countAtLeast and the statement a space keeps.
import { describe, expect, it } from 'vitest';
import type { Cache, GameState, Model, Side } from '../engine';
import { applyMove, breaksStatement, createCache, newGame, playerView } from '../engine';
import { baselineEvent, issueZeroStatement, randomModel } from '../engine/testing';
import type { NegotiatorFactory } from './simulate';
import { negotiatorFor } from './personas';
import { countAtLeast, type OwnSpace, ownSpace, plainSpace, spaceCacheKey, statementKept } from './space';
import { sortedCandidates } from './space-order';
import { withPersonas } from './testing';

/** How a game is played: as usual, on straightforward spaces, or with nothing kept between moves. */
type Mode = 'usual' | 'plain' | 'forgetful';

/** A generated scenario with personas, events for both sides and a statement for each side. */
function scenario(seed: number): Model {
  const m = withPersonas(randomModel(seed, { issues: [4, 6], options: [2, 4], factors: [2, 4], range: 40 }));
  return {
    ...m,
    events: [
      baselineEvent('shock-a', { round: 2 }, [[0, -9]]),
      baselineEvent('lift-b', { probability: 0.5, fromRound: 2 }, [[1, 7]]),
      baselineEvent('lift-a', { probability: 0.4, fromRound: 3 }, [[0, 5]]),
    ],
    statements: [issueZeroStatement('never-a', 0, 1, -15), issueZeroStatement('never-b', 1, 0, -12)],
  };
}

const factory =
  (model: Model, side: Side, name: string): NegotiatorFactory =>
  (seed) => {
    const r = negotiatorFor(model, side, name, { seed });
    if (!r.ok) throw new Error(r.message);
    return r.negotiator;
  };

/** Play one game in a mode; `shared` is the cache of the usual and plain modes. */
function play(model: Model, names: readonly [string, string], seed: number, mode: Mode, shared: Cache) {
  const make = [factory(model, 0, names[0]), factory(model, 1, names[1])] as const;
  const kept = [make[0](seed), make[1](seed)] as const;
  let state: GameState = newGame(model, seed);
  for (let guard = 0; guard < 2 * model.rules.rounds + 2 && !state.outcome; guard++) {
    const cache = mode === 'forgetful' ? createCache() : shared;
    const view = playerView(model, state, state.turn, cache);
    if (mode === 'plain') cache.memo(spaceCacheKey(view, cache), () => plainSpace(view));
    const negotiator = mode === 'forgetful' ? make[state.turn](seed) : kept[state.turn];
    const move = negotiator.decide(view, cache);
    if (!move) throw new Error('no move');
    const r = applyMove(model, state, move, cache);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return { log: state.log, outcome: state.outcome, results: state.results };
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['pragmatist', 'pragmatist'],
  ['hardliner', 'dealmaker'],
  ['dealmaker', 'hardliner'],
  ['random', 'pragmatist'],
  ['linear', 'hardliner'],
  ['never-concede', 'always-concede'],
  ['stubborn', 'dealmaker'],
];

describe('fast paths', () => {
  it('make the same moves as straightforward spaces and as decisions that keep nothing', () => {
    const shared = createCache();
    const plain = createCache();
    let statements = 0;
    for (let s = 0; s < 6; s++) {
      const model = scenario(s);
      PAIRS.forEach((pair, k) => {
        const seed = 40 + 7 * s + k;
        const usual = play(model, pair, seed, 'usual', shared);
        expect(play(model, pair, seed, 'plain', plain)).toEqual(usual);
        expect(play(model, pair, seed, 'forgetful', shared)).toEqual(usual);
        statements += usual.log.filter(
          (e) => e.kind === 'move' && e.move.type === 'propose' && e.move.statement,
        ).length;
      });
    }
    // The games exercise statements made (and so spaces with audience costs).
    expect(statements).toBeGreaterThan(0);
  }, 120_000);
});

/** Spaces of both sides along a few games, for the building-block checks. */
function spaces(): { space: OwnSpace; plain: OwnSpace; view: ReturnType<typeof playerView> }[] {
  const out: { space: OwnSpace; plain: OwnSpace; view: ReturnType<typeof playerView> }[] = [];
  const cache = createCache();
  for (let s = 0; s < 4; s++) {
    const model = scenario(100 + s);
    let state = newGame(model, s);
    const sides = [factory(model, 0, 'dealmaker')(s), factory(model, 1, 'pragmatist')(s)] as const;
    while (!state.outcome) {
      const view = playerView(model, state, state.turn, cache);
      out.push({ space: ownSpace(view, cache), plain: plainSpace(view), view });
      const r = applyMove(model, state, sides[state.turn].decide(view, cache)!, cache);
      if (!r.ok) throw new Error(r.rejection.code);
      state = r.state;
    }
  }
  return out;
}

describe('space building blocks', () => {
  const all = spaces();

  it('order and score the candidates as the straightforward construction does', () => {
    for (const { space, plain } of all) {
      expect([...space.candidates]).toEqual([...plain.candidates]);
      expect([...space.scores]).toEqual([...plain.scores]);
      expect([...space.coarse]).toEqual([...plain.coarse]);
    }
  });

  it('count the candidates at least as good as any score as a scan does', () => {
    for (const { space } of all) {
      const probes = [...space.scores.filter((_, k) => k % 17 === 0)].flatMap((x) => [x, x + 1e-9, x - 1e-9]);
      for (const g of [-Infinity, Infinity, space.walkAway, space.best, ...probes])
        expect(countAtLeast(space, g)).toBe(space.scores.filter((x) => x >= g).length);
    }
  });

  it('find the statement no top candidate breaks as checking each one does', () => {
    for (const { space, view } of all) {
      for (const n of [0, 1, 2, 3, 5, 8, 13, 40, 200, space.candidates.length, space.candidates.length + 1]) {
        const own = view.statementOptions.filter((st) => st.side === view.side && st.costs !== undefined);
        const top = Array.from({ length: Math.min(n, space.candidates.length) }, (_, k) =>
          space.packageAt(space.candidates[k]!),
        );
        const plain =
          n <= 0 || n > 5000
            ? null
            : (own.find((st) => top.every((pkg) => !breaksStatement({ ...st, costs: [] }, pkg)))?.id ?? null);
        expect(statementKept(view, space, n)).toBe(plain);
      }
    }
  });

  it('sort any scores as comparisons do: best first, ties (to 2^-24) to the lower key', () => {
    const q = (x: number) => Math.round((100 - x) * 2 ** 24);
    const cases: number[][] = [
      [],
      [50],
      Array.from({ length: 5000 }, (_, k) => 40 + ((k * 7919) % 97) / 8),
      Array.from({ length: 3000 }, (_, k) => 60 + ((k * 31) % 5) * 1e-9),
      Array.from({ length: 3000 }, (_, k) => (k % 3 === 0 ? 99.5 : 10 + ((k * 13) % 1000) / 999)),
      Array.from({ length: 400 }, (_, k) => 100 - ((k * 37) % 400) * 2 ** -20),
      [120, -5, 50, 50, 200, -1e6],
    ];
    for (const scores of cases) {
      const index = Int32Array.from(scores.keys(), (k) => 3 * k);
      const [keys, sorted] = sortedCandidates(index, Float64Array.from(scores));
      const expected = [...scores.keys()].sort((a, b) => q(scores[a]!) - q(scores[b]!) || a - b);
      expect([...keys]).toEqual(expected.map((k) => 3 * k));
      expect([...sorted]).toEqual(expected.map((k) => scores[k]!));
    }
  });
});
