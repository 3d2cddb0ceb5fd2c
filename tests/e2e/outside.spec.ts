// Instructors' own scenario files: one in the site's scenarios/ folder named by the link, one opened
// or dropped on the title (also in the single file opened from disk), one carried by a link (#s=).
// A broken file lists every problem as the command line does, with hostile text shown as text; a
// missing file says so and offers a downloaded copy; a saved game never replays on a changed file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/serve';
import { axe, expect, open, shot, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'public', 'scenarios', 'my-case.yaml'), 'utf8');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
/** The example with three mistakes, one of them a hostile string. */
const BROKEN = EXAMPLE.replace(/^id: my-case$/m, 'id: 20')
  .replace('statusQuo: high', `statusQuo: '${HOSTILE}'`)
  .replace('rounds: 4', 'rounds: many');

/** Serve a file at an address of the site (as if copied into its scenarios/ folder). */
async function serve(page: Page, path: string, body: () => string): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/yaml; charset=utf-8', body: body() }),
  );
}

/** From the briefing to the table, and the first proposal: round 2 starts. */
async function firstMove(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
}

/** Drop a file with this name and text on the title's drop zone (or elsewhere on the page). */
async function drop(page: Page, name: string, text: string, where = '.outside-open'): Promise<void> {
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/yaml' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.locator(where).dispatchEvent('drop', { dataTransfer: data });
}

const problem = (page: Page) => page.locator('.outside-problem');

test('a file in the site’s scenarios/ folder plays from its link, and a reload resumes it', async ({
  page,
}) => {
  await open(page, 'scenario=scenarios/my-case.yaml&side=city&seed=5');
  await expect(page.getByRole('heading', { name: 'Confidential briefing: Port city' })).toBeVisible();
  await firstMove(page);
  await shot(page, 'outside-first-move');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('bargaining-chips/game') ?? '{}'));
  expect(saved.outside).toEqual({ kind: 'url', url: 'scenarios/my-case.yaml' });
  expect(new URL(page.url()).searchParams.get('scenario')).toBe('scenarios/my-case.yaml');
  await page.reload();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
});

