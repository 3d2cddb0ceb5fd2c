// Persistence as a subscriber: the game in progress is saved whenever its config, state or screen
// changes (a new briefing, the table, every move, the debrief) and forgotten when the player starts
// again; the settings whenever they change. Reading them back at start-up is opening.ts's job.
import { shallow } from 'zustand/vanilla/shallow';
import { clearGame, type KeyValueStorage, saveGame, saveSettings } from './persist';
import type { Store, StoreState } from './types';

/** What is saved of the game: nothing when no game runs. */
const savedGame = (s: StoreState) => (s.config && s.game ? ([s.config, s.game, s.screen] as const) : null);

/** Save to `storage` from now on; returns the unsubscribe. */
export function startAutosave(store: Store, storage: KeyValueStorage | null): () => void {
  const stopGame = store.subscribe(
    savedGame,
    (saved) => (saved ? saveGame(storage, ...saved) : clearGame(storage)),
    { equalityFn: shallow },
  );
  const stopSettings = store.subscribe(
    (s) => s.settings,
    (settings) => saveSettings(storage, settings),
  );
  return () => {
    stopGame();
    stopSettings();
  };
}
