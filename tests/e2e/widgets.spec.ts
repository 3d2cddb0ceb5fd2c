// The stage kit in a real browser: the dev-only widget gallery (dev/gallery/) is served by a Vite
// dev server this spec starts itself, because `vite preview` serves only the production build and
// the gallery is deliberately not a build input (it would ship an extra page and chunk).
// Checks: every page loads its art with no console or page errors at 1280×720 and 1024×640
// (screenshots kept as artifacts), reduced motion leaves no tween running, widgets leave nothing
// behind when destroyed or when their scene restarts. (The table's frame time is measured by
// `npm run bench`, not here.)
import { expect, type Page, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { frames } from './fixtures';

interface Snapshot {
  children: number;
  shutdownListeners: number;
  tweens: number;
  textures: number;
  art: number;
}

interface Api {
  ready: boolean;
  step(): void;
  cycle(times: number): Promise<{ before: Snapshot; after: Snapshot }>;
  snapshot(): Snapshot;
  restart(): void;
  reduce(on: boolean): void;
}

const ART_PIECES = 3;
const PAGES = ['table', 'compact', 'widgets', 'chart', 'debrief', 'effects'] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
] as const;

let server: ViteDevServer;
let base = '';

// The gallery runs on Vite's dev server, whose first page transforms every module on demand: on a
// busy two-core machine a page has taken 40–70 s, so these tests get more than the default minute.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 5190, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { include: ['phaser'] },
  });
  await server.listen();
  base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5190/';
});

test.afterAll(async () => {
  await server?.close();
});

/** Open a gallery page, collect console errors and page errors, wait until it is built. */
async function open(page: Page, query: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}dev/gallery/index.html?${query}`);
  await page.waitForFunction(() => (window as unknown as Partial<Win>).__gallery?.ready === true, null, {
    timeout: 150_000,
  });
  return errors;
}

type Win = { __gallery: Api };
const snapshot = (page: Page) => page.evaluate(() => (window as unknown as Win).__gallery.snapshot());
const step = (page: Page) => page.evaluate(() => (window as unknown as Win).__gallery.step());

for (const size of SIZES) {
  for (const name of PAGES) {
    test(`gallery page ${name} renders at ${size.width}x${size.height} without errors`, async ({
      page,
    }, info) => {
      await page.setViewportSize(size);
      const errors = await open(page, `page=${name}`);
      // Let the entrance animations run, change the state, and photograph it mid-effect or settled.
      await frames(page, 10);
      await step(page);
      await frames(page, name === 'effects' ? 6 : 12);
      const snap = await snapshot(page);
      expect(snap.art).toBe(ART_PIECES);
      expect(snap.children).toBeGreaterThan(0);
      await page.screenshot({ path: info.outputPath(`${name}-${size.width}x${size.height}.png`) });
      expect(errors).toEqual([]);
    });
  }
}

test('reduced motion: widgets jump to their state and no tween keeps running', async ({ page }) => {
  test.slow();
  const errors = await open(page, 'page=widgets&reduced=1');
  await step(page);
  await expect.poll(async () => (await snapshot(page)).tweens).toBe(0);
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  const moving = await open(page, 'page=table');
  expect((await snapshot(page)).tweens).toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as Win).__gallery.reduce(true));
  await expect
    .poll(async () => (await snapshot(page)).tweens, { message: 'switched to reduced motion mid-game' })
    .toBe(0);
  await page.evaluate(() => (window as unknown as Win).__gallery.reduce(false));
  expect((await snapshot(page)).tweens, 'idle animation back on').toBeGreaterThan(0);
  expect([...errors, ...moving]).toEqual([]);
});

test('destroying and rebuilding the table ten times leaves nothing behind', async ({ page }) => {
  test.slow();
  const errors = await open(page, 'page=table');
  const { before, after } = await page.evaluate(() => (window as unknown as Win).__gallery.cycle(10));
  expect(after).toEqual(before);
  expect(errors).toEqual([]);
});

test('a scene restart releases the chart texture and every SHUTDOWN listener', async ({ page }) => {
  const errors = await open(page, 'page=chart&points=50000');
  const still = () =>
    page.waitForFunction(() => (window as unknown as Win).__gallery.snapshot().tweens === 0);
  await still();
  const before = await snapshot(page);
  await page.evaluate(() => (window as unknown as Win).__gallery.restart());
  await page.waitForFunction(() => (window as unknown as Partial<Win>).__gallery?.ready === true);
  await still();
  expect(await snapshot(page)).toEqual(before);
  expect(errors).toEqual([]);
});
