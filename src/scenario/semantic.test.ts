import type { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic';
import { lineText, MINI_YAML, miniWith, set } from './fixtures/mini';
import { loadScenario } from './load';

/** Load the mini scenario with an edit; return its errors (the file must fail). */
function errorsOf(edit: (doc: Document) => void): { text: string; errs: Diagnostic[] } {
  const text = miniWith(edit);
  const r = loadScenario(text, 'm.yaml');
  if (r.ok) throw new Error('expected errors, the file loaded');
  return { text, errs: r.errors };
}

/** The one error the edit should cause: its code, path, and the text on its line. */
function oneError(edit: (doc: Document) => void) {
  const { text, errs } = errorsOf(edit);
  expect(errs).toHaveLength(1);
  const e = errs[0]!;
  return { ...e, lineText: lineText(text, e.line), at: lineText(text, e.line).slice(e.column - 1) };
}

describe('semantic checks: unknown ids', () => {
  it('an unknown status-quo option: the nearest one when it looks like a typo, else the options it could be', () => {
    const e = oneError(set(['issues', 0, 'statusQuo'], 't25'));
    expect(e).toMatchObject({
      code: 'unknown-id',
      path: 'issues[0].statusQuo',
      message: 'unknown option "t25" (did you mean "t20"?)',
    });
    expect(e.expected).toBeUndefined();
    expect(e.at).toBe('t25');
    const far = oneError(set(['issues', 0, 'statusQuo'], 'zero'));
    expect(far).toMatchObject({ message: 'unknown option "zero"', expected: 'one of t20, t10, t0' });
  });

  it('an unknown party conceding an issue, and an unknown first mover', () => {
    const { errs } = errorsOf((d) => {
      set(['issues', 1, 'concededBy'], 'ch')(d);
      set(['rules', 'firstMover'], 'usa')(d);
    });
    expect(errs.map((e) => [e.path, e.message])).toEqual([
      ['issues[1].concededBy', 'unknown party "ch" (did you mean "cn"?)'],
      ['rules.firstMover', 'unknown party "usa" (did you mean "us"?)'],
    ]);
  });

  it('an unknown issue or option among effects, pointing at the key', () => {
    const { text, errs } = errorsOf((d) => {
      set(['payoffs', 'us', 'constituencies', 0, 'effects', 'soybean'], { p12: 1 })(d);
      set(['payoffs', 'cn', 'security', 0, 'effects', 'chips', 'relax'], 5)(d);
    });
    expect(errs.map((e) => e.path)).toEqual([
      'payoffs.us.constituencies[0].effects.soybean',
      'payoffs.cn.security[0].effects.chips.relax',
    ]);
    expect(lineText(text, errs[0]!.line).slice(errs[0]!.column - 1)).toMatch(/^soybean:/);
    expect(lineText(text, errs[1]!.line).slice(errs[1]!.column - 1)).toMatch(/^relax:/);
  });

  it('interaction pairs: exactly two, with known issues and options', () => {
    const path = ['payoffs', 'us', 'constituencies', 1, 'interactions', 0, 'when'];
    expect(oneError(set(path, { chips: 'ease' }))).toMatchObject({ code: 'interaction-pairs', found: '1' });
    expect(oneError(set([...path, 'chips'], 'easy'))).toMatchObject({
      code: 'unknown-id',
      path: `${'payoffs.us.constituencies[1].interactions[0].when.chips'}`,
    });
  });

  it('unknown factor ids in no-deal effects and audience costs', () => {
    const { errs } = errorsOf((d) => {
      set(['payoffs', 'cn', 'noDeal', 'effects', 'farmers'], -5)(d);
      set(['statements', 0, 'audienceCost', 'exporters'], -5)(d);
    });
    expect(errs.map((e) => [e.path, e.expected])).toEqual([
      ['payoffs.cn.noDeal.effects.farmers', 'one of exporters, nationalists, chip-access'],
      ['statements[0].audienceCost.exporters', 'one of farmers, hawks, tech-lead'],
    ]);
  });

  it('events: unknown party, target and options', () => {
    const { errs } = errorsOf((d) => {
      set(['events', 0, 'changes', 0, 'target'], 'exporters')(d);
      set(['events', 1, 'changes', 0, 'party'], 'eu')(d);
      set(['events', 0, 'changes', 0, 'effects', 'soybeans', 'p30'], 1)(d);
    });
    expect(errs.map((e) => e.path)).toEqual([
      'events[0].changes[0].target',
      'events[0].changes[0].effects.soybeans.p30',
      'events[1].changes[0].party',
    ]);
  });

  it('statements, personas and sources: unknown parties, options and source ids', () => {
    const { errs } = errorsOf((d) => {
      set(['statements', 0, 'party'], 'uk')(d);
      set(['statements', 0, 'breaks', 'chips', 0], 'open')(d);
      set(['personas', 1, 'party'], 'eu')(d);
      set(['issues', 0, 'sources', 0], 'src-b')(d);
      set(['historical', 'source'], 'src-z')(d);
    });
    expect(errs.map((e) => e.path)).toEqual([
      'issues[0].sources[0]',
      'statements[0].party',
      'statements[0].breaks.chips[0]',
      'personas[1].party',
      'historical.source',
    ]);
  });

  it('payoffs must name exactly the two parties', () => {
    const text = MINI_YAML.replace('\n  cn:\n    constituencies:', '\n  prc:\n    constituencies:');
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['missing-id', 'payoffs'],
      ['unknown-id', 'payoffs.prc'],
    ]);
  });

  it('the historical package names every issue exactly once', () => {
    const { errs } = errorsOf((d) => {
      d.deleteIn(['historical', 'package', 'chips']);
      set(['historical', 'package', 'tarif'], 't10')(d);
      set(['historical', 'package', 'soybeans'], 'p99')(d);
    });
    expect(errs.map((e) => [e.code, e.path])).toEqual([
      ['missing-id', 'historical.package'],
      ['unknown-id', 'historical.package.soybeans'],
      ['unknown-id', 'historical.package.tarif'],
    ]);
    expect(errs[0]?.message).toContain('"chips"');
  });
});

