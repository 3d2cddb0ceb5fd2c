// The game-specific part of the browser bench: when the title counts as usable, and how to play
// through the store the game exposes with ?fast=1 (window.bargainingChips.store): the stage and
// the overlay follow the store exactly as they do when a person clicks.
import type { Browser, Page } from 'playwright-core';
import { median, quantile } from './browser';
import { frameIntervals, heapAfterGc, type ReadySpec, watchProblems } from './measure';

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
  console.log(
    `frame time ${where}: median ${m.toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms over ${xs.length} frames ` +
      `(aim <= 17 ms) ${m <= 17 ? 'OK' : 'OVER'}`,
  );
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

/** Frame time while the table animates, and JS heap after ten games vs after the first. */
export async function gameBench(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${url}?fast=1`);
    await page.locator('.title-panel button').first().waitFor();
    await tableFrames(page);
    await heapCheck(page);
    for (const p of new Set(problems)) console.log(`  problem: ${p}`);
  } finally {
    await context.close();
  }
}

async function tableFrames(page: Page): Promise<void> {
  const screen = await page.evaluate(`(${TO_TABLE})()`);
  if (screen !== 'table') {
    printFrames(
      `on the '${String(screen)}' screen (could not reach the table)`,
      await frameIntervals(page, FRAMES),
    );
    return;
  }
  const [xs] = await Promise.all([frameIntervals(page, FRAMES), page.evaluate(`(${ANIMATE})(12)`)]);
  printFrames('while the table animates (draft changes and proposals)', xs);
  await page.evaluate(`(async () => { const s = window.bargainingChips.store.getState(); s.walkAway(); })()`);
}

/** Play games in a row from the setup screen; the heap after each (after GC) and the moves made. */
export async function playGames(
  page: Page,
  games: number,
): Promise<{ moves: number[]; heaps: { js: number; buffers: number }[] }> {
  const moves: number[] = [];
  const heaps: { js: number; buffers: number }[] = [];
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

async function heapCheck(page: Page): Promise<void> {
  await page.evaluate(
    `(() => { const s = window.bargainingChips.store.getState(); s.showDebrief(); s.playAgain(); })()`,
  );
  const { moves, heaps } = await playGames(page, GAMES);
  const first = heaps[0]!;
  const last = heaps.at(-1)!;
  const growth = (last.js / first.js - 1) * 100;
  console.log(
    `JS heap after ${GAMES} games ${mb(last.js)} vs after the first ${mb(first.js)}: ${pct(first.js, last.js)} ` +
      `(aim within 10%) ${Math.abs(growth) <= 10 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  array buffers outside the JS heap: ${mb(last.buffers)} after ${GAMES} games vs ${mb(first.buffers)} after the first (${pct(first.buffers, last.buffers)})`,
  );
  console.log(`  JS heap after each game (MB): ${heaps.map((h) => (h.js / 1048576).toFixed(2)).join(', ')}`);
  console.log(
    `  array buffers after each game (MB): ${heaps.map((h) => (h.buffers / 1048576).toFixed(1)).join(', ')}`,
  );
  console.log(`  human moves per game: ${moves.join(', ')}`);
}
