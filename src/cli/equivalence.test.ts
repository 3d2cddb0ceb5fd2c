// The computer's fast paths change no move on the shipped scenarios: a game played as usual
// (one cache, negotiators keeping what they found between moves) has the same log, outcome and
// results as the game played on package spaces made the straightforward way (plainSpace) and as
// the game played with nothing kept between moves (a new cache and negotiator for each move).
// src/ai/equivalence.test.ts does the same on generated scenarios with statements and events.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { negotiatorFor, plainSpace, spaceCacheKey } from '../ai';
import {
  applyMove,
  type Cache,
  createCache,
  type GameState,
  type Model,
  newGame,
  playerView,
} from '../engine';
import { loadScenario } from '../scenario';

function load(file: string): Model {
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.model;
}

type Mode = 'usual' | 'plain' | 'forgetful';

function play(model: Model, names: readonly [string, string], seed: number, mode: Mode, shared: Cache) {
  const make = (side: 0 | 1) => {
    const r = negotiatorFor(model, side, names[side], { seed });
    if (!r.ok) throw new Error(r.message);
    return r.negotiator;
  };
  const kept = [make(0), make(1)] as const;
  let state: GameState = newGame(model, seed);
  for (let guard = 0; guard < 2 * model.rules.rounds + 2 && !state.outcome; guard++) {
    const cache = mode === 'forgetful' ? createCache() : shared;
    const view = playerView(model, state, state.turn, cache);
    if (mode === 'plain') cache.memo(spaceCacheKey(view, cache), () => plainSpace(view));
    const move = (mode === 'forgetful' ? make(state.turn) : kept[state.turn]).decide(view, cache);
    if (!move) throw new Error('no move');
    const r = applyMove(model, state, move, cache);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return { log: state.log, outcome: state.outcome, results: state.results };
}

describe('fast paths on the shipped scenarios', () => {
  const cases = [
    { file: 'scenarios/busan-2025.yaml', games: 1 },
    { file: 'scenarios/tutorial.yaml', games: 6 },
  ];
  const pairs = [
    ['pragmatist', 'pragmatist'],
    ['hardliner', 'dealmaker'],
    ['dealmaker', 'random'],
  ] as const;
  it.each(cases)(
    'make the same moves in $file',
    ({ file, games }) => {
      const model = load(file);
      const shared = createCache();
      const plain = createCache();
      for (const pair of pairs) {
        for (let g = 0; g < games; g++) {
          const seed = 11 + 5 * g;
          const usual = play(model, pair, seed, 'usual', shared);
          expect(play(model, pair, seed, 'plain', plain)).toEqual(usual);
          expect(play(model, pair, seed, 'forgetful', shared)).toEqual(usual);
        }
      }
    },
    120_000,
  );
});
