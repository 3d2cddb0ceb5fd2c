// The guided first game, played through on the shipped tutorial scenario.
import { describe, expect, it } from 'vitest';
import { packageAt, packageCount, scorePackage } from '../engine';
import { gameModel } from './catalog';
import { selectCoach, TUTORIAL_ID } from './coach';
import { createGameStore } from './store';
import { memoryStorage, shippedScenarios, testOptions } from './test-kit';

const options = (storage = memoryStorage()) =>
  testOptions({ scenarios: shippedScenarios(), defaultScenarioId: 'busan-2025', storage });

const step = (store: ReturnType<typeof createGameStore>) => selectCoach(store.getState())?.step ?? null;

describe('the guided first game', { timeout: 30_000 }, () => {
  it('walks through every step as the game shows it happened, then is remembered as done', () => {
    const storage = memoryStorage();
    const store = createGameStore(options(storage));
    const s = () => store.getState();
    s().startTutorial();
    expect(s().config?.scenarioId).toBe(TUTORIAL_ID);
    expect(step(store)).toBe('briefing');
    s().beginTable();
    expect(step(store)).toBe('compose');
    const model = gameModel(s())!;
    // The package best for us: an opening the computer will not take at once.
    let best = 0;
    for (let k = 1; k < packageCount(model); k++)
      if (
        scorePackage(model, 0, packageAt(model, k)).score >
        scorePackage(model, 0, packageAt(model, best)).score
      )
        best = k;
    for (const [i, o] of packageAt(model, best).entries()) s().setOption(i, o);
    expect(step(store)).toBe('preview');
    expect(selectCoach(s())?.canAck).toBe(true);
    s().ackCoach();
    if (model.statements.some((st) => st.side === 0)) {
      expect(step(store)).toBe('statement');
      s().ackCoach();
    }
    expect(step(store)).toBe('propose');
    s().propose();
    expect(s().game?.outcome).toBeNull();
    expect(step(store)).toBe('reason');
    // Proposing again is no concession: the step waits.
    s().ackCoach();
    expect(step(store)).toBe('concede');
    s().propose();
    if (!s().game?.outcome) expect(step(store)).toBe('concede');
    // Concede: the one-issue change that the other side gains most from.
    const first = packageAt(model, best);
    let gift = first;
    for (let i = 0; i < model.issues.length; i++)
      for (let o = 0; o < model.issues[i]!.options.length; o++) {
        const p = first.map((x, j) => (j === i ? o : x));
        if (scorePackage(model, 1, p).score > scorePackage(model, 1, gift).score) gift = p;
      }
    expect(gift).not.toEqual(first);
    for (const [i, o] of gift.entries()) s().setOption(i, o);
    if (!s().game?.outcome) s().propose();
    expect(['close', 'ratify']).toContain(step(store));
    // Close: take their offer, or walk away when none is left.
    for (let guard = 0; guard < 20 && !s().game?.outcome; guard++) {
      if (s().game?.standing) s().accept();
      else s().walkAway();
    }
    expect(step(store)).toBe('ratify');
    expect(selectCoach(s())?.ackLabel).toMatch(/finish/i);
    s().ackCoach();
    expect(s().coach).toBeNull();
    expect(s().settings.tutorialDone).toBe(true);
    expect(createGameStore(options(storage)).getState().settings.tutorialDone).toBe(true);
  });

  it('ends on what happened: a walk-away is no deal sent home', () => {
    const store = createGameStore(options());
    const s = () => store.getState();
    s().startTutorial();
    s().beginTable();
    s().walkAway();
    expect(step(store)).toBe('ratify');
    expect(selectCoach(s())?.text).toMatch(/^No deal/);
  });

  it('can be skipped at any step, and is then remembered as done', () => {
    const store = createGameStore(options());
    store.getState().startTutorial();
    store.getState().skipCoach();
    expect(selectCoach(store.getState())).toBeNull();
    expect(store.getState().settings.tutorialDone).toBe(true);
  });

  it('is silent in any other game', () => {
    const store = createGameStore(options());
    const s = () => store.getState();
    s().startTutorial();
    expect(step(store)).toBe('briefing');
    s().openGame({ ...s().config!, seed: s().config!.seed + 1 });
    expect(selectCoach(s())).toBeNull();
    s().updateSetup({ scenarioId: 'busan-2025' });
    s().beginBriefing();
    expect(selectCoach(s())).toBeNull();
  });

  it('reading steps are not acknowledged before they are reached', () => {
    const store = createGameStore(options());
    store.getState().startTutorial();
    store.getState().ackCoach(); // on 'briefing', which is done by going to the table, not by "Next"
    expect(store.getState().coach?.acked).toEqual([]);
  });
});
