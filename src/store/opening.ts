// What the store opens at start-up: a shared link (a configured game on the briefing), or the game
// saved last time, replayed from its move log. A link never discards a game in progress without
// the player's say (link.ts decides); anything odd becomes a notice, never a broken page, and a
// save that cannot be resumed is kept aside rather than deleted.
import { loadLog, statusQuo } from '../engine';
import { t } from '../i18n';
import { modelOf } from './catalog';
import { decideLink } from './link';
import { backUpGame, GAME_BACKUP_KEY, type KeyValueStorage, loadGame, setGameAside } from './persist';
import { type LinkParams, type LinkProblem, MAX_SEED } from './setup';
import type { ResumedGame, Store } from './types';

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
  const read = readSaved(s.catalog, storage);
  let saved: ResumedGame | null = null;
  if (typeof read === 'string') {
    setGameAside(storage);
    notices.push(t(read, { key: GAME_BACKUP_KEY }, lang));
  } else if (read && 'outside' in read) {
    // A game on an outside file that is gone or changed: never replayed on another file.
    setGameAside(storage);
    notices.push(t(read.outside, { file: read.file, key: GAME_BACKUP_KEY }, lang));
  } else if (read?.migrated) {
    // Resumed from an older format: its original text is kept aside before it is saved anew.
    backUpGame(storage);
    notices.push(t('notice.saveMigrated', { key: GAME_BACKUP_KEY }, lang));
    saved = read.game;
  } else saved = read?.game ?? null;
  const savedConfig = saved ? { config: saved.config, finished: saved.game.outcome !== null } : null;
  const decision = decideLink(s.catalog, savedConfig, link, randomSeed());
  switch (decision.kind) {
    case 'restore':
    case 'resume':
      if (saved) s.resumeGame(saved);
      break;
    case 'ask':
      if (saved) s.resumeGame(saved);
      s.offerLink(decision.config);
      break;
    case 'start':
      s.openGame(decision.config);
      break;
    case 'error': {
      const problems = decision.problems.map((p) => problemText(p, lang)).join('; ');
      notices.push(t('notice.badLink', { problems }, lang));
      if (saved) {
        s.resumeGame(saved);
        notices.push(t('notice.badLinkKept', {}, lang));
      } else {
        s.showSetup();
        notices.push(t('notice.badLinkForm', {}, lang));
      }
      break;
    }
  }
  return notices;
}

/** One wrong parameter, named with what it may be. */
function problemText(p: LinkProblem, lang: string): string {
  return p.param === 'seed'
    ? t('notice.badLinkSeed', { value: p.value, max: MAX_SEED - 1 }, lang)
    : t('notice.badLinkValue', { param: p.param, value: p.value, allowed: p.allowed.join(', ') }, lang);
}

/** The saved game ready to show, null when there is none, or the notice for a save that cannot be resumed. */
function readSaved(
  catalog: Parameters<typeof modelOf>[0],
  storage: KeyValueStorage | null,
):
  | { game: ResumedGame; migrated: boolean }
  | { outside: 'notice.outsideSaveMissing' | 'notice.outsideSaveChanged'; file: string }
  | null
  | 'notice.saveCorrupt'
  | 'notice.saveOld' {
  const read = loadGame(storage);
  if (read.kind === 'none') return null;
  if (read.kind === 'corrupt') return 'notice.saveCorrupt';
  if (read.kind === 'old') return 'notice.saveOld';
  const { config, screen, log, outside } = read.saved;
  const model = modelOf(catalog, config.scenarioId);
  const file = outside ? (outside.kind === 'url' ? outside.url : outside.name) : '';
  // The saved game's outside file could not be loaded again (main.ts tried before the store opened).
  if (outside && !model) return { outside: 'notice.outsideSaveMissing', file };
  if (!model || config.scenarioId !== log.scenarioId) return 'notice.saveOld';
  const r = loadLog(model, log);
  if (!r.ok && outside && (r.error.code === 'wrongContent' || r.error.code === 'wrongScenario'))
    return { outside: 'notice.outsideSaveChanged', file };
  if (!r.ok)
    return r.error.code === 'illegalMove' || r.error.code === 'badLog'
      ? 'notice.saveCorrupt'
      : 'notice.saveOld';
  const game = r.state;
  const hotseat = config.mode === 'hotseat';
  // Two players on one device: the side to move gets its own draft, after the hand-over screen.
  const me = hotseat ? game.turn : config.side;
  const mine = log.moves.filter((m) => m.type === 'propose' && m.side === me).at(-1);
  const draft = mine?.type === 'propose' ? [...mine.package] : statusQuo(model);
  const at = game.outcome
    ? screen === 'debrief'
      ? 'debrief'
      : 'outcome'
    : hotseat
      ? 'handover'
      : screen === 'briefing'
        ? 'briefing'
        : 'table';
  return { game: { config, game, draft, screen: at }, migrated: read.migrated };
}
