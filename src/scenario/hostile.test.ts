import { describe, expect, it } from 'vitest';
import { formatDiagnostic, MAX_DIAGNOSTICS } from './diagnostic';
import { MINI_YAML, miniWith, set } from './fixtures/mini';
import { type LoadResult, loadScenario } from './load';

/** The errors of a load that must fail; each must be located and format to one line. */
function failsWith(r: LoadResult) {
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(formatDiagnostic(e)).not.toContain('\n');
  }
  return r.errors;
}

const codes = (r: LoadResult) => failsWith(r).map((e) => e.code);

describe('hostile input: not a scenario at all', () => {
  it('an empty file', () => {
    expect(codes(loadScenario('', 'a.yaml'))).toEqual(['empty']);
    expect(codes(loadScenario(' \n\t\n', 'a.yaml'))).toEqual(['empty']);
    expect(codes(loadScenario('# nothing but a comment\n', 'a.yaml'))).toEqual(['empty']);
  });

  it('binary garbage, located at the first control character', () => {
    const errs = failsWith(loadScenario('id: x\ntitle: ab\u0000\u0001\u00ff', 'a.yaml'));
    expect(errs[0]).toMatchObject({ code: 'not-text', line: 2, column: 10 });
    expect(errs[0]?.message).toContain('U+0000');
  });

  it('terminal escape sequences are refused, never echoed', () => {
    const errs = failsWith(loadScenario('title: "\u001b[2J\u001b]0;pwned\u0007"', 'a.yaml'));
    expect(errs[0]?.code).toBe('not-text');
    expect(formatDiagnostic(errs[0]!)).not.toContain('\u001b');
  });

  it('a 50 MB file is refused by size before it is parsed, naming the limit', () => {
    const errs = failsWith(loadScenario(`title: ${'x'.repeat(50_000_000)}`, 'big.yaml'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ code: 'file-too-large', expected: 'at most 2 MB' });
  });

  it('a file of very many short entries is refused before parsing', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `k${i}: 1`).join('\n');
    expect(codes(loadScenario(text, 'a.yaml'))).toEqual(['file-too-large']);
  });

  it('a scalar or a list where the scenario mapping should be', () => {
    expect(failsWith(loadScenario('just some words', 'a.yaml'))[0]).toMatchObject({
      code: 'wrong-type',
      found: '"just some words"',
    });
    expect(failsWith(loadScenario('- 1\n- 2\n', 'a.yaml'))[0]).toMatchObject({
      code: 'wrong-type',
      found: 'a list of 2',
    });
  });

  it('a value that is not a string at all (from a careless caller)', () => {
    expect(codes(loadScenario(42 as unknown as string, 'a.yaml'))).toEqual(['not-text']);
  });
});

describe('hostile input: YAML bombs and deep nesting', () => {
  it('a billion-laughs alias bomb stops at the value limit', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
      (n, i) => [n, 'abcdefghi'[i]] as const,
    )) {
      rows.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(codes(loadScenario(rows.join('\n'), 'bomb.yaml'))).toEqual(['alias-limit']);
  });

  it('an alias inside its own anchor', () => {
    expect(codes(loadScenario('a: &a [1, *a]', 'a.yaml'))).toEqual(['alias-limit']);
  });

  it('10,000-deep flow nesting is refused before parsing', () => {
    expect(codes(loadScenario('['.repeat(10_000) + ']'.repeat(10_000), 'a.yaml'))).toEqual(['too-deep']);
    expect(codes(loadScenario(`${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`, 'a.yaml'))).toEqual([
      'too-deep',
    ]);
  });

  it('10,000-deep block nesting becomes a message, not a stack overflow', () => {
    expect(new Set(codes(loadScenario(`${'- '.repeat(10_000)}x`, 'a.yaml')))).toEqual(new Set(['too-deep']));
  });

  it('indented nesting deeper than the limit', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(codes(loadScenario(`${text} 1`, 'a.yaml'))).toEqual(['too-deep']);
  });
});

