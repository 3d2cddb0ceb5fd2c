// Shared browser-test helpers: a page that fails the test on any console error or page error,
// keyboard-only navigation, axe scans (no serious or critical violations) and screenshots.
// Games are played with fixed seeds: a shared link (`seed=`) or the seed typed into the setup form.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { SoundStatus } from '../../src/audio';

/** Screenshots are kept here as artifacts (Playwright's own output folder is wiped per run). */
export const SHOTS = 'test-results/screens';

/** A page whose console errors and page errors fail the test (every test, whether it asks or not). */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      await use(errors);
      expect(errors, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Open the game with the computer answering at once (fast=1) and motion reduced. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?fast=1${query ? `&${query}` : ''}`);
  await expect(page.locator('canvas')).toBeVisible();
}

/** Press Tab (or Shift+Tab, whichever is shorter) until the locator has focus; keyboard only. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<Locator> {
  const handle = await target.elementHandle();
  const steps = await page.evaluate((el) => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
    );
    const t = all.indexOf(el as HTMLElement);
    const a = all.indexOf(document.activeElement as HTMLElement);
    if (t < 0) return 0;
    const n = all.length;
    const fwd = (t - a + n) % n || n;
    const back = a < 0 ? n : (a - t + n) % n;
    return fwd <= back ? fwd : -back;
  }, handle);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'Tab' : 'Shift+Tab');
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return target;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Reach a button by keyboard and press Enter. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }));
  await page.keyboard.press('Enter');
}

/** Scan the page with axe; fail on serious or critical violations. */
export async function axe(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${screen}`).toEqual([]);
}

/** Resolves after `n` animation frames of the page: lets the stage draw what it was just told. */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let k = 0;
        const tick = () => (++k >= count ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Save a screenshot of the current screen under test-results/screens (after the stage has drawn). */
export async function shot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await frames(page, 3);
  await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
}

/** On the setup screen, type a fixed seed into the seed field by keyboard (same seed, same game). */
export async function typeSeed(page: Page, seed: number): Promise<void> {
  const field = page.getByRole('spinbutton', { name: 'Seed (same seed, same game)' });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(seed));
  await page.keyboard.press('Tab');
  await expect(field).toHaveValue(String(seed));
  await expect.poll(() => page.evaluate('window.bargainingChips.store.getState().setup.seed')).toBe(seed);
}

/** The overlay's panels lie inside the canvas, do not overlap each other, and clip no text sideways. */
export async function fits(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const canvas = document.querySelector('canvas')?.getBoundingClientRect();
    if (!canvas) return ['no canvas'];
    const panels = [...document.querySelectorAll<HTMLElement>('.overlay .panel:not(.settings)')].filter(
      (p) => p.offsetParent !== null,
    );
    const rects = panels.map((p) => p.getBoundingClientRect());
    rects.forEach((r, i) => {
      const name = panels[i]!.className;
      if (
        r.left < canvas.left - 1 ||
        r.right > canvas.right + 1 ||
        r.top < canvas.top - 1 ||
        r.bottom > canvas.bottom + 1
      )
        out.push(`${name} leaves the canvas`);
      if (panels[i]!.scrollWidth > panels[i]!.clientWidth + 1) out.push(`${name} overflows sideways`);
      rects.slice(i + 1).forEach((q, j) => {
        const apart = r.right <= q.left || q.right <= r.left || r.bottom <= q.top || q.bottom <= r.top;
        if (!apart) out.push(`${name} overlaps ${panels[i + 1 + j]!.className}`);
      });
    });
    return out;
  });
  expect(problems, `layout of ${screen}`).toEqual([]);
}

/**
 * The sound board's public status (window.bargainingChips.sound with ?fast=1). The board is made
 * once the first scene is drawn; until then this reports nothing loaded.
 */
export function sound(page: Page): Promise<SoundStatus> {
  return page.evaluate(`(() => {
    const board = window.bargainingChips && window.bargainingChips.sound;
    return board ? board.status() : { loaded: { effects: false, music: [false] }, seconds: { effects: 0, music: [] }, musicPlaying: 0 };
  })()`) as Promise<SoundStatus>;
}

/** The live region's text. */
export function live(page: Page): Locator {
  return page.getByRole('status');
}
