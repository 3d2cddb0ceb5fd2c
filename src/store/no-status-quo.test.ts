// An issue with no status quo (GENIUS-style files): no option is tagged "status quo" and every
// option counts as a move in the short summaries of an offer; a side with no security indicators
// shows no security figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusQuo } from '../engine';
import { loadScenario } from '../scenario';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { packageSummary } from './text';
import { selectStage, selectTable } from './vm-table';

const load = (path: string) => {
  const r = loadScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.model;
};

describe('issues without a status quo', () => {
  it('names every issue of an offer, the first options included', () => {
    const m = load('src/cli/fixtures/middle.yaml');
    expect(packageSummary(m, [0, 0, 0], 'en', 'nothing')).toBe(
      'Price: Lowest; Delivery: 10 days; Volume: Small',
    );
  });

  it('still leaves out issues at their status quo where there is one', () => {
    const m = load('scenarios/tutorial.yaml');
    expect(packageSummary(m, statusQuo(m), 'en', 'nothing')).toBe('nothing');
  });
});

describe('a table on a file with no status quo and no security indicators', () => {
  const middle = readFileSync('src/cli/fixtures/middle.yaml', 'utf8');
  const play = (text: string, id: string) => {
    const r = loadScenario(text, `${id}.yaml`);
    if (!r.ok) throw new Error(`${id} does not load`);
    const store = createGameStore(
      testOptions({ scenarios: [{ fileName: `${id}.yaml`, file: r.file }], defaultScenarioId: id }),
    );
    store.getState().beginBriefing();
    store.getState().beginTable();
    return { ...selectTable(store.getState())!, stage: selectStage(store.getState())! };
  };

  it('shows no security figure or meter, and offers to reset the package, not "to status quo"', () => {
    const vm = play(middle, 'middle');
    expect(vm.preview.hasSecurity).toBe(false);
    expect(vm.preview.summary).not.toMatch(/security/i);
    expect(vm.stage.meters.map((m) => m.id)).toEqual(['approval']);
    expect(vm.resetText).toBe('Reset the package');
  });

  it('keeps both where the file has them', () => {
    const vm = play(readFileSync('src/store/fixtures/mini.yaml', 'utf8'), 'mini');
    expect(vm.preview.hasSecurity).toBe(true);
    expect(vm.stage.meters.map((m) => m.id)).toEqual(['approval', 'security']);
    expect(vm.resetText).toBe('Reset to status quo');
  });
});