describe('hostile input: keys', () => {
  it('__proto__, constructor and prototype keys are refused and pollute nothing', () => {
    const text = miniWith((d) => {
      set(['payoffs', 'us', 'constituencies', 0, 'effects', '__proto__'], { polluted: 1 })(d);
    });
    const withKeys = `__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n${text}`;
    const errs = failsWith(loadScenario(withKeys, 'a.yaml'));
    expect(errs.map((e) => [e.code, e.path, e.line])).toEqual([
      ['reserved-key', '__proto__', 1],
      ['reserved-key', 'constructor', 2],
      ['reserved-key', 'payoffs.us.constituencies[0].effects.__proto__', expect.any(Number)],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reserved names as id values are refused by the schema', () => {
    const errs = failsWith(loadScenario(miniWith(set(['issues', 0, 'id'], 'constructor')), 'a.yaml'));
    expect(errs[0]).toMatchObject({ code: 'invalid', path: 'issues[0].id' });
  });

  it('a duplicate key in a mapping is an error at the second key', () => {
    const text = MINI_YAML.replace('year: 2025\n', 'year: 2025\nyear: 2026\n');
    const errs = failsWith(loadScenario(text, 'a.yaml'));
    const line = text.split('\n').indexOf('year: 2026') + 1;
    expect(errs.map((e) => [e.code, e.line, e.column])).toEqual([['duplicate-key', line, 1]]);
  });

  it('a complex key is refused', () => {
    expect(codes(loadScenario('? [a, b]\n: 1\n', 'a.yaml'))).toEqual(['complex-key']);
  });
});

describe('hostile input: numbers and text', () => {
  it('.nan, .inf and -.inf are wrong numbers, shown as written', () => {
    const text = miniWith((d) => {
      set(['payoffs', 'us', 'approvalWeight'], Number.NaN)(d);
      set(['payoffs', 'us', 'constituencies', 0, 'baseline'], Number.POSITIVE_INFINITY)(d);
      set(['payoffs', 'cn', 'ratification', 'threshold'], Number.NEGATIVE_INFINITY)(d);
    });
    const errs = failsWith(loadScenario(text, 'a.yaml'));
    expect(errs.map((e) => [e.code, e.found])).toEqual([
      ['wrong-type', '.inf'],
      ['wrong-type', '.nan'],
      ['wrong-type', '-.inf'],
    ]);
  });

  it('NaN and 1e999 in JSON', () => {
    expect(failsWith(loadScenario('{"year": NaN}', 'a.json'))[0]).toMatchObject({
      code: 'json-syntax',
      line: 1,
      column: 10,
    });
    const errs = failsWith(loadScenario('{"year": 1e999}', 'a.json'));
    expect(errs.find((e) => e.path === 'year')).toMatchObject({ code: 'wrong-type', found: '1e999' });
  });

  it('a huge string is reported by length, not echoed', () => {
    const errs = failsWith(loadScenario(miniWith(set(['summary'], 'y'.repeat(1_500_000))), 'a.yaml'));
    expect(errs[0]).toMatchObject({ code: 'too-big', path: 'summary', found: '1500000 characters' });
    expect(formatDiagnostic(errs[0]!).length).toBeLessThan(200);
  });

  it('HTML and script in texts stay inert plain text', () => {
    const html = '<script>globalThis.__pwned = 1</script><img src=x onerror="globalThis.__pwned = 2">';
    const r = loadScenario(miniWith(set(['title'], html)), 'a.yaml');
    expect(r.ok && r.model.title).toBe(html);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('YAML tags that would build code in other loaders are not run', () => {
    const text = `${MINI_YAML}\nnote: !!js/function "function () { globalThis.__pwned = 3 }"\n`;
    failsWith(loadScenario(text, 'a.yaml'));
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

describe('hostile input: JSON syntax and error floods', () => {
  it.each([
    ['{"id": "a",}', 1, 12],
    ['{"id": \'a\'}', 1, 8],
    ['{\n  "id": "a"\n  "year": 1\n}', 3, 3],
    ['{"id": "a" // comment\n}', 1, 12],
    ['{"id": "unterminated}', 1, 8],
    ['[1, 2', 1, 6],
  ])('%j is a JSON syntax error at %i:%i', (text, line, column) => {
    expect(failsWith(loadScenario(text, 'a.json'))[0]).toMatchObject({ code: 'json-syntax', line, column });
  });

  it('thousands of problems are cut to a readable list with a count of the rest', () => {
    const bad = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`Bad${i}`, { x: 1 }]));
    const errs = failsWith(
      loadScenario(miniWith(set(['payoffs', 'us', 'constituencies', 0, 'effects'], bad)), 'a.yaml'),
    );
    expect(errs).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(errs[MAX_DIAGNOSTICS]?.code).toBe('more-errors');
  });
});
