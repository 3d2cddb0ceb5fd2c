// The composition root: reads the URL and the system's preferences, loads the shipped scenarios,
// creates the store, then starts the stage (Phaser), the accessible overlay and the sound board.
import type { SoundBoard } from './audio';
import { startGame } from './game';
import { t } from './i18n';
import { LAB_KEY, LAB_PARAM } from './lab';
import { SEAT_KEY } from './net/seat-key';
import { afterFirstDraw, registerServiceWorker } from './offline';
import {
  createGameStore,
  type GameStore,
  type KeyValueStorage,
  LINK_PARAMS,
  type NetworkOptions,
  type OutsideRequest,
  savedOutside,
  selectAddress,
  startRequests,
} from './store';
import { loadFonts, mountOverlay } from './ui';

/** The page's local or per-tab storage, or null where the browser refuses it (private modes, policies). */
function webStorage(kind: 'localStorage' | 'sessionStorage'): KeyValueStorage | null {
  try {
    const s = window[kind];
    s.getItem('probe');
    return s;
  } catch {
    return null;
  }
}

/**
 * Network play: the game server is the page's own origin (`npm run server` serves the game and the
 * tables from one address) unless `?server=` names another. The client (src/net with the Colyseus
 * SDK) is fetched only when a network mode is chosen, or a seat kept before a reload comes back.
 */
function networkOptions(params: URLSearchParams): NetworkOptions {
  const seats = webStorage('sessionStorage');
  const server = params.get('server') ?? window.location.origin;
  const page = `${window.location.origin}${window.location.pathname}`;
  return {
    load: () => import('./net'),
    server,
    page: params.has('server') ? `${page}?server=${encodeURIComponent(server)}&` : `${page}?`,
    storage: seats,
    resume: !!seats?.getItem(SEAT_KEY),
    joinCode: params.get('table'),
  };
}

/**
 * After the page opened with a link, keep the address bar naming the game shown (or the one the
 * ask dialog offers): a seedless link gets its seed, so a reload resumes the same game.
 */
function followAddress(store: GameStore): void {
  const write = (link: Record<string, string> | null) => {
    const url = new URL(window.location.href);
    for (const p of LINK_PARAMS) url.searchParams.delete(p);
    for (const [k, v] of Object.entries(link ?? {})) url.searchParams.set(k, v);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  };
  write(selectAddress(store.getState()));
  store.subscribe(selectAddress, write, { equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
}

/** The loader of instructors' own files: a chunk of its own (YAML parser, schema, link compression). */
const outsideLoader = () => import('./outside');

/**
 * Instructors' own files needed at start: the one a link names (?scenario=path/or/address.yaml,
 * #s=… carrying the file, or ?scenario=lab: for the text the Scenario Lab's "Play it" left in
 * localStorage) and the saved game's. Read and validated before the store opens; nothing is
 * loaded when neither is there.
 */
async function outsideAtStart(scenarioParam: string | null, kept: KeyValueStorage | null) {
  const requests = startRequests(scenarioParam, window.location.hash, savedOutside(kept));
  const link: OutsideRequest | null =
    scenarioParam === LAB_PARAM
      ? { kind: 'text', name: 'lab.yaml', text: kept?.getItem(LAB_KEY) ?? '' }
      : requests.link;
  if (!link && !requests.saved) return undefined;
  const { loadOutside } = await outsideLoader();
  const [linked, save] = await Promise.all([
    link ? loadOutside(link) : null,
    requests.saved ? loadOutside(requests.saved) : null,
  ]);
  return { link: linked, saved: save };
}

async function start(app: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  // ?fast=1 (tests, demonstrations): the computer answers at once.
  const fast = params.get('fast') === '1';
  performance.mark('bc:start');
  const kept = webStorage('localStorage');
  // The shipped scenarios come in a chunk of their own, fetched while the fonts load.
  const [shipped, , outsideStart] = await Promise.all([
    import('virtual:scenarios'),
    loadFonts(),
    outsideAtStart(params.get('scenario'), kept),
  ]);
  performance.mark('bc:fonts');
  const store = createGameStore({
    scenarios: shipped.default,
    defaultScenarioId: 'busan-2025',
    storage: kept,
    outsideLoader,
    outsideStart,
    computerDelayMs: fast ? 0 : 900,
    randomSeed: () => Math.floor(Math.random() * 2_000_000_000),
    link: {
      scenario: params.get('scenario'),
      side: params.get('side'),
      persona: params.get('persona'),
      seed: params.get('seed'),
      difficulty: params.get('difficulty'),
      mode: params.get('mode'),
    },
    prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
    // The computer's negotiators load beside the first screen, in their own chunk.
    computer: () => import('./ai'),
    network: networkOptions(params),
  });
  // A link whose file failed keeps its address as it was, so the page can be reloaded once it is fixed.
  if ((LINK_PARAMS.some((p) => params.has(p)) || outsideStart?.link) && outsideStart?.link?.ok !== false)
    followAddress(store);
  // The stage measures and draws its text once: it starts (below) when the shipped fonts are ready.
  performance.mark('bc:store');
  const stage = document.createElement('div');
  stage.id = 'game';
  app.replaceChildren(stage);
  // ?renderer=canvas|webgl overrides the automatic choice (for comparisons and odd graphics drivers).
  const renderer = params.get('renderer');
  const game = startGame(
    stage,
    store,
    window.devicePixelRatio,
    renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
  );
  const overlay = mountOverlay(app, stage, store);
  game.scale.on('resize', () => {
    // The flowing layout sizes the stage's frame to the canvas's aspect: the canvas then fills it.
    if (overlay.fit())
      requestAnimationFrame(() => {
        const frame = stage.getBoundingClientRect();
        if (Math.abs(game.canvas.getBoundingClientRect().width - frame.width) > 1) game.scale.refresh();
      });
  });
  // Sounds and the offline cache load once the first scene is drawn: the title shows sooner
  // (audio starts on the first key or click anyway).
  let sound: SoundBoard | null = null;
  game.events.once('ready', () => {
    overlay.fit();
    afterFirstDraw(game.canvas, () => {
      // Howler and the sound board are a chunk of their own: the first page load stays small.
      void import('./audio').then(({ connectAudio, createSoundBoard }) => {
        sound = createSoundBoard();
        connectAudio(store, sound);
      });
      registerServiceWorker();
    });
  });
  performance.mark('bc:ready');
  // Tests and benchmarks drive the game through the store and read the sound board's status.
  if (fast)
    Object.assign(window, {
      bargainingChips: {
        store,
        game,
        get sound() {
          return sound;
        },
      },
    });
}

const app = document.getElementById('app');
if (app) {
  start(app).catch((e: unknown) => {
    const p = document.createElement('p');
    p.textContent = t('app.loadFailed', { reason: e instanceof Error ? e.message : String(e) });
    app.replaceChildren(p);
  });
}
