// The game menu's view model: whether leaving or restarting would discard a game in progress, and
// the scenario's glossary (reopened from the menu at any time during play).
import { textIn } from '../engine';
import { gameModel } from './catalog';
import type { StoreState } from './types';
import type { MenuVM } from './vm-types';

/** The menu, or null when no game is open (the title and setup screens). */
export function selectMenu(s: StoreState): MenuVM | null {
  const model = gameModel(s);
  // The hand-over (two players on one device) offers nothing: the menu would reopen a briefing.
  if (!model || !s.game || s.screen === 'handover') return null;
  const lang = s.settings.lang;
  return {
    inProgress: s.game.outcome === null,
    glossary: model.glossary.map((g) => ({
      term: textIn(g.term, lang),
      definition: textIn(g.definition, lang),
    })),
  };
}
