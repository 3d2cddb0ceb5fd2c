// The game-specific part of the browser bench: when the title counts as usable, and how to play
// through the store the game exposes with ?fast=1 (window.bargainingChips.store): the stage and
// the overlay follow the store exactly as they do when a person clicks.
import type { Browser, Page } from 'playwright-core';
import { median, quantile } from './browser';
import { frameIntervals, type HeapUse, heapAfterGc, type ReadySpec, watchProblems } from './measure';

/**
 * When the title counts as usable, best rule first: the stage marks the scene it has drawn
 * (`data-scene="Title"` on the canvas) and the start button shows; failing that, the canvas exists
 * and the start button shows (the room may still be drawing).
 */
export const GAME_READY: readonly ReadySpec[] = [
  { selectors: ['canvas[data-scene="Title"]', '.title-panel button'] },
  { selectors: ['canvas', '.title-panel button'] },
];

/** Said when only the fallback rule works. */
export const GAME_READY_NOTE =
  'the stage does not mark its drawn scene (canvas data-scene="Title"), so "usable" means the canvas exists and the start button shows';

const FRAMES = 300;
const GAMES = 10;

// Page-side code is plain JavaScript text (see measure.ts for why).
const HELPERS = `
  const store = window.bargainingChips && window.bargainingChips.store;
  if (!store) throw new Error('no window.bargainingChips.store: open the game with ?fast=1');
  const s = () => store.getState();
  const frames = (n) => new Promise((done) => {
    let k = 0;
    const f = () => (++k >= n ? done() : requestAnimationFrame(f));
    requestAnimationFrame(f);
  });
  const issues = () => s().catalog.find((e) => e.id === s().config.scenarioId).model.issues;
  const myTurn = () => s().screen === 'table' && s().game && !s().game.outcome && s().game.turn === s().config.side;
  const vary = (k) => {
    const is = issues();
    const i = k % is.length;
    s().setOption(i, (k * 7 + 3) % is[i].options.length);
  };`;

/** From the title to the table of a fresh game. */
const TO_TABLE = `async () => {${HELPERS}
  s().showSetup();
  await frames(5);
  s().beginBriefing();
  await frames(10);
  s().beginTable();
  await frames(30);
  return s().screen;
}`;

/** Keep the table busy for a while: change the draft (meters move) and propose (cards cross). */
const ANIMATE = `async (moves) => {${HELPERS}
  for (let k = 0; k < moves && s().screen === 'table'; k++) {
    vary(k);
    await frames(12);
    if (myTurn() && k % 2 === 1) s().propose();
    await frames(12);
  }
  return s().screen;
}`;

/** One whole game from the setup screen to the debrief and back to setup; returns moves made. */
const ONE_GAME = `async (g) => {${HELPERS}
  if (s().screen !== 'setup') s().showSetup();
  s().updateSetup({ seed: 1000 + g }); // a fixed seed per game: the same ten games every run
  s().beginBriefing();
  await frames(6);
  s().beginTable();
  await frames(12);
  let moves = 0;
  for (let k = 0; k < 60 && s().game && !s().game.outcome; k++) {
    if (!myTurn()) { await frames(2); continue; }
    if (s().game.standing && k >= 8 + (g % 3)) s().accept();
    else { vary(k + g); s().propose(); }
    moves++;
    await frames(8);
  }
  if (s().game && !s().game.outcome && myTurn()) s().walkAway();
  await frames(20);
  s().showDebrief();
  await frames(30);
  s().playAgain();
  await frames(10);
  return moves;
}`;

function printFrames(where: string, xs: readonly number[]): void {
  const m = median(xs);
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `table frame time ${where}: median ${m.toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, ` +
      `mean ${mean.toFixed(1)} ms over ${xs.length} frames (aim <= 17 ms) ${m <= 17 ? 'OK' : 'OVER'}`,
  );
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

/** Renderers the table's frame time is measured with (?renderer=…; 'auto' picks Canvas on software WebGL). */
const RENDERERS = ['webgl', 'canvas'] as const;

