// The Scenario Lab's timings in headless Chromium, on a built site served at LAB_URL (default
// http://127.0.0.1:4220/, e.g. `npx vite preview --port 4220`): the check and analysis of Busan and
// of a generated 10^6-package scenario (scripts/bench/lab-million.ts), the longest the page's own
// thread went without a frame meanwhile, and a tournament on each (N seeds per persona pairing;
// Busan's twice, the second on the worker the first left warm).
// Usage: npx tsx scripts/bench/lab-timing.ts [N for Busan] [N for the million]
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browser';
import { millionScenario } from './lab-million';

const base = process.env.LAB_URL ?? 'http://127.0.0.1:4220/';
const [busanSeeds, millionSeeds] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 1)];

// Page scripts as text: tsx would wrap named functions in a helper the page does not have.
/** Start counting the longest gap between animation frames. */
const watchFrames = (page: Page) =>
  page.evaluate(`(() => {
    window.maxGap = 0;
    window.stopGap = false;
    let last = performance.now();
    const tick = (now) => {
      window.maxGap = Math.max(window.maxGap, now - last);
      last = now;
      if (!window.stopGap) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
const maxGap = (page: Page) => page.evaluate(`(() => { window.stopGap = true; return Math.round(window.maxGap); })()`);

async function analysed(page: Page, packages: string): Promise<{ load: number; analyze: number }> {
  await page.waitForFunction(
    (p) => {
      const s = document.querySelector('[data-testid=check-status]');
      return s?.getAttribute('data-state') === 'valid' && s.textContent?.includes(p);
    },
    packages,
    { timeout: 120_000 },
  );
  const s = page.getByTestId('check-status');
  return { load: Number(await s.getAttribute('data-load-ms')), analyze: Number(await s.getAttribute('data-analyze-ms')) };
}

async function tournament(page: Page, seeds: number): Promise<string> {
  await page.getByLabel('Seeds per pairing (N)').fill(String(seeds));
  await watchFrames(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run tournament' }).click();
  await page.getByTestId('tournament-status').filter({ hasText: /^Done|errors|personas/ }).waitFor({ timeout: 1_800_000 });
  const wall = Date.now() - t0;
  return `${await page.getByTestId('tournament-status').textContent()} (wall ${wall} ms, longest frame gap ${await maxGap(page)} ms)`;
}

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const t0 = Date.now();
  await page.goto(`${base}lab.html`);
  const busan = await analysed(page, '139,968 packages');
  console.log(`Busan: page open to panels ${Date.now() - t0} ms; check ${busan.load} ms, analysis ${busan.analyze} ms (worker)`);
  console.log(`Busan tournament, N=${busanSeeds}: ${await tournament(page, busanSeeds)}`);
  console.log(`  again (the worker keeps its code and cache): ${await tournament(page, busanSeeds)}`);
  await watchFrames(page);
  const t1 = Date.now();
  await page.evaluate((t) => (window as never as { bargainingLab: { setText(t: string): void } }).bargainingLab.setText(t), millionScenario());
  const million = await analysed(page, '1,000,000 packages');
  console.log(
    `10^6 packages: edit to panels ${Date.now() - t1} ms (incl. the editor's 300 ms pause); check ${million.load} ms, analysis ${million.analyze} ms (worker); longest frame gap ${await maxGap(page)} ms`,
  );
  console.log(`10^6 tournament, N=${millionSeeds}: ${await tournament(page, millionSeeds)}`);
} finally {
  await browser.close();
}
