// The Scenario Lab (lab.html): it loads Busan and shows what the engine's analysis computes, marks
// a typo where the checker locates it, completes field names from the schema, re-analyses when a
// slider moves (editing only that number), runs a tournament in a worker to the end, hands the
// edited file to the game, and passes axe.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { analyze } from '../../src/engine';
import { formatDiagnostic, loadScenario } from '../../src/scenario';
import { axe, expect, shot, test } from './fixtures';

const BUSAN = readFileSync('scenarios/busan-2025.yaml', 'utf8');

function analysed(text: string) {
  const r = loadScenario(text, 'busan-2025.yaml');
  if (!r.ok) throw new Error('does not load');
  const a = analyze(r.model);
  if (!a.ok) throw new Error('not analysed');
  return a.analysis;
}

async function openLab(page: Page): Promise<void> {
  await page.goto('./lab.html');
  await expect(page.getByTestId('check-status')).toHaveAttribute('data-state', 'valid', { timeout: 30_000 });
  await expect(page.getByTestId('zopa')).toBeVisible();
}

const pair = (a: { utility: readonly Float64Array[] }, i: number | null) =>
  i === null ? 'none' : `${a.utility[0]![i]!.toFixed(3)}, ${a.utility[1]![i]!.toFixed(3)}`;

