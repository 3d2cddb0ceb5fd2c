// An issue with no status quo (GENIUS-style files): no option is tagged "status quo" and every
// option counts as a move in the short summaries of an offer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusQuo } from '../engine';
import { loadScenario } from '../scenario';
import { packageSummary } from './text';

const load = (path: string) => {
  const r = loadScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.model;
};

describe('issues without a status quo', () => {
  it('names every issue of an offer, the first options included', () => {
    const m = load('src/cli/fixtures/middle.yaml');
    expect(packageSummary(m, [0, 0, 0], 'en', 'nothing')).toBe('Price: Lowest; Delivery: 10 days; Volume: Small');
  });

  it('still leaves out issues at their status quo where there is one', () => {
    const m = load('scenarios/tutorial.yaml');
    expect(packageSummary(m, statusQuo(m), 'en', 'nothing')).toBe('nothing');
  });
});