/** Open the game (fixed seed, computer answers at once) in a fresh context and run `fn` on it. */
async function withGame(browser: Browser, url: string, query: string, fn: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const problems = watchProblems(page);
    // A link with a seed opens that game's briefing (drawn by the Title scene).
    await page.goto(`${url}?fast=1&seed=7${query}`);
    await page.locator('canvas[data-scene="Title"]').waitFor();
    await fn(page);
    for (const p of new Set(problems)) console.log(`  problem: ${p}`);
  } finally {
    await context.close();
  }
}

/** Frame time while the table animates, with each renderer; JS heap over ten games. */
export async function gameBench(browser: Browser, url: string): Promise<void> {
  for (const renderer of RENDERERS)
    await withGame(browser, url, `&renderer=${renderer}`, (page) => tableFrames(page, renderer));
  await withGame(browser, url, '', heapCheck);
}

async function tableFrames(page: Page, renderer: string): Promise<void> {
  const screen = await page.evaluate(`(${TO_TABLE})()`);
  if (screen !== 'table') {
    printFrames(
      `(${renderer}) on the '${String(screen)}' screen (could not reach the table)`,
      await frameIntervals(page, FRAMES),
    );
    return;
  }
  const [xs] = await Promise.all([frameIntervals(page, FRAMES), page.evaluate(`(${ANIMATE})(12)`)]);
  printFrames(`(${renderer}) while it animates (draft changes and proposals)`, xs);
}

/** Play games in a row from the setup screen; the heap after each (after GC) and the moves made. */
async function playGames(page: Page, games: number): Promise<{ moves: number[]; heaps: HeapUse[] }> {
  const moves: number[] = [];
  const heaps: HeapUse[] = [];
  for (let g = 0; g < games; g++) {
    moves.push(Number(await page.evaluate(`(${ONE_GAME})(${g})`)));
    heaps.push(await heapAfterGc(page));
  }
  return { moves, heaps };
}

const pct = (a: number, b: number) => {
  const g = (b / a - 1) * 100;
  return `${g >= 0 ? '+' : ''}${g.toFixed(1)}%`;
};

/** Heap growth is judged from game 1 to the last (aim within 5%) and from game 5 on (aim flat: within 2%). */
const AIM = { total: 5, fromFifth: 2 } as const;

function growthLine(label: string, xs: readonly number[]): string {
  const first = xs[0]!;
  const fifth = xs[Math.min(4, xs.length - 1)]!;
  const last = xs.at(-1)!;
  const ok =
    Math.abs(last / first - 1) * 100 <= AIM.total && Math.abs(last / fifth - 1) * 100 <= AIM.fromFifth;
  return (
    `${label} after ${xs.length} games ${mb(last)} vs after the first ${mb(first)}: ${pct(first, last)}, ` +
    `from game 5 on ${pct(fifth, last)} (aim within ${AIM.total}%, flat from game 5) ${ok ? 'OK' : 'OVER'}`
  );
}

async function heapCheck(page: Page): Promise<void> {
  await page.evaluate(`window.bargainingChips.store.getState().showSetup()`);
  const { moves, heaps } = await playGames(page, GAMES);
  const perGame = (f: (h: HeapUse) => number, digits = 2) =>
    heaps.map((h) => (f(h) / 1048576).toFixed(digits)).join(', ');
  console.log(
    growthLine(
      'JS heap (after forced GC)',
      heaps.map((h) => h.js),
    ),
  );
  console.log(
    growthLine(
      "  of it the game's data (heap less compiled code)",
      heaps.map((h) => h.js - h.code),
    ),
  );
  console.log(`  JS heap after each game (MB): ${perGame((h) => h.js)}`);
  console.log(
    `  compiled code after each game (MB; V8 warming up, not the game's data): ${perGame((h) => h.code)}`,
  );
  console.log(`  array buffers outside the JS heap after each game (MB): ${perGame((h) => h.buffers, 1)}`);
  console.log(`  human moves per game: ${moves.join(', ')}`);
}
