// The zustand vanilla store: slices session, ui and settings combined into one GameStore, then
// filled from the shipped scenarios, the remembered settings, a shared link or the saved game.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { loadLog, newGame, statusQuo } from '../engine';
import { t } from '../i18n';
import { loadCatalog, modelOf, type ScenarioData } from './catalog';
import { tensionOf } from './narrate';
import { clearGame, type KeyValueStorage, loadGame, loadSettings, saveGame, saveSettings } from './persist';
import { sessionSlice } from './session';
import { configFromLink, hasLink, initialSetup, type LinkParams, normaliseSetup } from './setup';
import type { Settings } from './sound';
import type { GameConfig, SettingsSlice, StoreState, UiSlice } from './types';

/** The store handed to scenes, overlay and sound board. */
export type GameStore = StoreApi<StoreState>;

/** How main.ts sets the store up. */
export interface StoreOptions {
  /** The shipped scenario files, validated at build time. */
  readonly scenarios: readonly ScenarioData[];
  /** Scenario shown first in setup and used by a link without `scenario`. */
  readonly defaultScenarioId?: string;
  /** Where settings and the game in progress are remembered (null: nowhere). */
  readonly storage?: KeyValueStorage | null;
  /** Pause before the computer answers, in ms; 0 answers at once (tests). */
  readonly computerDelayMs?: number;
  /** Fresh seeds for new games. */
  readonly randomSeed?: () => number;
  /** URL parameters of a shared link. */
  readonly link?: LinkParams | null;
  /** The system's prefers-reduced-motion, the default of the setting. */
  readonly prefersReducedMotion?: boolean;
  /** Interface language when none is remembered. */
  readonly lang?: string;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

const uiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  screen: 'title',
  confirmingWalk: false,
  settingsOpen: false,
  notice: null,
  announcement: null,
  cue: null,
  showTitle: () => set((s) => (s.game ? {} : { screen: 'title' })),
  showSetup: () => set((s) => (s.game ? {} : { screen: 'setup' })),
  askWalkAway: () => set((s) => (s.screen === 'table' ? { confirmingWalk: true } : {})),
  cancelWalkAway: () => set({ confirmingWalk: false }),
  setSettingsOpen: (open) => set({ settingsOpen: open }),
  dismissNotice: () => set({ notice: null }),
  playCue: (name) => set((s) => ({ cue: { name, seq: (s.cue?.seq ?? 0) + 1 } })),
});

function settingsSlice(
  storage: KeyValueStorage | null,
  initial: Settings,
): StateCreator<StoreState, [], [], SettingsSlice> {
  return (set, get) => {
    const change = (patch: Partial<Settings>) => {
      set((s) => ({ settings: { ...s.settings, ...patch } }));
      saveSettings(storage, get().settings);
    };
    return {
      settings: initial,
      toggleMute: () => change({ muted: !get().settings.muted }),
      setVolume: (v) => change({ volume: clamp01(v) }),
      setReducedMotion: (on) => change({ reducedMotion: on }),
      setLang: (lang) => change({ lang }),
    };
  };
}

/** A ready store: scenarios loaded, settings remembered, and a link or saved game opened. */
export function createGameStore(options: StoreOptions): GameStore {
  const storage = options.storage ?? null;
  const randomSeed = options.randomSeed ?? (() => 1);
  const defaults: Settings = {
    muted: false,
    volume: 0.7,
    reducedMotion: !!options.prefersReducedMotion,
    lang: options.lang ?? 'en',
  };
  const deps = { storage, computerDelayMs: options.computerDelayMs ?? 900, randomSeed };
  const store = createStore<StoreState>()((...a) => ({
    ...sessionSlice(deps)(...a),
    ...uiSlice(...a),
    ...settingsSlice(storage, loadSettings(storage, defaults))(...a),
  }));
  const lang = store.getState().settings.lang;
  const { entries, failed } = loadCatalog(options.scenarios, options.defaultScenarioId ?? '');
  const notices: string[] = [];
  if (failed.length > 0) notices.push(t('notice.scenarioErrors', { files: failed.join(', ') }, lang));
  store.setState({ catalog: entries, setup: initialSetup(entries, randomSeed()) });
  notices.push(...openStart(store, options.link ?? null, storage, randomSeed));
  if (notices.length > 0) store.setState({ notice: notices.join(' ') });
  return store;
}

