// The time cost a screen reports is the one the engine charged: to the decimal for a deal, none
// for no deal (what moved a no-deal score is the news, and the end screen says so).
import { describe, expect, it } from 'vitest';
import { analyze, packageAt, walkAwayScore } from '../engine';
import { gameModel } from './catalog';
import { createGameStore } from './store';
import { shippedScenarios, testOptions } from './test-kit';
import { selectOutcome } from './vm-end';

function tutorial() {
  const store = createGameStore(
    testOptions({ scenarios: shippedScenarios(), defaultScenarioId: 'tutorial' }),
  );
  store.getState().beginBriefing();
  store.getState().beginTable();
  return store;
}

const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('the time cost on the end screen', () => {
  it('after a walk-away is none, and the news that moved the no-deal score is named with both scores', () => {
    const store = tutorial();
    store.getState().propose();
    store.getState().propose();
    store.getState().walkAway();
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('walkAway');
    const human = s.config!.side;
    const result = s.game!.results![human];
    expect(result.timeCost).toBe(0);
    const before = walkAwayScore(gameModel(s)!, human);
    expect(Math.round(before)).not.toBe(Math.round(result.walkAway));
    const detail = selectOutcome(s)!.sides[0]!.detail;
    expect(detail).toContain('no time cost');
    expect(numbers(detail).slice(-2)).toEqual([Math.round(before), Math.round(result.walkAway)]);
  });

  it('after a ratified deal is what the engine charged', () => {
    // Offer the deal in the zone of agreement the computer likes best until it takes it: which
    // of the computer's own offers the human side could ratify depends on the tutorial's numbers.
    const store = tutorial();
    const model = gameModel(store.getState())!;
    const a = analyze(model);
    if (!a.ok) throw new Error(a.error.message);
    const them = store.getState().config!.side === 0 ? 1 : 0;
    const best = Array.from(a.analysis.zopa).reduce((x, y) =>
      a.analysis.utility[them][y]! > a.analysis.utility[them][x]! ? y : x,
    );
    for (const [issue, option] of packageAt(model, best).entries()) store.getState().setOption(issue, option);
    for (let round = 0; round < model.rules.rounds && !store.getState().game?.outcome; round++)
      store.getState().propose();
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('ratified');
    const result = s.game!.results![s.config!.side];
    expect(result.timeCost).toBeGreaterThan(0);
    expect(numbers(selectOutcome(s)!.sides[0]!.detail).at(-1)).toBe(Math.round(result.timeCost * 100) / 100);
  });
});