test('a broken file lists every problem with line and column, hostile text as text, no error', async ({
  page,
}) => {
  await serve(page, 'scenarios/broken.yaml', () => BROKEN);
  await open(page, 'scenario=scenarios/broken.yaml&side=city');
  const panel = problem(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText(
    'The scenario file “broken.yaml” cannot be played: 3 problems',
  );
  const lines = await panel.locator('li').allTextContents();
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^broken\.yaml:\d+:5 error id: wrong kind of value: 20 is read as a number; put it in quotes to make it text: id: '20' — expected text$/);
  expect(lines[1]).toMatch(
    /^broken\.yaml:\d+:\d+ error issues\[0\]\.statusQuo: .*found "<img src=x onerror=/,
  );
  expect(lines[2]).toMatch(/^broken\.yaml:\d+:\d+ error rules\.rounds: .*expected a number, found "many"$/);
  expect(await page.locator('.overlay img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // No game was opened from the link, and its address stays as it was (fix the file, reload).
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('scenario')).toBe('scenarios/broken.yaml');
  await shot(page, 'outside-broken');
  await axe(page, 'outside problem');
});

test('a hostile title in a valid file shows as text on every screen', async ({ page }) => {
  await open(page);
  await drop(page, 'hostile.yaml', EXAMPLE.replace("title: 'Harbour deal (example)'", `title: '${HOSTILE}'`));
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option:checked')).toHaveText(HOSTILE);
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await expect(page.getByText(HOSTILE).first()).toBeVisible();
  await firstMove(page);
  expect(await page.locator('.overlay img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a missing file says so and offers a downloaded copy, which then plays', async ({ page }) => {
  await open(page, 'scenario=scenarios/not-there.yaml');
  const panel = problem(page);
  await expect(panel).toContainText('There is no scenario file at “scenarios/not-there.yaml”');
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Open a downloaded copy…' }).click();
  await (await chooser).setFiles({
    name: 'my-case.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(EXAMPLE),
  });
  await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('my-case');
  await expect(panel).toBeHidden();
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await firstMove(page);
});

test('on a static web host, a missing file (404) is told as missing', async ({ page, errors }) => {
  const server = await serveStatic({ course: join(ROOT, 'dist') });
  try {
    await page.goto(`${server.origin}/course/index.html?fast=1&scenario=scenarios/missing.yaml`);
    await expect(problem(page)).toContainText('There is no scenario file at “scenarios/missing.yaml”');
  } finally {
    await server.close();
  }
  // The browser itself logs the 404; the page adds no error of its own.
  const own = errors.filter((e) => !e.includes('Failed to load resource'));
  errors.splice(0, errors.length, ...own);
});

test('another site that refuses (CORS) is named as the likely cause', async ({ page, errors }) => {
  await page.route('https://elsewhere.example/**', (route) => route.abort('accessdenied'));
  await open(page, 'scenario=https://elsewhere.example/my-case.yaml');
  await expect(problem(page)).toContainText('does not let other sites load its files (CORS)');
  await expect(problem(page).getByRole('button', { name: 'Open a downloaded copy…' })).toBeVisible();
  // The browser itself logs the refused request; the page adds no error of its own.
  const own = errors.filter((e) => !e.includes('Failed to load resource'));
  errors.splice(0, errors.length, ...own);
});

test('a file opened with the picker or dropped on the title plays; its link carries it', async ({
  page,
  context,
}) => {
  await open(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a scenario file…' }).click();
  await (await chooser).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": 20,'),
  });
  await expect(problem(page)).toContainText(/^.*bad\.json:1:\d+ error/);
  await problem(page).getByRole('button', { name: 'Dismiss' }).click();

  await drop(page, 'my-case.yaml', EXAMPLE);
  await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('my-case');
  await expect(page.getByText('Your file: my-case.yaml')).toBeVisible();
  await page.getByLabel('Your side').selectOption({ label: 'Shipping line' });
  await page.getByRole('button', { name: 'Make a link that carries this file' }).click();
  const link = await page.getByLabel('Link to this scenario file').inputValue();
  expect(link).toMatch(/\?scenario=my-case&side=line#s=[A-Za-z0-9_-]+$/);
  await shot(page, 'outside-share');
  await axe(page, 'setup with an outside file and its link');

  // Opened elsewhere (a fresh page of another browser profile would do the same): it plays.
  await context.clearCookies();
  const other = await context.newPage();
  await other.evaluate(() => localStorage.clear()).catch(() => undefined);
  await other.goto(link.replace('?', '?fast=1&'));
  await expect(other.getByRole('heading', { name: 'Confidential briefing: Shipping line' })).toBeVisible();
  await firstMove(other);
  await other.close();
});

test('a file too big for a link is told so (dropped beside the drop zone, on the title)', async ({
  page,
}) => {
  await open(page);
  await drop(
    page,
    'busan-2025.yaml',
    readFileSync(join(ROOT, 'scenarios', 'busan-2025.yaml'), 'utf8'),
    'canvas',
  );
  await page.getByRole('button', { name: 'Make a link that carries this file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too big for a link' })).toContainText(
    /This file is too big for a link: [\d,]+ characters compressed, and a link holds at most 8,?000/,
  );
  await expect(page.getByLabel('Link to this scenario file')).toBeHidden();
});

test('a saved game is not replayed on a changed file: the player is told', async ({ page }) => {
  let text = EXAMPLE;
  await serve(page, 'scenarios/case.yaml', () => text);
  await open(page, 'scenario=scenarios/case.yaml&side=city&seed=3');
  await firstMove(page);
  text = EXAMPLE.replace('threshold: 42', 'threshold: 44');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'has changed' })).toContainText(
    'The scenario file "scenarios/case.yaml" has changed since your game was saved, so the game is not replayed on it.',
  );
  await expect(page.getByText(/Round 2 of \d/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Confidential briefing: Port city' })).toBeVisible();
});

test.describe('the single-file build', () => {
  const SINGLE = join(ROOT, 'dist-single', 'index.html');
  // Built by build.spec.ts in a full run (after the site); built here when missing or older than the site.
  const DIST = join(ROOT, 'dist', 'index.html');
  test.beforeAll(() => {
    const stale =
      !existsSync(SINGLE) || (existsSync(DIST) && statSync(SINGLE).mtimeMs < statSync(DIST).mtimeMs);
    if (stale)
      execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
  });

  test('served from a web folder, it plays a file of the folder’s scenarios/', async ({ page }) => {
    const server = await serveStatic({ course: join(ROOT, 'dist-single') });
    try {
      await page.goto(`${server.origin}/course/index.html?fast=1&scenario=scenarios/my-case.yaml&side=line`);
      await expect(page.getByRole('heading', { name: 'Confidential briefing: Shipping line' })).toBeVisible();
      await firstMove(page);
    } finally {
      await server.close();
    }
  });

  test('opened from disk, cannot fetch a file beside it, says so, and opens a downloaded copy', async ({ page }) => {
    await page.goto(`${pathToFileURL(SINGLE).href}?fast=1&scenario=scenarios/my-case.yaml`);
    await expect(problem(page)).toContainText('opened from a file on your computer (file://)');
    const chooser = page.waitForEvent('filechooser');
    await problem(page).getByRole('button', { name: 'Open a downloaded copy…' }).click();
    await (await chooser).setFiles({
      name: 'my-case.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(EXAMPLE),
    });
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await firstMove(page);
  });
});