/** Start a game from a config on the given screen (no moves yet). */
function startFrom(store: GameStore, config: GameConfig, storage: KeyValueStorage | null): void {
  const { catalog } = store.getState();
  const model = modelOf(catalog, config.scenarioId);
  if (!model) return;
  const game = newGame(model, config.seed);
  const setup = normaliseSetup(catalog, config);
  store.setState({ config, game, setup, draft: statusQuo(model), screen: 'briefing' });
  saveGame(storage, config, game, 'briefing');
}

const sameConfig = (a: GameConfig, b: GameConfig) =>
  a.scenarioId === b.scenarioId &&
  a.side === b.side &&
  a.personaId === b.personaId &&
  a.seed === b.seed &&
  a.difficulty === b.difficulty;

/** Open a shared link or the saved game; returns notices for the player. */
function openStart(
  store: GameStore,
  link: LinkParams | null,
  storage: KeyValueStorage | null,
  randomSeed: () => number,
): string[] {
  const s = store.getState();
  const lang = s.settings.lang;
  const saved = loadGame(storage);
  const notices: string[] = [];
  if (hasLink(link) && link) {
    const fromLink = configFromLink(s.catalog, link, randomSeed());
    if (fromLink.unknown.length > 0)
      notices.push(t('notice.badUrl', { what: fromLink.unknown.join(', ') }, lang));
    // A link with an explicit seed resumes its own saved game after a reload.
    if (
      saved.kind === 'ok' &&
      fromLink.config &&
      link.seed &&
      sameConfig(saved.saved.config, fromLink.config)
    ) {
      return [...notices, ...restore(store, storage)];
    }
    if (fromLink.config) startFrom(store, fromLink.config, storage);
    return notices;
  }
  return [...notices, ...restore(store, storage)];
}

/** Reopen the saved game by replaying its log; a corrupt or old save is dropped with a notice. */
function restore(store: GameStore, storage: KeyValueStorage | null): string[] {
  const lang = store.getState().settings.lang;
  const read = loadGame(storage);
  if (read.kind === 'none') return [];
  const drop = (key: 'notice.saveCorrupt' | 'notice.saveOld') => {
    clearGame(storage);
    return [t(key, {}, lang)];
  };
  if (read.kind === 'corrupt') return drop('notice.saveCorrupt');
  if (read.kind === 'old') return drop('notice.saveOld');
  const { config, screen, log } = read.saved;
  const model = modelOf(store.getState().catalog, config.scenarioId);
  if (!model || config.scenarioId !== log.scenarioId) return drop('notice.saveOld');
  const r = loadLog(model, log);
  if (!r.ok)
    return drop(
      r.error.code === 'illegalMove' || r.error.code === 'badLog' ? 'notice.saveCorrupt' : 'notice.saveOld',
    );
  const replayed = r.state;
  const setup = normaliseSetup(store.getState().catalog, config);
  const mine = log.moves.filter((m) => m.type === 'propose' && m.side === config.side).at(-1);
  const draft = mine?.type === 'propose' ? [...mine.package] : statusQuo(model);
  const at = replayed.outcome
    ? screen === 'debrief'
      ? 'debrief'
      : 'outcome'
    : screen === 'briefing'
      ? 'briefing'
      : 'table';
  store.setState({ config, setup, game: replayed, draft, screen: at, tension: tensionOf(model, replayed) });
  if (at === 'table') store.getState().beginTable();
  return [];
}
