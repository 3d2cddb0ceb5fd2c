// The zustand vanilla store: the session, ui and settings slices combined into one store, its
// subscribers started (autosave, narrator, the computer's scheduler), then filled from the shipped
// scenarios, the remembered settings, and a shared link or the saved game.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { t } from '../i18n';
import { startAutosave } from './autosave';
import { coachSlice } from './coach';
import { loadCatalog, type ScenarioData } from './catalog';
import { type Clock, realClock } from './clock';
import type { ComputerModule } from './computer';
import { DEFAULT_SETTINGS } from './initial';
import { startNarrator } from './narrator';
import { openStart } from './opening';
import { type KeyValueStorage, loadSettings } from './persist';
import { startComputer } from './scheduler';
import { type NetworkOptions, networkSlice } from './network';
import { sessionSlice } from './session';
import { settingsSlice } from './settings';
import { settleQueue, settling } from './settle';
import type { LinkParams } from './setup';
import type { Store, StoreState } from './types';
import { uiSlice } from './ui';

/** The store handed to scenes, overlay and sound board. */
export type GameStore = Store & {
  /** Stop the store's subscribers (saving, narration, the computer's answers). */
  stop(): void;
};

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
  /** Times the computer's pause (tests pass one they advance by hand). */
  readonly clock?: Clock;
  /** Fresh seeds for new games. */
  readonly randomSeed?: () => number;
  /** URL parameters of a shared link. */
  readonly link?: LinkParams | null;
  /** The system's prefers-reduced-motion, the default of the setting. */
  readonly prefersReducedMotion?: boolean;
  /** Interface language when none is remembered. */
  readonly lang?: string;
  /**
   * The computer's negotiators (src/ai), or a loader for them (main.ts imports them lazily: the first
   * screen does not need them). Without them the computer never answers.
   */
  readonly computer?: ComputerModule | (() => Promise<ComputerModule>);
  /** Network play (main.ts: the client loads lazily); absent: the computer and one device only. */
  readonly network?: NetworkOptions | null;
}

/** A ready store: scenarios loaded, settings remembered, subscribers started, a link or saved game open. */
export function createGameStore(options: StoreOptions): GameStore {
  const storage = options.storage ?? null;
  const randomSeed = options.randomSeed ?? (() => 1);
  const settle = settleQueue();
  let computer: ComputerModule | null = typeof options.computer === 'object' ? options.computer : null;
  const store = createStore<StoreState>()(
    subscribeWithSelector(
      settling(settle, (set, get) => ({
        ...sessionSlice({ randomSeed, computer: () => computer })(set, get),
        ...uiSlice(set, get),
        ...settingsSlice(set, get),
        ...coachSlice(set, get),
        ...networkSlice(options.network ?? null)(set, get),
      })),
    ),
  );
  const s = store.getState();
  s.replaceSettings(
    loadSettings(storage, {
      ...DEFAULT_SETTINGS,
      reducedMotion: !!options.prefersReducedMotion,
      lang: options.lang ?? DEFAULT_SETTINGS.lang,
    }),
  );
  const { entries, failed } = loadCatalog(options.scenarios, options.defaultScenarioId ?? '');
  s.setCatalog(entries);
  const stops = [
    startAutosave(store, storage),
    startNarrator(store, settle),
    startComputer(store, {
      delayMs: options.computerDelayMs ?? 900,
      clock: options.clock ?? realClock,
      settle,
    }),
  ];
  const lang = store.getState().settings.lang;
  const notices: string[] = [];
  if (failed.length > 0) notices.push(t('notice.scenarioErrors', { files: failed.join(', ') }, lang));
  notices.push(...openStart(store, options.link ?? null, storage, randomSeed));
  if (notices.length > 0) s.showNotice(notices.join(' '));
  // A seat kept from before a reload comes back; a table's link opens the setup to join it.
  if (options.network?.resume) s.resumeSeat();
  else if (options.network?.joinCode) {
    s.setJoinCode(options.network.joinCode);
    s.offerJoin();
  }
  if (computer) s.computerLoaded();
  else if (typeof options.computer === 'function')
    options.computer().then((m) => {
      computer = m;
      store.getState().computerLoaded();
    });
  const stop = () => {
    for (const unsubscribe of stops) unsubscribe();
  };
  return Object.assign(store, { stop });
}
