// The game draws with the fonts it ships (assets/fonts), not the machine's: the stage's faces are
// loaded before the title shows, the overlay uses the same families, and Chinese has its own face.
import { expect, open, test } from './fixtures';

test('the title is drawn in the shipped fonts, and Chinese text gets the shipped Chinese face', async ({
  page,
}) => {
  await open(page);
  await expect(page.locator('canvas[data-scene="Title"]')).toBeVisible();
  const faces = await page.evaluate(() =>
    [...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.status}`).sort(),
  );
  expect(faces).toEqual([
    'Inter 400 loaded',
    'Inter 700 loaded',
    'Noto Sans SC 400 unloaded',
    'Noto Serif 700 loaded',
  ]);
  const heading = page.getByRole('heading', { level: 1, name: 'Bargaining Chips' });
  expect(await heading.evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/^"?Noto Serif"?,/);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Inter"?,/);
  const chinese = await page.evaluate(async () => {
    const loaded = await document.fonts.load('16px "Noto Sans SC"', '釜山休战');
    return loaded.map((f) => f.status);
  });
  expect(chinese).toEqual(['loaded']);
});
