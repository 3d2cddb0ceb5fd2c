import { describe, expect, it } from 'vitest';
import { resultCsv } from './export';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { selectExport } from './export';
import { textBlocks, selectBriefing, selectRoom, selectSetup } from './vm-start';
import { selectDebrief, selectOutcome } from './vm-end';
import { selectStage, selectTable } from './vm-table';

const atTable = () => {
  const store = createGameStore(testOptions());
  store.getState().beginBriefing();
  store.getState().beginTable();
  return store;
};

describe('view models', () => {
  it('offers the computer side personas and every difficulty in setup', () => {
    const store = createGameStore(testOptions());
    const vm = selectSetup(store.getState());
    expect(vm.sides.map((s) => s.label)).toEqual(['United States', 'China']);
    expect(vm.personas.every((p) => p.value.startsWith('cn-'))).toBe(true);
    store.getState().updateSetup({ side: 1 });
    expect(selectSetup(store.getState()).personas.every((p) => p.value.startsWith('us-'))).toBe(true);
    expect(selectSetup(store.getState()).difficulties.map((d) => d.value)).toEqual([
      '',
      'easy',
      'normal',
      'hard',
    ]);
  });

  it('briefs the human side only, with walk-away and ratification rule', () => {
    const store = createGameStore(testOptions());
    store.getState().beginBriefing();
    const vm = selectBriefing(store.getState())!;
    expect(vm.heading).toBe('Confidential briefing: United States');
    expect(vm.constituencies.length).toBe(3);
    expect(vm.walkAwayScore).toMatch(/^Your score with no deal: \d+\.$/);
    expect(vm.ratification).toContain('at least 50');
  });

  it('previews the status quo as no change and explains a moved option', () => {
    const store = atTable();
    const still = selectTable(store.getState())!;
    expect(still.preview.factors.every((f) => f.delta === 0)).toBe(true);
    const soy = store.getState().catalog[0]!.model.issues.findIndex((i) => i.id === 'soybeans');
    store.getState().setOption(soy, 2);
    const vm = selectTable(store.getState())!;
    const farmers = vm.preview.factors.find((f) => f.id === 'farmers')!;
    expect(farmers.delta).toBeGreaterThan(0);
    expect(farmers.why.some((w) => w.startsWith('Soybean purchases:'))).toBe(true);
    expect(farmers.valueText).toMatch(/\(\+\d+\)$/);
  });

  it('shows approval and security of the overlay preview on the stage meters', () => {
    const store = atTable();
    const vm = selectTable(store.getState())!;
    const stage = selectStage(store.getState())!;
    expect(stage.meters[0]).toMatchObject({
      id: 'approval',
      value: vm.preview.approval,
      mark: vm.preview.threshold,
    });
    expect(stage.meters.map((m) => [m.id, m.value])).toEqual([
      ['approval', vm.preview.approval],
      ['security', vm.preview.securityIndex],
    ]);
    expect(selectRoom(store.getState())?.parties[0].human).toBe(true);
  });

  it('carries the computer reason and what its offer does at home', () => {
    const store = atTable();
    store.getState().propose();
    const vm = selectTable(store.getState())!;
    expect(vm.standing?.byHuman).toBe(false);
    expect(vm.standing?.reason).toBeTruthy();
    expect(vm.standingPreview?.summary).toContain('Approval');
    expect(vm.canAccept).toBe(true);
  });

  it('reports both sides and the chart in the debrief, the human on x', () => {
    const store = atTable();
    store.getState().walkAway();
    const out = selectOutcome(store.getState())!;
    expect(out.kind).toBe('walkAway');
    expect(out.sides.map((s) => s.human)).toEqual([true, false]);
    const d = selectDebrief(store.getState())!;
    expect(d.chart?.xLabel).toBe('United States score (0–100)');
    expect(d.chart?.all.xs.length).toBe(36);
    expect(d.chart?.yours).toBeNull();
    expect(d.better.length).toBeGreaterThan(0);
    expect(d.transcript.at(-1)?.kind).toBe('walkAway');
  });

  it('exports JSON with the log and CSV with one header and one row', () => {
    const store = atTable();
    expect(selectExport(store.getState(), 'json')).toBeNull();
    store.getState().propose();
    store.getState().accept();
    const json = JSON.parse(selectExport(store.getState(), 'json')!.text);
    expect(json.log.moves.length).toBe(3);
    expect(['ratified', 'rejectedAtHome']).toContain(json.outcome.kind);
    const csv = selectExport(store.getState(), 'csv')!.text.trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]!.split(',').length).toBe(csv[1]!.split(',').length);
  });

  it('defuses spreadsheet formulas in CSV cells', () => {
    const store = atTable();
    store.getState().walkAway();
    const s = store.getState();
    const model = s.catalog[0]!.model;
    const csv = resultCsv(model, s.game!, { ...s.config!, personaId: '=HYPERLINK("x")' });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('textBlocks', () => {
  it('joins wrapped lines and splits at blank lines', () => {
    expect(textBlocks('One line\nwrapped.\n\n  Two.\n')).toEqual([
      { kind: 'p', text: 'One line wrapped.' },
      { kind: 'p', text: 'Two.' },
    ]);
    expect(textBlocks('Who cares:\n- Farmers want\n  purchases.\n- Hawks.\nAfter.')).toEqual([
      { kind: 'p', text: 'Who cares:' },
      { kind: 'list', items: ['Farmers want purchases.', 'Hawks.'] },
      { kind: 'p', text: 'After.' },
    ]);
  });
});
