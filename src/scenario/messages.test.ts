// Messages an instructor can act on: a missing field comes with a one-line example of the fix,
// a number written as an id is told to be quoted, a typo gets the nearest id (not the whole
// list), a field in the wrong place gets its right place, and JSON files read JSON words.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic';
import { formatDiagnostic } from './diagnostic';
import { missingFieldExample } from './examples';
import { del, MINI_YAML, miniWith, set } from './fixtures/mini';
import { loadScenario } from './load';
import { closest, editDistance, elsewhere } from './schema-walk';

const errorsOf = (text: string, name = 'mini.yaml'): Diagnostic[] => {
  const r = loadScenario(text, name);
  return r.ok ? [] : r.errors;
};
const asJson = (yaml: string) => JSON.stringify(parseDocument(yaml).toJS(), null, 2);
const one = (list: Diagnostic[]) => {
  expect(list.map(formatDiagnostic)).toHaveLength(1);
  return list[0]!;
};

describe('edit distance and the nearest id', () => {
  it('counts a swap of two neighbouring characters as one edit', () => {
    expect(editDistance('p421', 'p412')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'cab')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('matches a brute-force shortest edit sequence on short strings', () => {
    // Breadth-first search over single edits (insert, delete, replace, swap neighbours) on {a,b}.
    const edits = (w: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i <= w.length; i++) for (const c of 'ab') out.push(w.slice(0, i) + c + w.slice(i));
      for (let i = 0; i < w.length; i++) {
        out.push(w.slice(0, i) + w.slice(i + 1));
        for (const c of 'ab') out.push(w.slice(0, i) + c + w.slice(i + 1));
        if (i + 1 < w.length) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      }
      return out;
    };
    const words = ['', 'a', 'b', 'ab', 'ba', 'aab', 'bba', 'abab', 'baab'];
    for (const from of words) {
      const dist = new Map([[from, 0]]);
      let frontier = [from];
      for (let d = 1; d <= 4; d++) {
        const next: string[] = [];
        for (const w of frontier)
          for (const x of edits(w)) {
            if (x.length > 5 || dist.has(x)) continue;
            dist.set(x, d);
            next.push(x);
          }
        frontier = next;
      }
      // Optimal string alignment equals the true distance whenever no substring is edited twice;
      // on these words (at most 4 letters, distance ≤ 3) the two agree.
      for (const to of words) expect(editDistance(from, to), `${from}→${to}`).toBe(dist.get(to));
    }
  });

  it('suggests the nearest of many ids, and nothing when none is close', () => {
    const ids = ['p12', 'p25', 'p412', 'p100', 'none'];
    expect(closest('p421', ids)).toBe('p412');
    expect(closest('xyz', ids)).toBeNull();
  });
});

describe('a typo in an id', () => {
  it('names the nearest id instead of listing all', () => {
    const text = miniWith(
      set(['payoffs', 'us', 'constituencies', 0, 'effects', 'soybeans'], { p21: 20, p25: 40 }),
    );
    const e = one(errorsOf(text));
    expect(e.message).toBe('unknown option "p21" of issue soybeans (did you mean "p12"?)');
    expect(e.expected).toBeUndefined();
    expect(formatDiagnostic(e)).not.toContain('one of');
  });

  it('lists the ids there are when nothing is close', () => {
    const text = miniWith(set(['payoffs', 'us', 'constituencies', 0, 'effects', 'soybeans'], { lots: 20 }));
    expect(one(errorsOf(text)).expected).toBe('one of none, p12, p25');
  });
});

describe('a missing field', () => {
  it('shows a one-line example of the fix, in YAML', () => {
    const e = one(errorsOf(miniWith(del(['rules', 'rounds']))));
    expect(formatDiagnostic(e)).toBe(
      'mini.yaml:' +
        `${e.line}:${e.column} error rules.rounds: missing field "rounds" — expected a number, e.g. rounds: 6`,
    );
  });

  it('builds the example of a mapping from its required fields, with the file’s own ids', () => {
    const e = one(errorsOf(miniWith(del(['payoffs', 'cn', 'ratification']))));
    expect(e.expected).toBe('a mapping (name: value lines), e.g. ratification: { threshold: 50 }');
    const root = parseDocument(MINI_YAML).toJS();
    expect(missingFieldExample('x.yaml', root, ['issues', 0, 'statusQuo'])).toBe('statusQuo: t10');
    expect(missingFieldExample('x.yaml', root, ['rules', 'firstMover'])).toBe('firstMover: us');
    expect(missingFieldExample('x.json', root, ['issues', 0, 'options'])).toBe(
      '"options": [{ "id": "first", "label": "First option" }, { "id": "second", "label": "Second option" }]',
    );
    expect(missingFieldExample('x.yaml', {}, ['issues'])).toBe(
      'issues: [{ id: my-id, name: Some text, description: Some text, options: [{ id: first, label: First option }, { id: second, label: Second option }] }]',
    );
  });

  it('writes the example in JSON for a .json file', () => {
    const e = one(errorsOf(asJson(miniWith(del(['payoffs', 'cn', 'ratification']))), 'mini.json'));
    expect(e.expected).toBe('an object ({ "name": value, … }), e.g. "ratification": { "threshold": 50 }');
  });
});

describe('a number where text belongs', () => {
  it('says to quote an id written as a number, in YAML', () => {
    const e = one(errorsOf(MINI_YAML.replace('      - id: t10\n', '      - id: 20\n')));
    expect(e.code).toBe('wrong-type');
    expect(e.message).toBe(
      "wrong kind of value: 20 is read as a number; put it in quotes to make it text: id: '20'",
    );
  });

  it('and in JSON', () => {
    const json = asJson(MINI_YAML).replace('"id": "t10"', '"id": 20');
    const e = one(errorsOf(json, 'mini.json'));
    expect(e.message).toBe(
      'wrong kind of value: 20 is read as a number; put it in quotes to make it text: "id": "20"',
    );
  });

  it('also for a label or an item of a list', () => {
    const e = one(errorsOf(MINI_YAML.replace('        label: 10%\n', '        label: 10\n')));
    expect(e.message).toContain("put it in quotes to make it text: label: '10'");
    const item = one(errorsOf(miniWith(set(['issues', 0, 'sources'], [7]))));
    expect(item.message).toContain("put it in quotes to make it text: - '7'");
  });
});

describe('JSON words for JSON files', () => {
  it('never speaks of lines starting with "-" or of mappings in a .json file', () => {
    const json = asJson(MINI_YAML).replace(/"sources": \[\s*\{[\s\S]*?\}\s*\]/, '"sources": {}');
    const e = one(errorsOf(json, 'mini.json'));
    expect(e.expected).toBe('a list ([ … ])');
    expect(e.found).toBe('an object');
    const twice = one(errorsOf('{ "id": "a", "id": "b" }', 'twice.json'));
    expect(twice.message).toBe('the key "id" appears twice in the same object');
    expect(one(errorsOf('id: a\nid: b\n')).message).toBe('the key "id" appears twice in the same mapping');
    const yaml = one(errorsOf(miniWith(set(['sources'], {}))));
    expect(yaml.expected).toBe('a list (lines starting with "- ")');
    expect(yaml.found).toBe('a mapping');
  });
});

describe('a field in the wrong place', () => {
  it('a top-level rounds: did you mean rules.rounds?', () => {
    const text = miniWith((doc) => {
      del(['rules', 'rounds'])(doc);
      set(['rounds'], 6)(doc);
    });
    const unknown = errorsOf(text).find((e) => e.code === 'unknown-field')!;
    expect(unknown.message).toBe('unknown field "rounds" (did you mean rules.rounds?)');
    expect(unknown.expected).toBeUndefined();
  });

  it('a threshold beside the clouts: did you mean ratification.threshold?', () => {
    const text = miniWith(set(['payoffs', 'us', 'threshold'], 50));
    expect(one(errorsOf(text)).message).toBe(
      'unknown field "threshold" (did you mean ratification.threshold?)',
    );
  });

  it('the nearest field at the same level first, and the whole list when nothing fits', () => {
    expect(one(errorsOf(miniWith(set(['rules', 'rouds'], 6)))).message).toBe(
      'unknown field "rouds" (did you mean "rounds"?)',
    );
    const e = one(errorsOf(miniWith(set(['rules', 'speed'], 6))));
    expect(e.message).toBe('unknown field "speed"');
    expect(e.expected).toBe('one of rounds, firstMover');
  });

  it('finds where a field belongs, relative to where it was written when it belongs inside', () => {
    expect(elsewhere([], 'rounds')).toBe('rules.rounds');
    expect(elsewhere(['payoffs', 'us'], 'threshold')).toBe('ratification.threshold');
    expect(elsewhere([], 'firstMover')).toBe('rules.firstMover');
    expect(elsewhere([], 'no-such-field')).toBeNull();
    // "description" is a field in many places: no single suggestion.
    expect(elsewhere(['rules'], 'description')).toBeNull();
  });
});
