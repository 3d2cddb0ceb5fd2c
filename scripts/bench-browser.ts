// The browser half of `npm run bench` (after the node benchmarks): builds the game and a blank
// Phaser 4 page the same way, serves both from sub-folders of a local static server, and prints
// cold load, initial JavaScript size, the table's frame time per renderer and heap growth over ten
// games, measured in headless Chromium.
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, median } from './bench/browser';
import { GAME_READY, GAME_READY_NOTE, gameBench } from './bench/game';
import { gzipped, initialJs, JS_BUDGET_KB } from './bench/initial-js';
import { coldLoad, frameIntervals, type ReadySpec } from './bench/measure';
import { serveStatic } from './bench/serve';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BLANK_OUT = join(ROOT, 'node_modules', '.cache', 'bench-blank');
const RUNS = 5;
/** The game's cold load may take at most this many times a blank Phaser page's. */
const LOAD_AIM = 1.2;

const BLANK_READY: ReadySpec = { selectors: ['canvas'], flag: '__blankReady' };

async function buildBoth(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: join(ROOT, 'scripts', 'bench'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BLANK_OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 1600,
      rollupOptions: { input: 'blank.html' },
    },
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Gzipped size in bytes of every .js file under a folder. */
function gzippedJs(dir: string): { bytes: number; count: number } {
  const js = files(dir).filter((f) => f.endsWith('.js'));
  return { bytes: gzipped(js), count: js.length };
}

/** The first readiness rule the page meets in a warm-up load (unmeasured), or null. */
async function pickReady(browser: Browser, url: string, specs: readonly ReadySpec[], problems: Set<string>) {
  for (const [i, spec] of specs.entries()) {
    const r = await coldLoad(browser, url, spec, 10_000);
    // A rule the page does not meet is no problem while another rule is left to try.
    if (!Number.isNaN(r.ms) || i === specs.length - 1) for (const p of r.problems) problems.add(p);
    if (!Number.isNaN(r.ms)) return spec;
  }
  return null;
}

async function coldLoads(browser: Browser, origin: string): Promise<boolean> {
  const problems = new Set<string>();
  const gameUrl = `${origin}/game/`;
  const blankUrl = `${origin}/blank/blank.html`;
  // The warm-up loads also warm the browser binary and the OS file cache (not the page's cache).
  const gameReady = await pickReady(browser, gameUrl, GAME_READY, problems);
  const blankReady = await pickReady(browser, blankUrl, [BLANK_READY], problems);
  if (!gameReady || !blankReady) {
    console.log('cold load: NOT MEASURED (a page never became ready)');
    for (const p of problems) console.log(`  problem: ${p}`);
    return false;
  }
  if (gameReady !== GAME_READY[0]) console.log(`  note: ${GAME_READY_NOTE}`);
  const times = { game: [] as number[], blank: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, url, ready] of [
      ['game', gameUrl, gameReady],
      ['blank', blankUrl, blankReady],
    ] as const) {
      const r = await coldLoad(browser, url, ready);
      times[name].push(r.ms);
      for (const p of r.problems) problems.add(`${name}: ${p}`);
    }
  }
  const game = median(times.game);
  const blank = median(times.blank);
  const ratio = game / blank;
  console.log(
    `cold load to a usable title screen, median of ${RUNS}: game ${game.toFixed(0)} ms, blank Phaser 4 page ${blank.toFixed(0)} ms, ` +
      `ratio ${ratio.toFixed(2)}x (aim <= ${LOAD_AIM}x) ${ratio <= LOAD_AIM ? 'OK' : 'OVER'}`,
  );
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `  runs: game ${list(times.game)}; blank ${list(times.blank)} ms; ready when ${JSON.stringify(gameReady)}`,
  );
  for (const p of problems) console.log(`  problem: ${p}`);
  return !Number.isNaN(game);
}

/** The floor for frame time on this machine: a blank Phaser page doing nothing. */
async function blankFrames(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__blankReady === true);
    const xs = await frameIntervals(page, 120);
    console.log(`frame time of the blank Phaser page (the floor here): median ${median(xs).toFixed(1)} ms`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  console.log('\n== browser bench (headless Chromium) ==');
  const [load] = loadavg();
  console.log(
    `machine: ${availableParallelism()} cores, load average ${load?.toFixed(1)} (timings mean little when it is above the core count)`,
  );
  await buildBoth();
  const { files: initial, kb } = initialJs(DIST);
  const all = gzippedJs(DIST);
  const phaserKb = gzippedJs(BLANK_OUT).bytes / 1024;
  console.log(
    `initial JavaScript gzipped (entry + modulepreloads, ${initial.length} file(s)): ${kb.toFixed(1)} kB ` +
      `(budget <= ${JS_BUDGET_KB} kB) ${kb <= JS_BUDGET_KB ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  all JavaScript: ${(all.bytes / 1024).toFixed(1)} kB in ${all.count} file(s); beyond a blank Phaser page: ` +
      `${(kb - phaserKb).toFixed(1)} kB (the blank page: ${phaserKb.toFixed(1)} kB)`,
  );
  const server = await serveStatic({ game: DIST, blank: BLANK_OUT });
  const browser = await launchChromium();
  try {
    console.log(`Chromium ${browser.version()}`);
    if (await coldLoads(browser, server.origin)) {
      await blankFrames(browser, `${server.origin}/blank/blank.html`);
      await gameBench(browser, `${server.origin}/game/`);
    } else console.log('frame time and heap: not measured (the game never reached its title screen)');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
