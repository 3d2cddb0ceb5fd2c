// The guided first game: offered first to a new player, skippable, remembered, never forced.
import { expect, open, test } from './fixtures';

test('a new player is led to the guided game, can skip it, and is not led there again', async ({ page }) => {
  await open(page);
  const guided = page.getByRole('button', { name: 'Play the guided first game' });
  await expect(guided).toHaveClass(/primary/);
  await guided.click();
  const coach = page.getByRole('complementary', { name: 'Guide' });
  await expect(coach).toBeVisible();
  await expect(coach).toContainText('step 1 of');
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await expect(coach).toContainText('step 2 of');
  await expect(coach).toContainText('Compose an offer');
  await coach.getByRole('button', { name: 'Skip the guide' }).click();
  await expect(coach).toBeHidden();
  // A new visit: the game in progress resumes without the guide, and the title no longer leads with it.
  await page.evaluate(() => localStorage.removeItem('bargaining-chips/game'));
  await open(page);
  await expect(page.getByRole('button', { name: 'New game' })).toHaveClass(/primary/);
  await expect(page.getByRole('button', { name: 'Replay the guided game' })).toBeVisible();
});

test('a link that names a scenario opens that game directly, without the guide', async ({ page }) => {
  await open(page, 'scenario=tutorial&side=us&seed=7');
  await expect(page.getByRole('heading', { name: /Confidential briefing/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Guide' })).toBeHidden();
});
