// The computer's negotiator is made for each game from the game's seed: its floor and its choices
// to walk out differ between games, and the same game replays to the same moves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameState, Model, Move } from '../engine';
import { applyMove, createCache, newGame, statusQuo } from '../engine';
import { loadScenario } from '../scenario';
import * as ai from '../ai';
import { computerMove } from './computer';

const model: Model = (() => {
  const r = loadScenario(readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini.yaml does not load');
  return r.model;
})();

/** The hardliner (China) against a US player who proposes the status quo every round. */
function stonewalled(seed: number): string {
  const cache = createCache();
  let state: GameState = newGame(model, seed);
  while (!state.outcome) {
    const move: Move =
      state.turn === 1
        ? computerMove(ai, model, state, 1, 'cn-hardliner', null, cache)
        : { type: 'propose', side: 0, package: statusQuo(model) };
    const r = applyMove(model, state, move, cache);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return `${state.outcome.kind}@${state.outcome.round}`;
}

describe('the computer’s move', () => {
  it('comes from a negotiator made with the game’s seed', () => {
    const outcomes = Array.from({ length: 12 }, (_, seed) => stonewalled(seed + 1));
    expect(new Set(outcomes).size).toBeGreaterThan(1);
    expect(Array.from({ length: 12 }, (_, seed) => stonewalled(seed + 1))).toEqual(outcomes);
  });
});
