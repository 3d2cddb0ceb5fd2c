// The builds a teacher hands out: the static site served from a sub-folder, and the single HTML file
// opened from disk (file://). Both must reach the title screen with no request outside themselves.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/serve';
import { t } from '../../src/i18n';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SINGLE = join(ROOT, 'dist-single', 'index.html');

/** Every request the page makes, and every error it reports. */
function record(page: Page): { urls: string[]; errors: string[] } {
  const seen = { urls: [] as string[], errors: [] as string[] };
  page.on('request', (r) => seen.urls.push(r.url()));
  page.on('requestfailed', (r) => seen.errors.push(`failed: ${r.url().slice(0, 100)}`));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`page: ${e.message}`));
  return seen;
}

/** The title is usable: the stage is drawn and the way into a game is a real button. */
async function expectTitle(page: Page): Promise<void> {
  await expect(page.locator('canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: t('title.start') })).toBeVisible();
}

test.describe('builds', () => {
  test.beforeAll(() => {
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  });

  test('the single-file build links no script, style, image or sound outside itself', () => {
    const html = readFileSync(SINGLE, 'utf8');
    const links = [...html.matchAll(/<(?:script|link|img|audio|source)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(links.filter((u) => !u?.startsWith('data:'))).toEqual([]);
    expect(html).not.toMatch(/["'(]\.?\/?assets\/[^"')]+\.(?:js|css|ogg|mp3|svg|png|webp|woff2?)["')]/);
  });

  test('the single file opens from file:// and reaches the title with no network request', async ({
    page,
  }) => {
    const seen = record(page);
    const url = pathToFileURL(SINGLE).href;
    await page.goto(url);
    await expectTitle(page);
    // The first key press unlocks audio: the inlined sounds must decode without a request either.
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(seen.urls.filter((u) => u !== url && !/^(data|blob):/.test(u))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('the static build runs from a sub-folder of a web site', async ({ page }) => {
    const dist = join(ROOT, 'dist');
    test.skip(!existsSync(join(dist, 'index.html')), 'run `vite build` first (npm test does)');
    const server = await serveStatic({ 'course/unit-3/game': dist });
    try {
      const seen = record(page);
      await page.goto(`${server.origin}/course/unit-3/game/`);
      await expectTitle(page);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      const outside = seen.urls.filter(
        (u) => !u.startsWith(`${server.origin}/course/unit-3/game/`) && !/^(data|blob):/.test(u),
      );
      expect(outside).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
