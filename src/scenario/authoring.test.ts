// The frictions instructors met converting outside negotiations (GENIUS/ANAC domains, a 1987
// case): security indicators, a status quo and a conceding side are optional, a walk-away value
// can be stated directly, and the checker warns of effects on a status quo and of events that
// take all of a side's clout.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { analyze, applyEvents, locate, scorePackage, walkAwayScore } from '../engine';
import { type Diagnostic, formatDiagnostic } from './diagnostic';
import { del, MINI_YAML, miniWith, set } from './fixtures/mini';
import { loadScenario } from './load';

const load = (text: string) => loadScenario(text, 'mini.yaml');
const errors = (text: string): Diagnostic[] => {
  const r = load(text);
  return r.ok ? [] : r.errors;
};
const warnings = (text: string): Diagnostic[] => load(text).warnings;
const both =
  (...edits: ((doc: Document) => void)[]) =>
  (doc: Document) => {
    for (const e of edits) e(doc);
  };
const model = (text: string) => {
  const r = load(text);
  if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
  return r.model;
};

describe('security indicators are optional', () => {
  const noSecurity = both(
    del(['payoffs', 'us', 'security']),
    del(['payoffs', 'us', 'approvalWeight']),
    set(['events', 1, 'changes', 0, 'target'], 'farmers'),
  );

  it('loads a side with none, whose score is then its approval', () => {
    const m = model(miniWith(noSecurity));
    expect(m.parties[0].security).toEqual([]);
    expect(m.parties[0].approvalWeight).toBe(1);
    const s = scorePackage(m, 0, [1, 1, 0]);
    expect(s.score).toBeCloseTo(s.approval, 12);
    expect(s.approval).toBeCloseTo((30 * 60 + 20 * 50) / 50, 12);
  });

  it('asks for approvalWeight, with an example, when indicators are given without it', () => {
    const [e] = errors(miniWith(del(['payoffs', 'us', 'approvalWeight'])));
    expect(e?.code).toBe('missing-field');
    expect(e?.path).toBe('payoffs.us.approvalWeight');
    expect(formatDiagnostic(e!)).toContain('e.g. approvalWeight: 0.6 (approval 60%');
  });

  it('refuses a share for security when there are no indicators', () => {
    const text = miniWith(
      both(del(['payoffs', 'us', 'security']), set(['events', 1, 'changes', 0, 'target'], 'farmers')),
    );
    const [e] = errors(text);
    expect(e?.code).toBe('zero-weight');
    expect(e?.path).toBe('payoffs.us.approvalWeight');
    expect(e?.found).toBe('0.7');
  });

  it('draws no warning for an indicator of weight 0 that no option moves', () => {
    const zero = set(['payoffs', 'us', 'security', 0], {
      id: 'unused',
      name: 'Unused',
      weight: 0,
      baseline: 50,
      effects: {},
    });
    const r = loadScenario(
      miniWith(both(zero, set(['payoffs', 'us', 'approvalWeight'], 1), del(['events', 1]))),
      'mini.yaml',
      { design: true },
    );
    expect(r.warnings.filter((w) => w.code === 'untouched-factor')).toEqual([]);
  });
});

describe('a walk-away value stated directly (noDeal.score)', () => {
  const stated = both(
    del(['payoffs', 'us', 'noDeal', 'effects']),
    set(['payoffs', 'us', 'noDeal', 'score'], 42.5),
  );

  it('is the walk-away value, whatever the status quo scores', () => {
    const m = model(miniWith(stated));
    expect(walkAwayScore(m, 0)).toBe(42.5);
    // The other side still scores its status quo plus effects: unchanged by the edit.
    expect(walkAwayScore(m, 1)).toBe(walkAwayScore(model(MINI_YAML), 1));
    expect(scorePackage(m, 0, [0, 0, 0]).score).not.toBe(42.5);
  });

  it('is not moved by events, which still move every package', () => {
    const m = model(miniWith(stated));
    const after = applyEvents(m, ['glut', 'shortage']);
    expect(walkAwayScore(after, 0)).toBe(42.5);
    expect(scorePackage(after, 0, [0, 2, 0]).score).not.toBe(scorePackage(m, 0, [0, 2, 0]).score);
    // Without a stated score the same events do move the walk-away value.
    const base = model(MINI_YAML);
    expect(walkAwayScore(applyEvents(base, ['shortage']), 0)).not.toBe(walkAwayScore(base, 0));
  });

  it('cannot be given together with effects', () => {
    const [e] = errors(miniWith(set(['payoffs', 'us', 'noDeal', 'score'], 40)));
    expect(e?.code).toBe('conflicting-fields');
    expect(e?.path).toBe('payoffs.us.noDeal.score');
  });

  it('leaves effects optional: no effects, no changes', () => {
    const m = model(miniWith(del(['payoffs', 'us', 'noDeal', 'effects'])));
    expect(m.parties[0].noDeal.constituencies).toEqual([0, 0]);
    expect(m.parties[0].noDeal.score).toBeUndefined();
  });
});

