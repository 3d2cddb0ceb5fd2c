import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scorePackage, statusQuo, walkAwayScore } from '../engine';
import { formatDiagnostic } from './diagnostic';
import { del, lineText, MINI_YAML, miniWith, set } from './fixtures/mini';
import { type LoadResult, loadScenario } from './load';

function ok(r: LoadResult) {
  if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
  return r;
}
function errors(r: LoadResult) {
  if (r.ok) throw new Error('expected errors, the file loaded');
  return r.errors;
}

describe('loadScenario: a valid file', () => {
  const r = ok(loadScenario(MINI_YAML, 'mini.yaml'));
  const m = r.model;

  it('loads the fixture without errors or warnings', () => {
    expect(r.warnings).toEqual([]);
    expect(m.id).toBe('mini');
    expect(m.issues.map((i) => i.id)).toEqual(['tariff', 'soybeans', 'chips']);
  });

  it('turns ids into indices', () => {
    expect(m.issues[0]?.statusQuo).toBe(0);
    expect(m.issues[1]?.concededBy).toBe(1);
    expect(m.rules.firstMover).toBe(0);
    expect(m.historical?.package).toEqual([1, 1, 0]);
    expect(m.parties.map((p) => p.id)).toEqual(['us', 'cn']);
  });

  it('fills effects densely with 0 for options the file leaves out', () => {
    const farmers = m.parties[0].constituencies[0];
    expect(farmers?.effects).toEqual([
      [0, 0, -5],
      [0, 20, 40],
      [0, 0],
    ]);
  });

  it('uses clout and weight as factor weights and keeps vetoes', () => {
    const us = m.parties[0];
    expect(us.constituencies.map((c) => [c.weight, c.veto])).toEqual([
      [30, 20],
      [20, null],
    ]);
    expect(us.security[0]?.weight).toBe(1);
    expect(us.security[0]?.veto).toBeNull();
  });

  it('compiles interactions, no-deal changes, statements and events', () => {
    const hawks = m.parties[0].constituencies[1];
    expect(hawks?.interactions[0]).toMatchObject({ a: [2, 1], b: [1, 0], change: -10 });
    expect(m.parties[0].noDeal.constituencies).toEqual([-10, 0]);
    expect(m.parties[0].noDeal.security).toEqual([0]);
    expect(m.statements[0]).toMatchObject({
      side: 0,
      breaks: [{ issue: 2, options: [1] }],
      costs: [{ kind: 'constituency', factor: 1, change: -15 }],
    });
    expect(m.events[0]).toMatchObject({
      round: 3,
      probability: null,
      changes: [{ side: 0, kind: 'constituency', factor: 0, weight: 5 }],
    });
    expect(m.events[0]?.changes[0]?.effects).toEqual([{ issue: 1, option: 2, change: 5 }]);
    expect(m.events[1]?.changes[0]).toMatchObject({ side: 0, kind: 'security', factor: 0, baseline: -5 });
  });

  it('fills defaults: empathy 0.5, fromRound 2, costPerRound 0, publicHints []', () => {
    expect(m.personas.map((p) => p.empathy)).toEqual([0.5, 0.8]);
    expect(m.personas[0]?.side).toBe(1);
    expect(m.events[1]?.fromRound).toBe(2);
    expect(m.parties[1].costPerRound).toBe(0);
    expect(m.parties[0].costPerRound).toBe(1);
    expect(m.parties[1].publicHints).toEqual([]);
  });

  it('gives a model the engine can score', () => {
    const s = scorePackage(m, 0, statusQuo(m));
    // farmers 40 (clout 30), hawks 60 (clout 20): approval 48; security 70; score 0.7·48 + 0.3·70
    expect(s.approval).toBeCloseTo(48);
    expect(s.score).toBeCloseTo(54.6);
    // no deal: farmers −10 → approval (30·30 + 20·60)/50 = 42
    expect(walkAwayScore(m, 0)).toBeCloseTo(0.7 * 42 + 0.3 * 70);
  });
});

describe('loadScenario: text encodings', () => {
  it('accepts a byte-order mark and Windows line endings, with the same content hash', () => {
    const plain = ok(loadScenario(MINI_YAML, 'mini.yaml')).model;
    const windows = ok(loadScenario(`\ufeff${MINI_YAML.replace(/\n/g, '\r\n')}`, 'mini.yaml')).model;
    expect(windows.contentHash).toBe(plain.contentHash);
  });

  it('reports the right line in a file with Windows line endings', () => {
    const text = miniWith(set(['rules', 'rounds'], 0)).replace(/\n/g, '\r\n');
    const errs = errors(loadScenario(text, 'm.yaml'));
    expect(lineText(text, errs[0]!.line)).toContain('rounds: 0');
  });
});