test.describe('Scenario Lab', () => {
  test('loads Busan and shows the chart and the numbers the engine computes', async ({ page }) => {
    await openLab(page);
    const a = analysed(BUSAN);
    await expect(page.getByTestId('packages')).toHaveText(a.count.toLocaleString('en-US'));
    await expect(page.getByTestId('zopa')).toContainText(a.zopa.length.toLocaleString('en-US'));
    await expect(page.getByTestId('frontier-size')).toContainText(
      `${a.frontier.length} in the zone (${a.frontierAll.length} over`,
    );
    await expect(page.getByTestId('nash')).toHaveText(pair(a, a.nash));
    await expect(page.getByTestId('kalai')).toHaveText(pair(a, a.kalai));
    await expect(page.getByTestId('max-welfare')).toHaveText(pair(a, a.maxWelfare));
    await expect(page.getByTestId('num-2-0')).toHaveText(a.reservation[0].toFixed(3));
    await expect(page.getByTestId('num-2-1')).toHaveText(a.reservation[1].toFixed(3));
    const chart = page.getByTestId('chart');
    await expect(chart.locator('canvas')).toBeVisible();
    await expect(chart.getByTestId('frontier')).toHaveAttribute('data-points', String(a.frontier.length));
    const nash = chart.locator('[data-marker=nash]');
    expect(Number(await nash.getAttribute('data-u0'))).toBeCloseTo(a.utility[0][a.nash!]!, 9);
    await expect(chart.locator('[data-marker=historical]')).toHaveCount(1);
    await expect(page.getByTestId('issues').locator('tbody tr')).toHaveCount(a.model.issues.length);
    await shot(page, 'lab');
  });

  test('a typo shows the located diagnostic the checker gives', async ({ page }) => {
    await openLab(page);
    const typo = BUSAN.replace('    clout: 18', '    clot: 18');
    const r = loadScenario(typo, 'busan-2025.yaml');
    expect(r.ok).toBe(false);
    const first = formatDiagnostic(r.ok ? (null as never) : r.errors[0]!);
    expect(first).toMatch(/^busan-2025\.yaml:\d+:\d+ error /);
    await page.evaluate(
      (t) => (window as never as { bargainingLab: { setText(t: string): void } }).bargainingLab.setText(t),
      typo,
    );
    await expect(page.getByTestId('check-status')).toHaveAttribute('data-state', 'invalid');
    await expect(page.getByTestId('problems').getByRole('button').first()).toHaveText(first);
    // The problem's button moves the cursor to it, where the editor marks it.
    await page.getByTestId('problems').getByRole('button').first().click();
    const { line, column } = r.ok ? (null as never) : r.errors[0]!;
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    const cursor = await page.evaluate(() => {
      const { view } = (window as never as { bargainingLab: { view: import('@codemirror/view').EditorView } })
        .bargainingLab;
      const head = view.state.selection.main.head;
      const l = view.state.doc.lineAt(head);
      return { line: l.number, column: head - l.from + 1 };
    });
    expect(cursor).toEqual({ line, column });
  });

  test('completes field names from the schema', async ({ page }) => {
    await openLab(page);
    const line = BUSAN.split('\n').findIndex((l) => l === '        clout: 18') + 1;
    await page.evaluate((n) => {
      const { view } = (window as never as { bargainingLab: { view: import('@codemirror/view').EditorView } })
        .bargainingLab;
      const at = view.state.doc.line(n).to;
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    }, line);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ve');
    await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('veto');
    // CodeMirror ignores Enter for a moment after the list opens (its interaction delay).
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await expect(page.locator('.cm-activeLine')).toHaveText(/^\s*veto: $/);
  });

  test('a slider edits its number only and re-analyses', async ({ page }) => {
    await openLab(page);
    const slider = page.getByRole('slider', { name: 'United States: ratification threshold' });
    await slider.focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
    const edited = BUSAN.replace(/^( {6}threshold: )50$/m, '$145');
    expect(edited).not.toBe(BUSAN);
    const a = analysed(edited);
    await expect(page.getByTestId('zopa')).toContainText(a.zopa.length.toLocaleString('en-US'));
    await expect(page.getByTestId('nash')).toHaveText(pair(a, a.nash));
    const text = await page.evaluate(() =>
      (
        window as never as { bargainingLab: { view: import('@codemirror/view').EditorView } }
      ).bargainingLab.view.state.doc.toString(),
    );
    expect(text).toBe(edited);
  });

  test('a tournament runs in a worker, with progress, to the end', async ({ page }) => {
    await openLab(page);
    await page.getByLabel('Seeds per pairing (N)').fill('2');
    await page.getByRole('button', { name: 'Run tournament' }).click();
    const status = page.getByTestId('tournament-status');
    await expect(status).toContainText(/Played \d+ of 18 games|Done/, { timeout: 30_000 });
    await expect(status).toContainText('Done: 18 games', { timeout: 120_000 });
    const bar = page.getByRole('progressbar', { name: 'Tournament progress' });
    await expect(bar).toHaveAttribute('value', '18');
    await expect(page.getByTestId('tournament').locator('tbody tr')).toHaveCount(9);
  });

  test('a second tournament reuses the worker (and its cache); Cancel ends it', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (w) => {
      if (w.url().includes('tournament')) workers.push(w.url());
    });
    await openLab(page);
    await page.getByLabel('Seeds per pairing (N)').fill('1');
    const status = page.getByTestId('tournament-status');
    const run = page.getByRole('button', { name: 'Run tournament' });
    for (const _ of [1, 2]) {
      await run.click();
      await expect(status).toContainText('Done: 9 games', { timeout: 120_000 });
      await expect(page.getByTestId('tournament').locator('tbody tr')).toHaveCount(9);
    }
    expect(workers).toHaveLength(1);
    await page.getByLabel('Seeds per pairing (N)').fill('50');
    await run.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveText('Cancelled.');
    await page.getByLabel('Seeds per pairing (N)').fill('1');
    await run.click();
    await expect(status).toContainText('Done: 9 games', { timeout: 120_000 });
    expect(workers).toHaveLength(2);
  });

  test('Play it opens the game on the edited scenario', async ({ page, context }) => {
    await openLab(page);
    const slider = page.getByRole('slider', { name: 'United States: ratification threshold' });
    await slider.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('check-status')).toHaveAttribute('data-state', 'valid');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-testid=check-status]')?.textContent))
      .toMatch(/^Valid/);
    const [game] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Play it' }).click(),
    ]);
    await expect(game.getByText('A deal needs domestic approval of at least 47')).toBeVisible({
      timeout: 30_000,
    });
    expect(await game.evaluate(() => localStorage.getItem('bc.lab.scenario'))).toContain('threshold: 47');
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await openLab(page);
    await axe(page, 'lab');
  });
});
