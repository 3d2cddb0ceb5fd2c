// Links never lose a game in progress: a bad link keeps the save and names the wrong parameter, a
// seedless link gets its seed written into the address bar, and a link for another game asks.
import type { Page } from '@playwright/test';
import { axe, expect, open, shot, test } from './fixtures';

const GAME = 'bargaining-chips/game';
const LINK = 'scenario=busan-2025&side=us&persona=cn-pragmatist&seed=11';

/** Go to the table from the briefing and propose once: round 2 starts. */
async function toRound2(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
}

const seedInAddress = (page: Page) => new URL(page.url()).searchParams.get('seed');

test('a bad link keeps the game in progress and names each wrong parameter', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await toRound2(page);
  const transcript = await page.getByRole('region', { name: 'Transcript' }).textContent();
  const saved = await page.evaluate((key) => localStorage.getItem(key), GAME);

  await open(page, 'scenario=nope&side=xx&seed=-1');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'This link was not opened: its scenario "nope" does not exist (allowed:',
  );
  await expect(notice).toContainText('its side "xx" does not exist (allowed: us, cn)');
  await expect(notice).toContainText('its seed "-1" is not a whole number from 0 to 2147483646');
  await expect(notice).toContainText('Your saved game is shown instead.');
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');
  expect(await page.evaluate((key) => localStorage.getItem(key), GAME)).toBe(saved);
  await shot(page, 'bad-link-kept-save');

  // Still resumable: a plain reload shows the same game, with no notice.
  await open(page);
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');
});

test('a bad link with no saved game leaves the setup form, and says so', async ({ page }) => {
  await open(page, 'scenario=busan-2025&side=mars&seed=5');
  await expect(page.getByRole('alert')).toContainText('its side "mars" does not exist (allowed: us, cn)');
  await expect(page.getByRole('alert')).toContainText('Choose a game in the form instead.');
  await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
});

test('a seedless link gets its seed in the address bar, so a reload resumes it', async ({ page }) => {
  await open(page, 'scenario=tutorial');
  await expect(page.getByRole('heading', { name: /Confidential briefing/ })).toBeVisible();
  const seed = seedInAddress(page);
  expect(seed).toMatch(/^\d+$/);
  await toRound2(page);
  const transcript = await page.getByRole('region', { name: 'Transcript' }).textContent();
  await page.reload();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');
  expect(seedInAddress(page)).toBe(seed);
  expect(
    await page.evaluate(() => JSON.parse(localStorage.getItem('bargaining-chips/game') ?? '{}').config.seed),
  ).toBe(Number(seed));
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a link for another game asks: resume keeps the game, start opens the link', async ({ page }) => {
  await open(page, LINK);
  await toRound2(page);
  const transcript = await page.getByRole('region', { name: 'Transcript' }).textContent();
  const other = LINK.replace('seed=11', 'seed=12');

  await open(page, other);
  const dialog = page.getByRole('dialog', { name: 'Open the shared game?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You have a game in progress: The Busan truce');
  await expect(dialog).toContainText('seed 11');
  await expect(dialog).toContainText('seed 12');
  const resume = dialog.getByRole('button', { name: 'Resume my game' });
  const start = dialog.getByRole('button', { name: 'Start the linked game' });
  await expect(resume).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resume).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(start).toBeFocused();
  // While it asks, the reload would ask again about the same linked game.
  expect(seedInAddress(page)).toBe('12');
  await axe(page, 'link dialog');
  await shot(page, 'link-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');
  expect(seedInAddress(page)).toBe('11');

  await open(page, other);
  await expect(resume).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');

  await open(page, other);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Confidential briefing: United States' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Confidential briefing: United States' })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(
    await page.evaluate(() => JSON.parse(localStorage.getItem('bargaining-chips/game') ?? '{}').config.seed),
  ).toBe(12);
});
