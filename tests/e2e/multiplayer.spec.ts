// Two students, one table. Over the network: the spec starts its own class server (src/server,
// serving the built dist/) on a free port in 4202..4209, and two browser contexts play a whole
// game to the debrief; a reload mid-game gets the seat back. On one device (hot-seat): the
// hand-over screen and the other side's turn never show a side's private numbers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { axe, expect, fits, live, open, press, shot, test, typeSeed } from './fixtures';

/** A port in 4202..4209 nobody listens on (4201 is the preview server's in the full run). */
async function freePort(): Promise<number> {
  for (let port = 4202; port <= 4209; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port in 4202..4209.');
}

let server: ChildProcess | null = null;
let origin = '';

test.describe('two devices', () => {
  test.beforeAll(async () => {
    const port = await freePort();
    server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((ready, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`The server did not start: ${out}`)), 30_000);
      server?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('On this computer')) {
          clearTimeout(timer);
          ready();
        }
      });
      server?.stderr?.on('data', (d: Buffer) => {
        out += d.toString();
      });
      server?.once('exit', (code) => fail(new Error(`The server exited (${code}): ${out}`)));
    });
    origin = `http://127.0.0.1:${port}`;
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  /** A student's page on the class server, with errors failing the test. */
  async function student(browser: Browser, errors: string[]): Promise<Page> {
    const context = await browser.newContext({
      baseURL: `${origin}/`,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    return page;
  }

  /** Ana creates a table (as the United States, seed 11) and reads its code off the lobby. */
  async function createTable(page: Page): Promise<string> {
    await open(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('combobox', { name: 'Who plays the other side' }).selectOption('network');
    await page.getByRole('textbox', { name: /Your name/ }).fill('Ana');
    await typeSeed(page, 11);
    await press(page, 'Create a table');
    const code = page.getByText(/^Table code: [A-Z0-9]{5}$/);
    await expect(code).toBeVisible();
    await expect(page.getByText('Waiting for your partner…', { exact: true })).toBeVisible();
    // A screen reader hears the code, letter by letter, and that the table waits.
    await expect(live(page)).toContainText('Waiting for your partner…');
    return ((await code.textContent()) ?? '').slice(-5);
  }

  /** Bo opens the table's link, types a name and joins by keyboard. */
  async function join(page: Page, code: string): Promise<void> {
    await open(page, `table=${code}`);
    await expect(page.getByRole('textbox', { name: 'Table code' })).toHaveValue(code);
    await page.getByRole('textbox', { name: /Your name/ }).fill('Bo');
    await press(page, 'Join the table');
    await expect(page.getByRole('heading', { name: 'Confidential briefing: China' })).toBeVisible();
    await expect(page.getByText('Across the table: United States, played by a classmate.')).toBeVisible();
  }

  test('two browsers play a whole game over the network to the debrief', async ({ browser }) => {
    const errors: string[] = [];
    const ana = await student(browser, errors);
    const bo = await student(browser, errors);
    const code = await createTable(ana);
    // The network client is fetched only now that a network mode was chosen.
    const chunks = await ana.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''),
    );
    expect(chunks.some((n) => /^net-.*\.js$/.test(n))).toBe(true);
    await shot(ana, 'network-lobby');
    await axe(ana, 'lobby');
    await fits(ana, 'lobby');
    await join(bo, code);
    await expect(live(ana)).toContainText('Bo joined the table.');
    await expect(live(bo)).toContainText('You joined the table; Ana is across it.');
    await expect(ana.getByRole('heading', { name: 'Confidential briefing: United States' })).toBeVisible();
    await ana.getByRole('button', { name: 'Go to the table' }).click();
    await bo.getByRole('button', { name: 'Go to the table' }).click();
    await expect(
      bo.getByText(/China · United States is considering…|United States is considering…/),
    ).toBeVisible();
    await press(ana, 'Propose this package');
    await expect(bo.getByText('United States proposed in round 1:')).toBeVisible();
    // The partner's move is announced.
    await expect(live(bo)).toContainText('United States');
    await axe(bo, 'network table');
    await shot(bo, 'network-partner-moved');
    // A move the server refuses (here out of turn, sent past the screen) shows on the page, in the game's words.
    await ana.evaluate(() => {
      const { store } = (
        window as never as { bargainingChips: { store: { getState(): { sendMove(m: unknown): void } } } }
      ).bargainingChips;
      store.getState().sendMove({ type: 'walkAway', side: 0 });
    });
    await expect(
      ana.getByRole('alert').filter({ hasText: 'That move is not allowed: it is not your turn.' }),
    ).toBeVisible();
    await shot(ana, 'network-refused');
    await ana.getByRole('button', { name: 'Dismiss' }).click();
    await bo.getByRole('button', { name: 'Accept their offer' }).click();
    const anyway = bo.getByRole('button', { name: 'Accept anyway' });
    if (await anyway.isVisible()) await anyway.click();
    for (const page of [ana, bo]) {
      await expect(page.getByRole('button', { name: 'See the debrief' })).toBeVisible();
      await page.getByRole('button', { name: 'See the debrief' }).click();
      await expect(page.getByRole('heading', { name: 'Debrief', exact: true })).toBeVisible();
    }
    await shot(ana, 'network-debrief');
    // The exports carry both students' names; the creator's seed holds.
    const config = (await ana.evaluate('window.bargainingChips.store.getState().config')) as {
      names: string[];
      seed: number;
    };
    expect(config.names).toEqual(['Ana', 'Bo']);
    expect(config.seed).toBe(11);
    expect(errors).toEqual([]);
  });

  test('a student alone asks the computer to take the other seat', async ({ browser }) => {
    const errors: string[] = [];
    const ana = await student(browser, errors);
    await createTable(ana);
    await press(ana, 'Let the computer take the other seat');
    await expect(live(ana)).toContainText('The computer takes the other seat');
    await expect(ana.getByText(/Across the table: China, played by the computer/)).toBeVisible();
    await ana.getByRole('button', { name: 'Go to the table' }).click();
    await press(ana, 'Propose this package');
    await expect(ana.getByText('China proposed in round 1:')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a reload mid-game gets the same seat back', async ({ browser }) => {
    const errors: string[] = [];
    const ana = await student(browser, errors);
    const bo = await student(browser, errors);
    const code = await createTable(ana);
    await join(bo, code);
    await ana.getByRole('button', { name: 'Go to the table' }).click();
    await press(ana, 'Propose this package');
    await bo.reload();
    await expect(live(ana)).toContainText('Bo lost the connection');
    // Back at the table, as China, with Ana's proposal on it.
    await expect(bo.getByText('United States proposed in round 1:')).toBeVisible();
    await expect(bo.getByRole('button', { name: 'Accept their offer' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    await expect(live(ana)).toContainText('Bo is back.');
    await expect(live(bo)).toContainText('You are back at the table with Ana.');
    await press(bo, 'Propose this package');
    await expect(ana.getByText('China proposed in round 1:')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('one device', () => {
  /** Every text of the page, hidden or not (the live region, closed details, hidden panels). */
  const pageText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

  /** The side's private lines in its briefing: each factor's facts, walk-away score, ratification rule. */
  async function privateLines(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll('.briefing-panel .facts, .briefing-panel p')]
        .map((e) => e.textContent ?? '')
        .filter((x) => /\d/.test(x) && !/rounds; each side moves/.test(x)),
    );
  }

  test('hot-seat: the hand-over and the other side’s turn never show a side’s numbers', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('combobox', { name: 'Who plays the other side' }).selectOption('hotseat');
    await typeSeed(page, 5);
    await press(page, 'Read the briefing');
    await expect(
      page.getByText('Pass the device to the United States delegation — press Continue when ready.'),
    ).toBeVisible();
    await press(page, 'Continue as United States');
    await expect(page.getByRole('heading', { name: 'Confidential briefing: United States' })).toBeVisible();
    const us = await privateLines(page);
    expect(us.length).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await press(page, 'Propose this package');
    // The hand-over: nothing of either side shows.
    await expect(
      page.getByText('Pass the device to the China delegation — press Continue when ready.'),
    ).toBeVisible();
    await shot(page, 'hotseat-handover');
    await axe(page, 'handover');
    await fits(page, 'handover');
    const atHandover = await pageText(page);
    await press(page, 'Continue as China');
    await expect(page.getByRole('heading', { name: 'Confidential briefing: China' })).toBeVisible();
    const cn = await privateLines(page);
    // Lines the two briefings share (a common rule, equal numbers) say nothing secret.
    const usOnly = us.filter((x) => !cn.includes(x));
    const cnOnly = cn.filter((x) => !us.includes(x));
    expect(usOnly.length).toBeGreaterThan(2);
    for (const line of [...usOnly, ...cnOnly]) expect(atHandover).not.toContain(line);
    expect(await pageText(page)).not.toContain(usOnly[0]);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await expect(page.getByText('United States proposed in round 1:')).toBeVisible();
    const duringChina = await pageText(page);
    for (const line of usOnly) expect(duringChina).not.toContain(line);
    // The menu's briefing is China's own.
    await press(page, 'Propose this package');
    await expect(
      page.getByText('Pass the device to the United States delegation — press Continue when ready.'),
    ).toBeVisible();
    const second = await pageText(page);
    for (const line of cnOnly) expect(second).not.toContain(line);
    // Reload at the hand-over: it resumes there (saved), still hiding both sides.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Continue as United States' })).toBeVisible();
    await press(page, 'Continue as United States');
    // The US has moved before: straight to the table, with China's offer on it.
    await expect(page.getByText('China proposed in round 1:')).toBeVisible();
    const usTurn = await pageText(page);
    for (const line of cnOnly) expect(usTurn).not.toContain(line);
    await page.getByRole('button', { name: 'Accept their offer' }).click();
    const anyway = page.getByRole('button', { name: 'Accept anyway' });
    if (await anyway.isVisible()) await anyway.click();
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief', exact: true })).toBeVisible();
  });
});