describe('statusQuo and concededBy are optional', () => {
  const noStructure = both(
    del(['issues', 1, 'statusQuo']),
    del(['issues', 1, 'concededBy']),
    del(['payoffs', 'us', 'noDeal', 'effects']),
    set(['payoffs', 'us', 'noDeal', 'score'], 40),
    del(['payoffs', 'cn', 'noDeal', 'effects']),
    set(['payoffs', 'cn', 'noDeal', 'score'], 35),
  );

  it('loads an issue with neither, marked as such in the model', () => {
    const m = model(miniWith(noStructure));
    expect(m.issues[1]).toMatchObject({ statusQuo: 0, noStatusQuo: true, concededBy: null });
    expect(m.issues[0]).toMatchObject({ statusQuo: 0, concededBy: 0 });
    expect(m.issues[0]!.noStatusQuo).toBeUndefined();
  });

  it('loads an issue with a status quo and no conceding side without asking for a score', () => {
    const m = model(miniWith(del(['issues', 0, 'concededBy'])));
    expect(m.issues[0]!.concededBy).toBeNull();
  });

  it('refuses {party.statusQuoApproval} in a text when an issue has no status quo', () => {
    const text = miniWith(
      both(noStructure, set(['payoffs', 'us', 'briefing'], 'Approval now: {us.statusQuoApproval}.')),
    );
    const [e] = errors(text);
    expect(e?.code).toBe('bad-placeholder');
    expect(e?.message).toContain('issue "soybeans" has no statusQuo');
    expect(
      errors(miniWith(set(['payoffs', 'us', 'briefing'], 'Approval now: {us.statusQuoApproval}.'))),
    ).toEqual([]);
  });

  it('asks each side for a stated walk-away value when an issue has no status quo', () => {
    const text = miniWith(
      both(
        del(['issues', 1, 'statusQuo']),
        del(['payoffs', 'cn', 'noDeal', 'effects']),
        set(['payoffs', 'cn', 'noDeal', 'score'], 35),
      ),
    );
    const list = errors(text);
    expect(list.map((e) => [e.code, e.path])).toEqual([['missing-field', 'payoffs.us.noDeal.score']]);
    expect(list[0]!.message).toContain('issue "soybeans" has no statusQuo');
    expect(list[0]!.expected).toContain('e.g. score: 40 under noDeal');
  });
});

describe('design warnings found by the checker', () => {
  it('warns of an effect given on a status-quo option, at that effect', () => {
    const text = miniWith(set(['payoffs', 'us', 'constituencies', 0, 'effects', 'soybeans', 'none'], -5));
    const w = warnings(text).filter((d) => d.code === 'status-quo-effect');
    expect(w.map((d) => [d.path, d.severity, d.found])).toEqual([
      ['payoffs.us.constituencies[0].effects.soybeans.none', 'warning', '-5'],
    ]);
    expect(w[0]!.message).toContain('baseline is the support under the status quo');
    expect(warnings(MINI_YAML).filter((d) => d.code === 'status-quo-effect')).toEqual([]);
  });

  it('accepts an explicit 0 on the status quo without a warning', () => {
    const text = miniWith(set(['payoffs', 'us', 'constituencies', 0, 'effects', 'soybeans', 'none'], 0));
    expect(warnings(text).filter((d) => d.code === 'status-quo-effect')).toEqual([]);
  });

  it('warns of an event that takes all of a side’s clout', () => {
    const take = both(
      set(['events', 0, 'changes', 0, 'clout'], -30),
      set(['events', 0, 'changes', 1], { party: 'us', target: 'hawks', clout: -25 }),
    );
    const w = warnings(miniWith(take)).filter((d) => d.code === 'event-removes-clout');
    expect(w.map((d) => d.path)).toEqual(['events[0]']);
    expect(w[0]!.message).toContain('after the event "glut", us loses all clout');
  });

  it('warns when the events together take it, and not when some clout is left', () => {
    const split = both(
      set(['events', 0, 'changes', 0, 'clout'], -30),
      set(['events', 1, 'changes', 0], { party: 'us', target: 'hawks', clout: -20 }),
    );
    const w = warnings(miniWith(split)).filter((d) => d.code === 'event-removes-clout');
    expect(w.map((d) => [d.path, d.message.startsWith('when every event has fired')])).toEqual([
      ['events', true],
    ]);
    const partly = set(['events', 0, 'changes', 0, 'clout'], -29);
    expect(warnings(miniWith(partly)).filter((d) => d.code === 'event-removes-clout')).toEqual([]);
  });
});

describe('the worked example of docs/authoring.md', () => {
  const dir = new URL('../../docs/examples/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));

  it.each(files)('%s loads with no errors and no warnings, and names the schema', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const r = loadScenario(text, name, { design: true });
    expect(r.ok ? [] : r.errors.map(formatDiagnostic)).toEqual([]);
    expect(r.warnings.map(formatDiagnostic)).toEqual([]);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../scenarios/scenario.schema.json');
  });

  it('chip-talks: a zone of agreement with the historical deal on its frontier, smaller after the news', () => {
    const m = model(readFileSync(new URL('chip-talks.yaml', dir), 'utf8'));
    const r = analyze(m);
    if (!r.ok) throw new Error(r.error.message);
    const a = r.analysis;
    expect(a.zopa.length).toBe(6);
    const where = locate(a, m.historical!.package)!;
    expect(where.inZopa).toBe(true);
    expect(where.distanceToFrontier).toBe(0);
    expect(m.issues[1]!.concededBy).toBeNull();
    expect(m.parties[1].security).toEqual([]);
    expect(walkAwayScore(m, 1)).toBe(38);
    const after = analyze(applyEvents(m, ['toshiba']));
    expect(after.ok && after.analysis.zopa.length).toBe(2);
  });
});
