import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario';
import { knobDrafts, locateKnobs } from './knobs';
import { applyKnob, type Knob } from './whatif';

const text = readFileSync('scenarios/busan-2025.yaml', 'utf8');
const loaded = loadScenario(text, 'busan-2025.yaml');
if (!loaded.ok) throw new Error('Busan does not load');
const knobs = locateKnobs(text, knobDrafts(loaded.model));
const model = (t: string) => {
  const r = loadScenario(t, 'busan-2025.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.model;
};
const comments = (t: string) => t.split('\n').filter((l) => l.includes('#'));

describe('what-if knobs', () => {
  it('finds every clout, weight, threshold and no-deal change with its place in the text', () => {
    const us = loaded.model.parties[0];
    expect(knobs.filter((k) => k.kind === 'clout' && k.side === 0)).toHaveLength(us.constituencies.length);
    for (const k of knobs.filter((k) => k.span.kind === 'replace')) {
      const span = k.span as { from: number; to: number };
      expect(Number(text.slice(span.from, span.to))).toBe(k.value);
    }
    // Every stated value is replaceable; a no-deal change the file leaves out is inserted.
    expect(knobs.filter((k) => k.kind !== 'noDeal').every((k) => k.span.kind === 'replace')).toBe(true);
    expect(knobs.some((k) => k.kind === 'noDeal' && k.span.kind === 'insert')).toBe(true);
  });

  it('changes only the number: every comment and folded text stays, and the model follows', () => {
    const r = applyKnob(text, knobs, 'us.farmers.clout', 40)!;
    expect(r.text.length).toBe(text.length);
    expect(comments(r.text)).toEqual(comments(text));
    expect(model(r.text).parties[0].constituencies[0]!.weight).toBe(40);
    const t = applyKnob(r.text, r.knobs, 'cn.threshold', 33.5)!;
    expect(model(t.text).parties[1].threshold).toBe(33.5);
    expect(model(t.text).parties[0].constituencies[0]!.weight).toBe(40);
  });

  it('inserts a missing no-deal change beside its siblings, then edits it in place', () => {
    const missing = knobs.find((k) => k.kind === 'noDeal' && k.span.kind === 'insert')!;
    const [, factorId] = missing.id.split('.');
    const r = applyKnob(text, knobs, missing.id, -7)!;
    expect(comments(r.text)).toEqual(comments(text));
    const m = model(r.text);
    const p = m.parties[missing.side];
    const k = p.constituencies.findIndex((f) => f.id === factorId);
    const value =
      k >= 0 ? p.noDeal.constituencies[k] : p.noDeal.security[p.security.findIndex((f) => f.id === factorId)];
    expect(value).toBe(-7);
    // Later knobs moved with the text: a second edit after the insertion still lands on its number.
    const after = r.knobs.find((x: Knob) => x.id === 'cn.threshold')!;
    const again = applyKnob(r.text, r.knobs, after.id, 51)!;
    expect(model(again.text).parties[1].threshold).toBe(51);
    const twice = applyKnob(again.text, again.knobs, missing.id, 12)!;
    const m2 = model(twice.text).parties[missing.side];
    expect(
      k >= 0
        ? m2.noDeal.constituencies[k]
        : m2.noDeal.security[m2.security.findIndex((f) => f.id === factorId)],
    ).toBe(12);
  });

  it('refuses an unknown knob', () => {
    expect(applyKnob(text, knobs, 'nope', 1)).toBeNull();
  });
});
