// The briefing reads right in the game: every model number in its prose is the model's own, filled
// in from placeholders (src/scenario/fill.ts), and no placeholder is left showing.
import { expect, open, shot, test } from './fixtures';

/** The numbers the tutorial's briefing for `side` quotes, read from the game's own model. */
function modelNumbers(side: number) {
  type Party = {
    threshold: number;
    approvalWeight: number;
    costPerRound: number;
    constituencies: { baseline: number; effects: number[][] }[];
  };
  type Store = {
    getState(): { catalog: { id: string; model: { parties: Party[]; rules: { rounds: number } } }[] };
  };
  const store = (window as unknown as { bargainingChips: { store: Store } }).bargainingChips.store;
  const model = store.getState().catalog.find((e) => e.id === 'tutorial')!.model;
  const party = model.parties[side]!;
  const voters = party.constituencies[0]!;
  return {
    baseline: voters.baseline,
    threshold: party.threshold,
    effects: voters.effects.map((byOption) => byOption.map((x) => (x < 0 ? `\u2212${-x}` : `+${x}`))),
    security: Math.round((1 - party.approvalWeight) * 100),
    cost: party.costPerRound,
    rounds: model.rules.rounds,
  };
}

for (const [side, party] of [
  [0, 'United States'],
  [1, 'China'],
] as const) {
  test(`the tutorial briefing for ${party} quotes the model's numbers`, async ({ page }) => {
    await open(page, `scenario=tutorial&side=${side === 0 ? 'us' : 'cn'}&seed=5`);
    const panel = page.locator('.briefing-panel');
    await expect(page.getByRole('heading', { name: `Confidential briefing: ${party}` })).toBeVisible();
    const m = await page.evaluate(modelNumbers, side);
    await expect(panel).toContainText(
      `Their support is ${m.baseline} out of 100 and you need at least ${m.threshold} to get any deal approved`,
    );
    // Tariffs are issue 0 and soybeans issue 1; options 1 and 2 are the partial and the full move.
    const [gain, cost] = side === 0 ? [m.effects[1]!, m.effects[0]!] : [m.effects[0]!, m.effects[1]!];
    await expect(panel).toContainText(
      side === 0
        ? `12 million tons moves their support by ${gain[1]}; 25 million tons a year by ${gain[2]}.`
        : `A cut to 20% moves their support by ${gain[1]}; a cut to 10% by ${gain[2]}.`,
    );
    await expect(panel).toContainText(
      side === 0
        ? `${cost[1]} for a cut to 20%, ${cost[2]} for a cut to 10%.`
        : `${cost[1]} for 12 million tons, ${cost[2]} for 25 million tons a year.`,
    );
    await expect(panel).toContainText(`which makes up ${m.security}% of your score`);
    await expect(panel).toContainText(`You have ${m.rounds} rounds.`);
    await expect(panel).toContainText(`Every round without a deal costs you ${m.cost} points.`);
    expect(await panel.textContent()).not.toMatch(/[{}]/);
    await shot(page, `briefing-tutorial-${side === 0 ? 'us' : 'cn'}`);
  });
}

test('the Busan briefing for China quotes clouts, veto, shares and time cost from the model', async ({
  page,
}) => {
  await open(page, 'scenario=busan-2025&side=cn&seed=5');
  const panel = page.locator('.briefing-panel');
  await expect(page.getByRole('heading', { name: 'Confidential briefing: China' })).toBeVisible();
  const m = await page.evaluate(() => {
    type Factor = { id: string; weight: number; veto: number | null };
    type Party = { approvalWeight: number; costPerRound: number; constituencies: Factor[] };
    type Store = { getState(): { catalog: { id: string; model: { parties: Party[] } }[] } };
    const store = (window as unknown as { bargainingChips: { store: Store } }).bargainingChips.store;
    const cn = store.getState().catalog.find((e) => e.id === 'busan-2025')!.model.parties[1]!;
    const factor = (id: string) => cn.constituencies.find((f) => f.id === id)!;
    return {
      exporters: factor('exporters').weight,
      veto: factor('security-establishment').veto,
      security: Math.round((1 - cn.approvalWeight) * 100),
      cost: cn.costPerRound,
    };
  });
  await expect(panel).toContainText(`Exporters and manufacturers (clout ${m.exporters})`);
  await expect(panel).toContainText(`below ${m.veto} they block the deal`);
  await expect(panel).toContainText(`National security (${m.security}% of your score)`);
  await expect(panel).toContainText(`Every round without a deal costs you ${m.cost} points.`);
  expect(await panel.textContent()).not.toMatch(/[{}]/);
  await shot(page, 'briefing-busan-cn');
});

test('a walk-away after news reports no time cost and the news that moved the no-deal score', async ({
  page,
}) => {
  await open(page, 'scenario=tutorial&side=us&seed=5');
  await page.getByRole('button', { name: 'Go to the table' }).click();
  for (const round of [2, 3]) {
    await page.getByRole('button', { name: 'Propose this package' }).click();
    await expect(page.getByText(new RegExp(`Round ${round} of \\d`)).first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Walk away' }).click();
  await page.getByRole('button', { name: 'Yes, walk away' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /walked away/ })).toBeVisible();
  await expect(
    page.getByText(/No deal, so no time cost\. The news moved the no-deal score from \d+ to \d+\./).first(),
  ).toBeVisible();
  await shot(page, 'walk-away-after-news');
});