describe('loadScenario: JSON and the content hash', () => {
  const yamlModel = ok(loadScenario(MINI_YAML, 'mini.yaml')).model;

  it('loads the same scenario written as JSON to the same model and hash', () => {
    const file = ok(loadScenario(MINI_YAML, 'mini.yaml')).file;
    const json = JSON.stringify(file, null, 2);
    const fromJson = ok(loadScenario(json, 'mini.json')).model;
    expect(fromJson).toEqual(yamlModel);
  });

  it('keeps the hash when only comments, key order or the $schema hint change', () => {
    const file = ok(loadScenario(MINI_YAML, 'mini.yaml')).file;
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    const text = `# another comment\n${stringify({ ...reordered, $schema: './x.json' })}`;
    expect(ok(loadScenario(text, 'other.yaml')).model.contentHash).toBe(yamlModel.contentHash);
  });

  it('changes the hash when content changes', () => {
    const changed = miniWith(set(['payoffs', 'us', 'constituencies', 0, 'baseline'], 41));
    expect(ok(loadScenario(changed, 'mini.yaml')).model.contentHash).not.toBe(yamlModel.contentHash);
    expect(yamlModel.contentHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('loadScenario: schema errors', () => {
  it('reports all problems at once, each with line and column', () => {
    const text = miniWith((d) => {
      set(['year'], 'soon')(d);
      set(['issues', 1, 'options', 0, 'id'], 'No Deal')(d);
      set(['personas', 0, 'difficulty'], 'brutal')(d);
      del(['payoffs', 'cn', 'briefing'])(d);
    });
    const errs = errors(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => e.path)).toEqual([
      'year',
      'issues[1].options[0].id',
      'payoffs.cn.briefing',
      'personas[0].difficulty',
    ]);
    expect(lineText(text, errs[0]!.line)).toContain('soon');
    expect(lineText(text, errs[1]!.line)).toContain('No Deal');
    expect(lineText(text, errs[3]!.line)).toContain('brutal');
    expect(errs[2]).toMatchObject({ code: 'missing-field', message: 'missing field "briefing"' });
  });

  it('says what was expected and what was found', () => {
    const errs = errors(loadScenario(miniWith(set(['rules', 'rounds'], 'six')), 'm.yaml'));
    expect(errs[0]).toMatchObject({
      code: 'wrong-type',
      path: 'rules.rounds',
      expected: 'a number',
      found: '"six"',
    });
    const line = formatDiagnostic(errs[0]!);
    expect(line).toMatch(
      /^m\.yaml:\d+:\d+ error rules\.rounds: wrong kind of value — expected a number, found "six"$/,
    );
  });

  it('points an unknown field at its key and suggests the near miss', () => {
    const text = MINI_YAML.replace('    clout: 30', '    clot: 30');
    const errs = errors(loadScenario(text, 'm.yaml'));
    const unknown = errs.find((e) => e.code === 'unknown-field');
    expect(unknown?.message).toBe('unknown field "clot" (did you mean "clout"?)');
    expect(lineText(text, unknown!.line).slice(unknown!.column - 1)).toBe('clot: 30');
  });

  it('reports out-of-range numbers and thresholds', () => {
    const text = miniWith((d) => {
      set(['payoffs', 'us', 'ratification', 'threshold'], 120)(d);
      set(['payoffs', 'cn', 'approvalWeight'], -0.5)(d);
    });
    const errs = errors(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => [e.path, e.code, e.expected])).toEqual([
      ['payoffs.us.ratification.threshold', 'too-big', 'at most 100'],
      ['payoffs.cn.approvalWeight', 'too-small', 'at least 0'],
    ]);
  });

  it('reports a bad per-language key inside a text', () => {
    const text = miniWith(set(['title', 'English!'], 'x'));
    const errs = errors(loadScenario(text, 'm.yaml'));
    expect(errs[0]).toMatchObject({ code: 'bad-format', path: 'title["English!"]' });
    expect(lineText(text, errs[0]!.line)).toContain('English!');
  });
});
