// The debrief after each way a game ends (ratified, walked away, deadline or walk-out, failed at
// home), at 1280×720 and 1024×640: the chart's marker labels never cover each other or a marker,
// the panels fit, every chart term is explained, better deals show whole packages, and the export
// carries the student's name (cleaned) in the file and its name. Screenshots are kept.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fits, open, shot, test } from './fixtures';

const LINK = 'scenario=busan-2025';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
] as const;
const END =
  /^(Deal ratified|Deal failed at home|Talks collapsed: .+ walked away|Deadline passed with no deal)$/;

type Plan = 'ratify' | 'walkAway' | 'stonewall' | 'failAtHome';
/** Games that end each way: holding out ends at the deadline, or with a hardliner walking out. */
const GAMES = [
  { plan: 'ratify', persona: 'cn-dealmaker', seed: 3, ends: 'ratified' },
  { plan: 'walkAway', persona: 'cn-pragmatist', seed: 11, ends: 'walkAway' },
  { plan: 'stonewall', persona: 'cn-pragmatist', seed: 11, ends: 'deadline' },
  { plan: 'stonewall', persona: 'cn-hardliner', seed: 1, ends: 'walkAway' },
  { plan: 'failAtHome', persona: 'cn-pragmatist', seed: 11, ends: 'rejectedAtHome' },
  { plan: 'walkAway', persona: 'us-pragmatist', seed: 5, ends: 'walkAway' },
] as const;

/** Play to the end by plan, with the overlay's buttons: each plan ends the talks its own way. */
async function play(page: Page, plan: Plan): Promise<void> {
  await page.getByRole('button', { name: 'Go to the table' }).click();
  const standing = page.getByRole('region', { name: 'Offer on the table' });
  for (let move = 0; move < 10; move++) {
    if (await page.getByRole('heading', { level: 1, name: END }).isVisible()) break;
    await expect(page.getByRole('button', { name: 'Propose this package' })).toBeEnabled();
    const accept = page.getByRole('button', { name: 'Accept their offer' });
    const canAccept = (await accept.getAttribute('aria-disabled')) === 'false';
    const ratifies = canAccept && (await standing.textContent())?.includes('would ratify');
    if (plan === 'walkAway' && move === 2) {
      await page.getByRole('button', { name: 'Walk away' }).click();
      await page.getByRole('button', { name: 'Yes, walk away' }).click();
    } else if (canAccept && (plan === 'failAtHome' || (plan === 'ratify' && ratifies))) {
      await accept.click();
      if (plan === 'failAtHome') await page.getByRole('button', { name: 'Accept anyway' }).click();
    } else {
      // To ratify, offer the real deal's package (set in the composer through the store).
      if (plan === 'ratify')
        await page.evaluate(`(() => {
          const s = window.bargainingChips.store.getState();
          const model = s.catalog.find((e) => e.model.id === s.config.scenarioId).model;
          model.historical.package.forEach((o, k) => s.setOption(k, o));
        })()`);
      await page.getByRole('button', { name: 'Propose this package' }).click();
      const anyway = page.getByRole('button', { name: 'Propose anyway' });
      if (await anyway.isVisible()) await anyway.click();
    }
    await expect
      .poll(() => page.evaluate('window.bargainingChips.store.getState().thinking'), { timeout: 10_000 })
      .toBe(false);
  }
  await expect(page.getByRole('heading', { level: 1, name: END })).toBeVisible();
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The chart's marker labels and the markers they name (design pixels), from the Debrief scene. */
function labels(page: Page): Promise<{ kind: string; box: Box; at: { x: number; y: number } }[]> {
  return page.evaluate(`window.bargainingChips.game.scene.getScene('Debrief').markerLabels()`) as Promise<
    { kind: string; box: Box; at: { x: number; y: number } }[]
  >;
}

const apart = (a: Box, b: Box) =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
/** The largest marker drawn (the player's ringed star) reaches this far from its centre. */
const MARKER = 14;

for (const { plan, persona, seed, ends } of GAMES) {
  test(`the debrief after ${plan} against ${persona} (${ends}) reads clearly at both sizes`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await open(
      page,
      `${LINK}&side=${persona.startsWith('cn') ? 'us' : 'cn'}&persona=${persona}&seed=${seed}`,
    );
    await play(page, plan);
    expect(await page.evaluate('window.bargainingChips.store.getState().game.outcome.kind')).toBe(ends);
    const placed = await labels(page);
    expect(placed.length).toBeGreaterThanOrEqual(4);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(apart(a.box, b.box), `${a.kind} and ${b.kind}`).toBe(true);
      for (const m of placed) {
        const marker = { x: m.at.x - MARKER, y: m.at.y - MARKER, w: 2 * MARKER, h: 2 * MARKER };
        expect(apart(a.box, marker), `${a.kind} label on the ${m.kind} marker`).toBe(true);
      }
    }
    // Every chart term is explained where the chart is read; the zone has its own legend line.
    for (const term of ['Pareto frontier', 'Zone of agreement', 'Nash', 'Kalai'])
      await expect(page.locator('.explain dt', { hasText: term }).first()).toBeVisible();
    await expect(
      page.getByText(/^Your result against the real deal: [+−]?\d+ for you, [+−]?\d+ for them/),
    ).toBeVisible();
    // Better deals show every issue of each package, the changed ones marked in words too.
    const deals = await page.locator('.better').count();
    const issues = await page.evaluate(
      `window.bargainingChips.store.getState().catalog.find((e) => e.model.id === 'busan-2025').model.issues.length`,
    );
    expect(await page.locator('.better .terms li').count()).toBe(deals * Number(issues));
    if (deals > 0) await expect(page.locator('.better .changed .was').first()).toContainText('changed; was:');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await fits(page, `debrief (${plan})`);
      await page.locator('.debrief-panel .scroll').evaluate((el) => el.scrollTo(0, 0));
      await shot(page, `debrief-${plan}-${persona}`);
      await page
        .getByRole('heading', { name: 'Better deals for both that existed' })
        .evaluate((el) => el.scrollIntoView());
      await shot(page, `debrief-${plan}-${persona}-better`);
    }
  });
}

test('the export carries the student’s name, cleaned, in the file and its name', async ({ page }) => {
  await open(page, `${LINK}&side=us&persona=cn-pragmatist&seed=11`);
  await play(page, 'walkAway');
  const name = page.getByRole('textbox', { name: 'Your name (optional)' });
  const ask = page.getByText(/^Handing this in\? Add your name/);
  await expect(ask).toBeVisible();
  await expect(name).toHaveAccessibleDescription(/Handing this in\?/);
  await name.fill('<b>Zoë</b>\u202e Li\u0007');
  await name.press('Tab');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bargaining-chips-busan-2025-11-b-Zoë-b-Li\.json$/);
  const result = JSON.parse(readFileSync(await file.path(), 'utf8')) as { student: string };
  expect(result.student).toBe('<b>Zoë</b> Li');
  await expect(ask).toBeHidden();
  // Remembered: the saved game reopened without the link shows it again, as text.
  await page.goto('./?fast=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('<b>Zoë</b> Li');
  expect(await page.locator('.overlay b').count()).toBe(0);
  // The settings panel edits the same remembered name.
  await page.getByRole('button', { name: 'Settings' }).click();
  const inSettings = page.getByRole('textbox', { name: 'Your name on exports (optional)' });
  await expect(inSettings).toHaveValue('<b>Zoë</b> Li');
  await inSettings.fill('Ann Lee');
  await inSettings.press('Tab');
  await shot(page, 'settings-with-name');
  await expect(page.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Ann Lee');
});
