import { describe, expect, it } from 'vitest';
import { gameModel } from './catalog';
import { reactionsOf } from './reactions';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { selectStage, selectTable } from './vm-table';

const atTable = (options = testOptions()) => {
  const store = createGameStore(options);
  store.getState().beginBriefing();
  store.getState().beginTable();
  return store;
};

/** Put the draft on these options (by issue id) and propose it. */
const proposeOptions = (store: ReturnType<typeof atTable>, choice: Record<string, number>) => {
  const model = gameModel(store.getState())!;
  model.issues.forEach((issue, i) => {
    store.getState().setOption(i, choice[issue.id] ?? issue.statusQuo);
  });
  store.getState().propose();
};

describe('delegation reactions', () => {
  it('sit still before any move, and the computer confers while it decides', () => {
    const store = atTable();
    expect(selectStage(store.getState())?.reactions).toEqual({
      human: 'neutral',
      computer: 'neutral',
      seq: 0,
    });
    const s = store.getState();
    expect(reactionsOf(gameModel(s)!, s.game!, 0, true).computer).toBe('confer');
  });

  it('frown at an offer the computer could not ratify, nod at a generous one', () => {
    // The computer takes its time here, so its reaction to the offer is seen before its answer.
    const reaction = (choice: Record<string, number>) => {
      const store = atTable(testOptions({ computerDelayMs: 500 }));
      proposeOptions(store, choice);
      const s = store.getState();
      return reactionsOf(gameModel(s)!, s.game!, 0, false).computer;
    };
    expect(reaction({})).toBe('frown');
    expect(reaction({ tariff: 2, chips: 1 })).toBe('nod');
  });

  it('count every move, so the same reaction plays again for the next one', () => {
    const store = atTable();
    proposeOptions(store, {});
    const first = selectStage(store.getState())!.reactions.seq;
    proposeOptions(store, {});
    expect(selectStage(store.getState())!.reactions.seq).toBeGreaterThan(first);
  });

  it('stand the side that walks out up to leave', () => {
    const store = atTable();
    store.getState().walkAway();
    expect(selectStage(store.getState())?.reactions).toMatchObject({ human: 'leave', computer: 'frown' });
  });
});

describe('the board', () => {
  it('says who gives on each issue and marks the status quo and their offer', () => {
    const store = atTable();
    const before = selectTable(store.getState())!;
    expect(before.issues.map((i) => [i.id, i.concedes, i.humanConcedes])).toEqual([
      ['tariff', 'You give', true],
      ['soybeans', 'China gives', false],
      ['chips', 'You give', true],
      ['precursors', 'China gives', false],
    ]);
    expect(before.issues[0]!.options.map((o) => [o.label, o.statusQuo, o.theirs])).toEqual([
      ['Stays at 20%', true, false],
      ['Cut to 10%', false, false],
      ['Removed', false, false],
    ]);
    store.getState().propose();
    const vm = selectTable(store.getState())!;
    const standing = gameModel(store.getState())!.issues.map((_, i) => vm.issues[i]!.standing);
    expect(vm.issues.map((i) => i.options.findIndex((o) => o.theirs))).toEqual(standing);
  });
});
