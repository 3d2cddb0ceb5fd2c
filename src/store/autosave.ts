// Persistence as a subscriber: the game in progress is saved whenever its config, state or screen
// changes (a new briefing, the table, every move, the debrief) and forgotten when the player starts
// again; the settings whenever they change. Reading them back at start-up is opening.ts's job.
import { shallow } from 'zustand/vanilla/shallow';
import { clearGame, type KeyValueStorage, outsideOf, saveGame, saveSettings } from './persist';
import type { Store, StoreState } from './types';

/** What is saved of the game: nothing when no game runs (an outside file's entry: what reloads it). */
const savedGame = (s: StoreState) => {
  const config = s.config;
  if (!config || !s.game) return null;
  const entry = s.catalog.find((e) => e.id === config.scenarioId);
  return [config, s.game, s.screen, entry?.outside ? entry : undefined] as const;
};

/** A network game is the server's to keep (a reload gets the seat back): it is neither saved nor clears a save. */
const isNetwork = (saved: ReturnType<typeof savedGame>) => saved?.[0].mode === 'network';

/** Save to `storage` from now on; returns the unsubscribe. */
export function startAutosave(store: Store, storage: KeyValueStorage | null): () => void {
  const stopGame = store.subscribe(
    savedGame,
    (saved, before) => {
      // Neither a network game, nor leaving one, nor the lobby (which sets a saved game aside) touches the save.
      if (isNetwork(saved) || (!saved && (isNetwork(before) || store.getState().net !== null))) return;
      if (saved) saveGame(storage, saved[0], saved[1], saved[2], outsideOf(saved[3]));
      else clearGame(storage);
    },
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