describe('semantic checks: duplicates, rounds, empty events, weights', () => {
  it('duplicate ids of issues, options, parties and personas', () => {
    const { errs } = errorsOf((d) => {
      set(['issues', 2, 'id'], 'tariff')(d);
      set(['issues', 1, 'options', 2, 'id'], 'p12')(d);
      set(['personas', 1, 'id'], 'hardliner')(d);
    });
    expect(errs.filter((e) => e.code === 'duplicate-id').map((e) => e.path)).toEqual([
      'issues[1].options[2].id',
      'issues[2].id',
      'personas[1].id',
    ]);
    expect(errs.find((e) => e.path === 'issues[2].id')?.message).toMatch(/used twice \(first on line \d+\)/);
  });

  it('constituencies and indicators of one party share one namespace', () => {
    const { errs } = errorsOf(set(['payoffs', 'us', 'security', 0, 'id'], 'hawks'));
    expect(errs.filter((e) => e.code === 'duplicate-id').map((e) => e.path)).toEqual([
      'payoffs.us.security[0].id',
    ]);
  });

  it('the same factor id may be used by both parties', () => {
    const text = miniWith(set(['payoffs', 'cn', 'constituencies', 1, 'id'], 'farmers'));
    expect(loadScenario(text, 'm.yaml').ok).toBe(true);
  });

  it('an event in a round the game never reaches', () => {
    const e = oneError(set(['events', 0, 'round'], 7));
    expect(e).toMatchObject({
      code: 'event-round',
      path: 'events[0].round',
      expected: 'a round from 1 to 6',
      found: '7',
    });
  });

  it('an event that changes nothing is an error; an empty change beside a real one is a warning', () => {
    const e = oneError((d) => {
      set(['events', 1, 'changes', 0, 'baseline'], 0)(d);
    });
    expect(e).toMatchObject({ code: 'event-no-change', path: 'events[1]' });
    const text = miniWith((d) => {
      d.addIn(['events', 0, 'changes'], { party: 'cn', target: 'exporters', effects: { tariff: { t0: 0 } } });
    });
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['change-no-change', 'events[0].changes[1]']]);
  });

  it('clout that adds up to zero', () => {
    const { errs } = errorsOf((d) => {
      set(['payoffs', 'cn', 'constituencies', 0, 'clout'], 0)(d);
      set(['payoffs', 'cn', 'constituencies', 1, 'clout'], 0)(d);
    });
    expect(errs.map((e) => [e.code, e.path])).toEqual([['zero-weight', 'payoffs.cn.constituencies']]);
  });
});
