// The builds a teacher hands out: the static site served from a sub-folder, and the single HTML file
// opened from disk (file://). Both reach the title screen and load their sounds with no request
// outside themselves, and make no request at all once loaded; the static site also works offline
// once loaded (service worker). Requests are recorded for the whole life of the browser context.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { initialJs, JS_BUDGET_KB } from '../../scripts/bench/initial-js';
import { serveStatic } from '../../scripts/bench/serve';
import { t } from '../../src/i18n';
import { expect, sound, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SINGLE = join(ROOT, 'dist-single', 'index.html');
const DIST = join(ROOT, 'dist');
const FOLDER = 'course/unit-3/game';

/** Every request of the context (pages and service workers), with whether the page had loaded. */
interface Seen {
  url: string;
  fromWorker: boolean;
  afterLoad: boolean;
}

/** Record requests and failures from now until the context closes; `loaded()` marks the load's end. */
function record(context: BrowserContext): { seen: Seen[]; failures: string[]; loaded(): void } {
  const seen: Seen[] = [];
  const failures: string[] = [];
  let afterLoad = false;
  context.on('request', (r) =>
    seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null, afterLoad }),
  );
  context.on('requestfailed', (r) => failures.push(`failed: ${r.url().slice(0, 100)}`));
  context.on('response', (r) => {
    if (r.status() >= 400) failures.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { seen, failures, loaded: () => (afterLoad = true) };
}

/** Wait until the page's service worker has precached the site and is active (or say how far it got). */
async function serviceWorkerActive(page: Page): Promise<void> {
  const state = () =>
    page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r?.active?.state ?? (r?.installing ? 'installing' : r?.waiting ? 'waiting' : 'none');
    });
  await expect.poll(state, { message: 'service worker state', timeout: 20_000 }).toBe('activated');
}

/** The title is usable, and the sounds have loaded; then a key press starts the music. */
async function loadTitleAndSound(page: Page, url: string, whenLoaded: () => void): Promise<void> {
  await page.goto(url);
  await expect(page.locator('canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: t('title.start') })).toBeVisible();
  await expect.poll(async () => (await sound(page)).loaded.music.every(Boolean)).toBe(true);
  await expect.poll(async () => (await sound(page)).loaded.effects).toBe(true);
  whenLoaded();
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await sound(page)).musicPlaying).toBe(2);
}

test.describe('builds', () => {
  test.beforeAll(() => {
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  });

  test('the single-file build links no script, style, image, font or sound outside itself', () => {
    const html = readFileSync(SINGLE, 'utf8');
    const links = [...html.matchAll(/<(?:script|link|img|audio|source)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(links.filter((u) => !u?.startsWith('data:'))).toEqual([]);
    expect(html).not.toMatch(/["'(]\.?\/?assets\/[^"')]+\.(?:js|css|ogg|mp3|svg|png|webp|woff2?)["')]/);
    expect(html).not.toContain('serviceWorker.register');
  });

  test('the single file opens from file:// and loads everything with no network request', async ({
    page,
  }) => {
    const net = record(page.context());
    const url = `${pathToFileURL(SINGLE).href}?fast=1`;
    await loadTitleAndSound(page, url, net.loaded);
    await page.close();
    expect(net.seen.map((s) => s.url).filter((u) => u !== url && !/^(data|blob):/.test(u))).toEqual([]);
    expect(net.failures).toEqual([]);
  });

  test.describe('the static build', () => {
    test.skip(!existsSync(join(DIST, 'index.html')), 'run `vite build` first (npm test does)');

    test(`loads at most ${JS_BUDGET_KB} kB of gzipped JavaScript before the first screen`, () => {
      const { files, kb } = initialJs(DIST);
      expect(files.length, 'the entry script is found in index.html').toBeGreaterThan(0);
      expect(kb, `initial scripts: ${files.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET_KB);
    });

    test('runs from a sub-folder, asks nothing outside it, and nothing at all once loaded', async ({
      page,
    }) => {
      const server = await serveStatic({ [FOLDER]: DIST });
      try {
        const net = record(page.context());
        await loadTitleAndSound(page, `${server.origin}/${FOLDER}/?fast=1`, net.loaded);
        // The service worker is active once it has precached the site.
        await serviceWorkerActive(page);
        await page.close();
        const urls = net.seen.map((s) => s.url).filter((u) => !/^(data|blob):/.test(u));
        expect(
          net.seen.some((s) => s.fromWorker),
          'the service worker precached the site',
        ).toBe(true);
        expect(urls.filter((u) => !u.startsWith(`${server.origin}/${FOLDER}/`))).toEqual([]);
        expect(net.seen.filter((s) => s.afterLoad && !s.fromWorker).map((s) => s.url)).toEqual([]);
        expect(net.failures).toEqual([]);
      } finally {
        await server.close();
      }
    });

    test('the service worker leaves the Scenario Lab out of a student\'s download, and still lets it open', async ({
      page,
    }) => {
      const server = await serveStatic({ [FOLDER]: DIST });
      try {
        const net = record(page.context());
        await page.goto(`${server.origin}/${FOLDER}/?fast=1`);
        await expect(page.getByRole('button', { name: t('title.start') })).toBeVisible();
        await serviceWorkerActive(page);
        // Nothing of the Lab was fetched for the game, not even by the worker's precache.
        expect(net.seen.map((x) => x.url).filter((u) => /lab|analysis-worker|tournament-worker/.test(u))).toEqual([]);
        // Under the worker's control, lab.html is the Lab, not the game's page.
        await page.goto(`${server.origin}/${FOLDER}/lab.html`);
        await expect(page.getByRole('heading', { level: 1, name: 'Scenario Lab' })).toBeVisible();
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      } finally {
        await server.close();
      }
    });

    test('works offline once loaded: reloading with no network still shows the title', async ({ page }) => {
      const server = await serveStatic({ [FOLDER]: DIST });
      try {
        const url = `${server.origin}/${FOLDER}/?fast=1`;
        await page.goto(url);
        await expect(page.getByRole('button', { name: t('title.start') })).toBeVisible();
        await serviceWorkerActive(page);
        await page.context().setOffline(true);
        await page.reload();
        await expect(page.locator('canvas[data-scene="Title"]')).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'Bargaining Chips' })).toBeVisible();
        const served = await page.evaluate(() => navigator.serviceWorker.controller !== null);
        expect(served, 'the reload was answered by the service worker').toBe(true);
      } finally {
        await server.close();
      }
    });
  });
});
