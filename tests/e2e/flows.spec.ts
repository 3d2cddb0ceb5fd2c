// The other ways a game goes: walking away, a deal that fails at home, a shared link, resuming
// after a reload (and a corrupt save), remembered settings, crisp text at device pixel ratio 2.
import { axe, expect, live, open, press, shot, test, typeSeed } from './fixtures';

const LINK = 'scenario=busan-2025&side=us&persona=cn-pragmatist&seed=11';

test('walking away ends the talks with no deal for both', async ({ page }) => {
  await open(page, LINK);
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await press(page, 'Walk away');
  await expect(page.getByRole('button', { name: 'Keep negotiating' })).toBeFocused();
  await press(page, 'Yes, walk away');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Talks collapsed: United States walked away' }),
  ).toBeVisible();
  await expect(
    page.getByText('United States walked away in round 1. Talks collapsed.', { exact: true }),
  ).toBeVisible();
  await expect(live(page)).toContainText('walks away');
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.getByText(/Your deal: none \(no deal is at \d+ \/ \d+\)\./)).toBeVisible();
});

test('accepting an offer your own side cannot ratify fails at home', async ({ page }) => {
  await open(page, LINK);
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  // China's first offer asks a lot of the US: the standing offer's preview says it would fail.
  const standing = page.getByRole('region', { name: 'Offer on the table' });
  await expect(standing).toContainText('Would fail at home');
  await page.getByRole('button', { name: 'Accept their offer' }).click();
  // Accepting a deal your own side would not ratify asks first, with the reasons and the score.
  const ask = page.getByRole('alertdialog', { name: 'Accept their offer' });
  await expect(ask).toContainText(
    /Your side would not ratify this deal, so it fails at home and you score \d+: /,
  );
  await expect(ask).toContainText('is below the threshold');
  await expect(page.getByRole('button', { name: 'Keep negotiating' })).toBeFocused();
  await shot(page, 'confirm-failing-accept');
  await page.getByRole('button', { name: 'Keep negotiating' }).click();
  await expect(ask).toBeHidden();
  await page.getByRole('button', { name: 'Accept their offer' }).click();
  await page.getByRole('button', { name: 'Accept anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal failed at home' })).toBeVisible();
  await expect(
    page.getByText(/^The deal was agreed at the table in round \d but failed at home\.$/),
  ).toBeVisible();
  await expect(
    page.getByText('United States (you): rejected.').or(page.getByText('United States: rejected.')),
  ).toBeVisible();
  await expect(page.getByText(/is below the threshold/).first()).toBeVisible();
  await shot(page, 'rejected-at-home');
});

test('a shared link opens a configured game on the briefing', async ({ page }) => {
  await open(page, 'scenario=busan-2025&side=cn&persona=us-hardliner&seed=42');
  await expect(page.getByRole('heading', { name: 'Confidential briefing: China' })).toBeVisible();
  await expect(page.getByText(/played by the computer \(/)).toBeVisible();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  // The US moves first: the computer has already proposed when China sits down.
  await expect(page.getByText('United States proposed in round 1:')).toBeVisible();
});

test('reloading mid-game resumes it; a corrupt save starts fresh with a notice', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await typeSeed(page, 23);
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  const soybeans = page.getByRole('radiogroup', { name: 'Soybean purchases' }).getByRole('radio');
  await soybeans.nth(3).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  const transcript = await page.getByRole('region', { name: 'Transcript' }).textContent();
  await page.reload();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(transcript ?? '');
  await expect(soybeans.nth(3)).toHaveAttribute('aria-checked', 'true');

  await page.evaluate(() => localStorage.setItem('bargaining-chips/game', '{"version":1,"config":'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('heading', { name: 'Bargaining Chips' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();

  await page.evaluate(() => localStorage.setItem('bargaining-chips/game', '{"version":0}'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('another version');
});

test('settings are one key away and remembered', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('button', { name: 'Mute' })).toBeVisible();
  await page.locator('body').press('m');
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Reduce motion' }).uncheck();
  await page.getByRole('slider', { name: 'Volume' }).fill('30');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('checkbox', { name: 'Reduce motion' })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('30');
  await expect(page.getByRole('checkbox', { name: 'Sound on' })).not.toBeChecked();
});

test.describe('at device pixel ratio 2', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the stage renders at twice the size, so text stays crisp', async ({ page }) => {
    await open(page, LINK);
    const size = await page.locator('canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(size).toEqual([2560, 1440]);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: 'Propose this package' }).click();
    await expect(page.getByText('China proposed in round 1:')).toBeVisible();
    await shot(page, 'table-dpr2');
  });
});

test('the computer’s reason reads as a sentence on the offer, in the transcript and in the debrief', async ({
  page,
}) => {
  await open(page, LINK);
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  const reason = page.getByRole('region', { name: 'Offer on the table' }).locator('.reason');
  await expect(reason).toBeVisible();
  const text = (await reason.textContent()) ?? '';
  // Words, never a code, a placeholder or an object; a label mid-sentence is not capitalised.
  expect(text).toMatch(/^[A-Z0-9“][^{}]+[.”]$/);
  expect(text).not.toContain('[object');
  expect(text).not.toMatch(/\b(on|with|rather than) [A-Z][a-z]+ (on|rather)\b/);
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(`“${text}”`);
  await shot(page, 'reason');
  await press(page, 'Walk away');
  await press(page, 'Yes, walk away');
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.getByText(`“${text}”`).first()).toBeVisible();
});

test('the menu reopens the briefing and the glossary, and asks before restarting or leaving', async ({
  page,
}) => {
  await open(page, LINK);
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Propose this package' }).click();
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  const menu = page.getByRole('button', { name: 'Menu' });
  // The glossary and the briefing open over the table by keyboard; Escape closes and gives focus back.
  await press(page, 'Menu');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await press(page, 'Glossary');
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary.locator('dt').first()).toBeVisible();
  await axe(page, 'glossary');
  await shot(page, 'menu-glossary');
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await press(page, 'Your briefing');
  await expect(page.getByRole('dialog', { name: 'Confidential briefing: United States' })).toContainText(
    'Deadline',
  );
  await press(page, 'Close');
  // Leaving a game under way asks first; cancelling keeps it.
  await press(page, 'Menu');
  await press(page, 'Leave the game');
  await expect(page.getByText('Leave for the title screen? This game is discarded.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Round 2 of \d/).first()).toBeVisible();
  // Restarting, once confirmed, opens the same game afresh on its briefing.
  await press(page, 'Menu');
  await press(page, 'Restart this game');
  await press(page, 'Yes, restart');
  await expect(page.getByRole('heading', { name: 'Confidential briefing: United States' })).toBeVisible();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await expect(page.getByText(/Round 1 of \d/).first()).toBeVisible();
  await press(page, 'Menu');
  await press(page, 'Leave the game');
  await press(page, 'Yes, leave');
  await expect(page.getByRole('heading', { level: 1, name: 'Bargaining Chips' })).toBeVisible();
  await expect(menu).toBeHidden();
});
