// What the store opens at start-up: a shared link (a configured game on the briefing), or the game
// saved last time, replayed from its move log. Anything odd becomes a notice, never a broken page.
import { loadLog, statusQuo } from '../engine';
import { t } from '../i18n';
import { modelOf } from './catalog';
import { clearGame, type KeyValueStorage, loadGame } from './persist';
import { configFromLink, hasLink, type LinkParams } from './setup';
import type { GameConfig, ResumedGame, Store } from './types';

const sameConfig = (a: GameConfig, b: GameConfig) =>
  a.scenarioId === b.scenarioId &&
  a.side === b.side &&
  a.personaId === b.personaId &&
  a.seed === b.seed &&
  a.difficulty === b.difficulty;

/** Open a shared link or the saved game; returns notices for the player. */
export function openStart(
  store: Store,
  link: LinkParams | null,
  storage: KeyValueStorage | null,
  randomSeed: () => number,
): string[] {
  const s = store.getState();
  const lang = s.settings.lang;
  const notices: string[] = [];
  if (hasLink(link) && link) {
    const fromLink = configFromLink(s.catalog, link, randomSeed());
    if (fromLink.unknown.length > 0)
      notices.push(t('notice.badUrl', { what: fromLink.unknown.join(', ') }, lang));
    const saved = loadGame(storage);
    // A link with an explicit seed resumes its own saved game after a reload.
    if (
      saved.kind === 'ok' &&
      fromLink.config &&
      link.seed &&
      sameConfig(saved.saved.config, fromLink.config)
    ) {
      return [...notices, ...restore(store, storage)];
    }
    if (fromLink.config) s.openGame(fromLink.config);
    return notices;
  }
  return [...notices, ...restore(store, storage)];
}

/** Reopen the saved game by replaying its log; a corrupt or old save is dropped with a notice. */
function restore(store: Store, storage: KeyValueStorage | null): string[] {
  const s = store.getState();
  const read = readSaved(s.catalog, storage);
  if (typeof read === 'string') {
    clearGame(storage);
    return [t(read, {}, s.settings.lang)];
  }
  if (read) s.resumeGame(read);
  return [];
}

/** The saved game ready to show, null when there is none, or the notice for a save that is dropped. */
function readSaved(
  catalog: Parameters<typeof modelOf>[0],
  storage: KeyValueStorage | null,
): ResumedGame | null | 'notice.saveCorrupt' | 'notice.saveOld' {
  const read = loadGame(storage);
  if (read.kind === 'none') return null;
  if (read.kind === 'corrupt') return 'notice.saveCorrupt';
  if (read.kind === 'old') return 'notice.saveOld';
  const { config, screen, log } = read.saved;
  const model = modelOf(catalog, config.scenarioId);
  if (!model || config.scenarioId !== log.scenarioId) return 'notice.saveOld';
  const r = loadLog(model, log);
  if (!r.ok)
    return r.error.code === 'illegalMove' || r.error.code === 'badLog'
      ? 'notice.saveCorrupt'
      : 'notice.saveOld';
  const game = r.state;
  const mine = log.moves.filter((m) => m.type === 'propose' && m.side === config.side).at(-1);
  const draft = mine?.type === 'propose' ? [...mine.package] : statusQuo(model);
  const at = game.outcome
    ? screen === 'debrief'
      ? 'debrief'
      : 'outcome'
    : screen === 'briefing'
      ? 'briefing'
      : 'table';
  return { config, game, draft, screen: at };
}
