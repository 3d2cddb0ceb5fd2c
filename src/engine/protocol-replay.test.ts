import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameEvent, Model, Side, Statement } from './model';
import { applyMove, newGame } from './protocol';
import type { GameState, Move } from './protocol-types';
import { loadLog, parseSavedLog, replayLog, saveLog } from './replay';
import { nextFloat, nextInt, type RngState, seedRng } from './rng';
import { baselineEvent, issueZeroStatement, randomModel } from './testing';

/** A random model with a scripted event, a drawn one and a statement per side. */
function gameModel(seed: number): Model {
  const m = randomModel(seed);
  const events: GameEvent[] = [
    baselineEvent('scripted', { round: 2 }, [[0, -7]]),
    baselineEvent('drawn', { probability: 0.4, fromRound: 1 }, [[1, 9]]),
  ];
  const statement = (side: Side): Statement => issueZeroStatement(`st${side}`, side, 1, -6);
  return {
    ...m,
    events,
    statements: [statement(0), statement(1)],
    rules: { rounds: 4, firstMover: (seed & 1) as Side },
  };
}

/** Plays random moves (mostly legal, some not) until the game ends; returns the final state. */
function randomGame(model: Model, seed: number): GameState {
  let state = newGame(model, seed);
  let rng: RngState = seedRng(seed ^ 0x5bd1e995);
  const int = (n: number) => {
    const [x, s] = nextInt(rng, n);
    rng = s;
    return x;
  };
  for (let guard = 0; guard < 100 && !state.outcome; guard++) {
    const [x, s] = nextFloat(rng);
    rng = s;
    const side = int(10) === 0 ? ((1 - state.turn) as Side) : state.turn;
    const pkg = model.issues.map((i) => int(i.options.length));
    const move: Move =
      x < 0.65
        ? {
            type: 'propose',
            side,
            package: pkg,
            ...(int(4) === 0 ? { statement: `st${int(2)}` } : {}),
            reason: { code: 'hold', params: { guard } },
          }
        : x < 0.95
          ? { type: 'accept', side }
          : { type: 'walkAway', side };
    const r = applyMove(model, state, move);
    if (r.ok) state = r.state;
  }
  return state;
}

describe('replay', () => {
  it('replaying a saved log gives the same state and scores (1,000 seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const model = gameModel(seed);
        const played = randomGame(model, seed);
        const saved = JSON.parse(JSON.stringify(saveLog(played)));
        const parsed = parseSavedLog(saved);
        if (!parsed.ok) return false;
        const again = loadLog(model, parsed.log);
        expect(again.ok && again.state).toEqual(played);
        expect(played.outcome).not.toBeNull();
        return true;
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('refuses a log made on another scenario or another version of it', () => {
    const model = gameModel(1);
    const saved = saveLog(randomGame(model, 1));
    const a = loadLog({ ...model, id: 'other' }, saved);
    const b = loadLog({ ...model, contentHash: 'changed' }, saved);
    expect(!a.ok && a.error.code).toBe('wrongScenario');
    expect(!b.ok && b.error.code).toBe('wrongContent');
  });

  it('reports the first illegal move by position', () => {
    const model = gameModel(2);
    const first = model.rules.firstMover;
    const r = replayLog(model, 2, [{ type: 'walkAway', side: (1 - first) as Side }]);
    expect(!r.ok && [r.error.code, r.error.index, r.error.rejection?.code]).toEqual([
      'illegalMove',
      0,
      'notYourTurn',
    ]);
  });

  it.each([
    [null, 'badLog'],
    [{ scenarioId: 'x', contentHash: 'y', seed: 1.5, moves: [] }, 'badLog'],
    [
      { scenarioId: 'x', contentHash: 'y', seed: 1, moves: [{ type: 'propose', side: 0, package: 'no' }] },
      'badLog',
    ],
    [{ scenarioId: 'x', contentHash: 'y', seed: 1, moves: [{ type: 'dance', side: 0 }] }, 'badLog'],
  ])('rejects a malformed saved log %#', (data, expected) => {
    const r = parseSavedLog(data);
    expect(!r.ok && r.error.code).toBe(expected);
  });

  it('draws events differently for different seeds', () => {
    const model = gameModel(3);
    const firedCount = new Set(Array.from({ length: 30 }, (_, s) => newGame(model, s).fired.join(',')));
    expect(firedCount.size).toBe(2);
  });
});
