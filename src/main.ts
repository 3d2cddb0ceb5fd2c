// The composition root: reads the URL and the system's preferences, loads the shipped scenarios,
// creates the store, then starts the stage (Phaser), the accessible overlay and the sound board.
import { connectAudio } from './audio';
import { startGame } from './game';
import { t } from './i18n';
import { createGameStore, type GameStore, type KeyValueStorage, LINK_PARAMS, selectAddress } from './store';
import { mountOverlay } from './ui';
import SCENARIOS from 'virtual:scenarios';

function storage(): KeyValueStorage | null {
  try {
    const s = window.localStorage;
    s.getItem('probe');
    return s;
  } catch {
    return null;
  }
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

function start(app: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  // ?fast=1 (tests, demonstrations): the computer answers at once.
  const fast = params.get('fast') === '1';
  performance.mark('bc:start');
  const store = createGameStore({
    scenarios: SCENARIOS,
    defaultScenarioId: 'busan-2025',
    storage: storage(),
    computerDelayMs: fast ? 0 : 900,
    randomSeed: () => Math.floor(Math.random() * 2_000_000_000),
    link: {
      scenario: params.get('scenario'),
      side: params.get('side'),
      persona: params.get('persona'),
      seed: params.get('seed'),
      difficulty: params.get('difficulty'),
    },
    prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  });
  if (LINK_PARAMS.some((p) => params.has(p))) followAddress(store);
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
  game.scale.on('resize', () => overlay.fit());
  game.events.once('ready', () => overlay.fit());
  connectAudio(store);
  performance.mark('bc:ready');
  if (fast) Object.assign(window, { bargainingChips: { store, game } });
}

const app = document.getElementById('app');
if (app) {
  try {
    start(app);
  } catch (e) {
    const p = document.createElement('p');
    p.textContent = t('app.loadFailed', { reason: e instanceof Error ? e.message : String(e) });
    app.replaceChildren(p);
  }
}
