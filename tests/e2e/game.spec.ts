// A complete game by keyboard alone, from the title to the debrief and its exports.
import { readFileSync } from 'node:fs';
import { axe, expect, fits, live, open, press, shot, tabTo, test, typeSeed } from './fixtures';

/** The end screen's heading says what happened. */
const END =
  /^(Deal ratified|Deal failed at home|Talks collapsed: .+ walked away|Deadline passed with no deal)$/;

test('a keyboard-only game runs from the title to the debrief', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Bargaining Chips' })).toBeVisible();
  await press(page, 'New game');
  await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
  await typeSeed(page, 11);
  await press(page, 'Read the briefing');
  await expect(page.getByRole('heading', { name: /Confidential briefing/ })).toBeFocused();
  await press(page, 'Go to the table');
  await expect(page.getByRole('button', { name: 'Propose this package' })).toBeVisible();

  // Compose by keyboard: the first issue is one tab stop (its chosen chip); an arrow key moves the
  // choice along and focus follows it; End jumps to the last option.
  const first = page.getByRole('radiogroup').first();
  const chosen = () => first.getByRole('radio', { checked: true });
  await tabTo(page, chosen());
  const before = (await chosen().textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(chosen()).not.toHaveText(before);
  await expect(chosen()).toBeFocused();
  await page.keyboard.press('End');
  await expect(first.getByRole('radio').last()).toBeFocused();
  await expect(first.getByRole('radio').last()).toHaveAttribute('aria-checked', 'true');
  await press(page, 'Propose this package');
  await expect(live(page)).toContainText('proposes');

  // Keep proposing; accept their offer from round 4 on, whatever it does at home.
  for (let i = 0; i < 8; i++) {
    if (await page.getByRole('heading', { level: 1, name: END }).isVisible()) break;
    const round = Number(
      (await page.locator('.status-line').first().textContent())?.match(/Round (\d+)/)?.[1] ?? 0,
    );
    const accept = page.getByRole('button', { name: 'Accept their offer' });
    if (round >= 4 && (await accept.getAttribute('aria-disabled')) === 'false')
      await press(page, 'Accept their offer');
    else await press(page, 'Propose this package');
    // A move the table warns about asks first; this game goes ahead anyway.
    for (const yes of ['Accept anyway', 'Propose anyway'])
      if (await page.getByRole('button', { name: yes }).isVisible()) await press(page, yes);
  }
  await expect(page.getByRole('heading', { level: 1, name: END })).toBeVisible();
  await press(page, 'See the debrief');
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Every possible deal' })).toBeVisible();
  await expect(page.getByText(/possible packages/)).toBeVisible();

  // Exports: JSON with the replayable log, CSV with a header and one row.
  const json = page.waitForEvent('download');
  await press(page, 'Download JSON');
  const jsonFile = await (await json).path();
  const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
    scenario: { id: string };
    log: { moves: unknown[] };
  };
  expect(result.scenario.id).toBe('busan-2025');
  expect(result.log.moves.length).toBeGreaterThan(1);
  const csv = page.waitForEvent('download');
  await press(page, 'Download CSV');
  const lines = readFileSync(await (await csv).path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('"scenario"');

  await press(page, 'Play again');
  await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
});

// Axe runs once per screen (the DOM is the same at every size); screenshots at both sizes.
for (const size of [
  { width: 1280, height: 720, scan: true },
  { width: 1024, height: 640, scan: false },
]) {
  test(`every screen ${size.scan ? 'passes axe and ' : ''}is photographed at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const check = async (screen: string) => {
      await fits(page, screen);
      if (size.scan) await axe(page, screen);
      await shot(page, screen);
    };
    await page.setViewportSize(size);
    await open(page, 'scenario=busan-2025&side=us&persona=cn-pragmatist&seed=7');
    await expect(page.getByRole('heading', { name: /Confidential briefing/ })).toBeVisible();
    await check('briefing');
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('radiogroup', { name: 'Soybean purchases' }).getByRole('radio').nth(2).click();
    await page.getByRole('button', { name: 'Propose this package' }).click();
    await expect(page.getByText('China proposed in round 1:')).toBeVisible();
    await fits(page, 'table');
    await shot(page, 'table');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await check('table-settings');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Walk away' }).click();
    await page.getByRole('button', { name: 'Yes, walk away' }).click();
    await expect(page.getByRole('heading', { level: 1, name: END })).toBeVisible();
    await check('outcome');
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
    await check('debrief');
    await page.getByRole('button', { name: 'Play again' }).click();
    await expect(page.getByRole('heading', { name: 'Set up a game' })).toBeVisible();
    await check('setup');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { name: 'Bargaining Chips' })).toBeVisible();
    await check('title');
  });
}
