import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../scenario';
import { type JsonSchema, keysAt, pathAtLine } from './schema-keys';

const schema = JSON.parse(jsonSchemaText()) as JsonSchema;
const keys = (path: (string | number)[]) => keysAt(schema, path).map((k) => k.key);
const busan = readFileSync('scenarios/busan-2025.yaml', 'utf8').split('\n');

/** The path for a key typed at the start of a new line inserted after line `after` (1-based) with `prefix`. */
function pathAfter(lines: string[], after: number, prefix: string) {
  const copy = [...lines.slice(0, after), prefix];
  return pathAtLine(copy, after, prefix.length);
}

describe('keysAt', () => {
  it('lists the top-level fields, required ones first and marked', () => {
    const top = keysAt(schema, []);
    expect(top.map((k) => k.key)).toEqual(
      expect.arrayContaining(['id', 'title', 'parties', 'issues', 'payoffs', 'rules']),
    );
    expect(top.find((k) => k.key === 'id')?.required).toBe(true);
    const firstOptional = top.findIndex((k) => !k.required);
    expect(top.slice(firstOptional).every((k) => !k.required)).toBe(true);
  });

  it('follows records, lists and nested objects', () => {
    expect(keys(['payoffs', 'us'])).toEqual(
      expect.arrayContaining(['constituencies', 'security', 'approvalWeight', 'ratification', 'noDeal']),
    );
    expect(keys(['payoffs', 'cn', 'constituencies', 3])).toEqual(
      expect.arrayContaining(['id', 'clout', 'baseline', 'effects', 'veto']),
    );
    expect(keys(['payoffs', 'us', 'ratification'])).toEqual(['threshold']);
    expect(keys(['issues', 0, 'options', 1])).toEqual(expect.arrayContaining(['id', 'label']));
    expect(keysAt(schema, ['issues', 0]).find((k) => k.key === 'statusQuo')?.description).toMatch(
      /option id/,
    );
  });

  it('has nothing for a place that is not a mapping', () => {
    expect(keys(['year'])).toEqual([]);
    expect(keys(['nonsense', 'deeper'])).toEqual([]);
  });
});

describe('pathAtLine', () => {
  it('finds the mapping of a key typed under a block key, in list items and at the top', () => {
    const at = (text: string, line: number, col: number) => pathAtLine(text.split('\n'), line, col);
    const doc =
      'payoffs:\n  us:\n    ratification:\n      thr\n    constituencies:\n      - id: farmers\n        clo\n      - \n';
    expect(at(doc, 3, 6)).toEqual(['payoffs', 'us', 'ratification']);
    expect(at(doc, 6, 8)).toEqual(['payoffs', 'us', 'constituencies', 0]);
    expect(at(doc, 7, 8)).toEqual(['payoffs', 'us', 'constituencies', 0]);
    expect(at('id: x\nti', 1, 0)).toEqual([]);
    expect(at('parties:\n- id: us\n  na', 2, 2)).toEqual(['parties', 0]);
  });

  it('reads the real Busan file: a factor of a party, an issue option, the rules', () => {
    const line = (re: RegExp) => busan.findIndex((l) => re.test(l)) + 1;
    expect(pathAfter(busan, line(/^ {8}clout: 18/), '        ')).toEqual([
      'payoffs',
      'us',
      'constituencies',
      0,
    ]);
    expect(pathAfter(busan, line(/^ {8}label: Stays at 20%/), '        ')).toEqual([
      'issues',
      0,
      'options',
      0,
    ]);
    expect(pathAfter(busan, line(/^ {2}rounds: 7/), '  ')).toEqual(['rules']);
    expect(keysAt(schema, pathAfter(busan, line(/^ {8}clout: 18/), '        ')!).map((k) => k.key)).toContain(
      'veto',
    );
  });

  it('offers nothing inside a block text or a flow mapping', () => {
    expect(pathAtLine(['summary: >-', '  Some text', '  mo'], 2, 2)).toBeNull();
    expect(pathAtLine(['effects: { a: 1,', '  b'], 1, 2)).toBeNull();
  });
});
