import { describe, expect, it } from 'vitest';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { selectMenu } from './vm-menu';

describe('the game menu', () => {
  it('is there only with a game, says while it is under way, and leaving discards it', () => {
    const store = createGameStore(testOptions());
    expect(selectMenu(store.getState())).toBeNull();
    store.getState().beginBriefing();
    expect(selectMenu(store.getState())?.inProgress).toBe(true);
    expect(selectMenu(store.getState())?.glossary[0]?.term).toBeTruthy();
    store.getState().beginTable();
    store.getState().walkAway();
    expect(selectMenu(store.getState())?.inProgress).toBe(false);
    store.getState().leaveGame();
    expect(store.getState()).toMatchObject({ screen: 'title', game: null, config: null });
    expect(selectMenu(store.getState())).toBeNull();
  });
});
