// The zustand vanilla store: the session, ui and settings slices combined into one store, its
// subscribers started (autosave, narrator, the computer's scheduler), then filled from the shipped
// scenarios, the remembered settings, and a shared link or the saved game.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { t } from '../i18n';
import { startAutosave } from './autosave';
import { coachSlice } from './coach';
import { loadCatalog, outsideEntry, type ScenarioData, withEntry } from './catalog';
import { type Clock, realClock } from './clock';
import type { ComputerModule } from './computer';
import { DEFAULT_SETTINGS } from './initial';
import { startNarrator } from './narrator';
import { openStart } from './opening';
import type { OutsideModule, OutsideProblem, OutsideResult } from './outside';
import { outsideSlice } from './outside-slice';
import { type KeyValueStorage, loadSettings } from './persist';
import { startComputer } from './scheduler';
import type { NetworkOptions } from './net-port';
import { networkSlice } from './network';
import { sessionSlice } from './session';
import { settingsSlice } from './settings';
import { settleQueue, settling } from './settle';
import type { LinkParams } from './setup';
import type { CatalogEntry, Store, StoreState } from './types';
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
  /** The loader of instructors' own files (src/outside), fetched on first use; without it none can be opened. */
  readonly outsideLoader?: () => Promise<OutsideModule>;
  /**
   * Outside files read before the store opened (main.ts): the one the link names (its address or
   * #s=) and the saved game's. A link whose file failed opens nothing and shows the problem.
   */
  readonly outsideStart?: { readonly link: OutsideResult | null; readonly saved: OutsideResult | null };
  /** Network play (main.ts: the client loads lazily); absent: the computer and one device only. */
  readonly network?: NetworkOptions | null;
}

/**
 * The catalog with the outside files read at start-up (the link's over the save's, both over a
 * shipped one of the same id), the link naming its file by id, and the problem to show, if any.
 */
export function openOutsideAtStart(
  entries: readonly CatalogEntry[],
  start: StoreOptions['outsideStart'],
  link: LinkParams | null,
): { catalog: CatalogEntry[]; link: LinkParams | null; problem: OutsideProblem | null } {
  let catalog = [...entries];
  const add = (r: OutsideResult | null) => {
    const entry = r?.ok ? outsideEntry(r.file) : null;
    if (entry) catalog = withEntry(catalog, entry);
    return entry;
  };
  add(start?.saved ?? null);
  if (!start?.link) {
    const problem = start?.saved && !start.saved.ok ? start.saved.problem : null;
    return { catalog, link, problem };
  }
  const entry = add(start.link);
  if (entry) return { catalog, link: { ...link, scenario: entry.id }, problem: null };
  const problem: OutsideProblem = start.link.ok
    ? { kind: 'invalid', name: start.link.file.name, lines: [`${start.link.file.name}: does not compile`] }
    : start.link.problem;
  return { catalog, link: null, problem };
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
        ...outsideSlice({ loader: options.outsideLoader ?? null })(set, get),
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
  const start = openOutsideAtStart(entries, options.outsideStart, options.link ?? null);
  s.setCatalog(start.catalog);
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
  if (start.problem) s.showOutsideProblem(start.problem);
  notices.push(...openStart(store, start.link, storage, randomSeed));
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
