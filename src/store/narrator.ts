// Narration as a subscriber: after every move or news in the game, the live region says what
// happened (moves with their statements and reasons, news, the outcome) and one sound cue plays.
import { viewerSide } from './seat';
import { shallow } from 'zustand/vanilla/shallow';
import { translator } from '../i18n';
import { gameModel } from './catalog';
import { narrate } from './narrate';
import type { Settle } from './settle';
import type { Store } from './types';

/** Narrate from now on; returns the unsubscribe. */
export function startNarrator(store: Store, settle: Settle): () => void {
  return store.subscribe(
    (s) => ({ config: s.config, game: s.game }),
    (next, prev) => {
      // Only the same game moving on is news; a new, resumed or closed game is not.
      if (!next.game || !prev.game || next.game === prev.game || next.config !== prev.config) return;
      const s = store.getState();
      const model = gameModel(s);
      if (!model) return;
      const lang = s.settings.lang;
      const told = narrate(model, prev.game, next.game, viewerSide(s), translator(lang), lang);
      settle.after(() => store.getState().announce(told.text, told.cue));
    },
    { equalityFn: shallow },
  );
}
