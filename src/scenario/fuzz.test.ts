import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { formatDiagnostic } from './diagnostic';
import { MINI_YAML } from './fixtures/mini';
import { type LoadResult, loadScenario } from './load';

type Key = string | number;

/** Every path to a value in plain data. */
function allPaths(value: unknown, prefix: Key[] = []): Key[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => allPaths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => allPaths(v, [...prefix, k]))];
  }
  return here;
}

const PATHS = allPaths(parse(MINI_YAML));

/** The property every load must have: a model, or at least one located, one-line error. */
function wellFormed(r: LoadResult, text: string, file: string): void {
  if (r.ok) {
    expect(r.model.issues.length).toBeGreaterThan(0);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const d of [...r.errors, ...r.warnings]) {
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    const line = formatDiagnostic(d);
    expect(line.includes('\n') || line.includes('\u001b')).toBe(false);
  }
}

const oddValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    't25',
    'us',
    'cn',
    'farmers',
    '',
    '0',
  ),
);

const edit = fc.record({
  path: fc.nat({ max: PATHS.length - 1 }),
  op: fc.constantFrom('delete', 'replace', 'retype'),
  value: oddValue,
});

/** Apply structural edits (delete a field, replace it, change its type) to the mini scenario. */
function mutate(edits: readonly { path: number; op: string; value: unknown }[]): string {
  const doc = parseDocument(MINI_YAML);
  for (const e of edits) {
    const path = PATHS[e.path] ?? [];
    try {
      if (e.op === 'delete') doc.deleteIn(path);
      else if (e.op === 'replace') doc.setIn(path, e.value);
      else {
        const old = doc.getIn(path);
        doc.setIn(path, typeof old === 'number' ? String(old) : typeof old === 'string' ? old.length : [old]);
      }
    } catch {
      // the path no longer exists after an earlier edit: skip this edit
    }
  }
  return doc.toString();
}

const bytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((a) => String.fromCharCode(...a));
const textEdit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 50 }),
  insert: fc.oneof(bytes, fc.constantFrom(':', '- ', '{', ']', '&a', '*a', '"', '\t', '\n  ', '!!binary')),
});

describe('fuzz: loadScenario never throws and always explains itself', () => {
  it('survives random structural edits of a valid scenario (YAML and JSON)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = mutate(edits);
        wellFormed(loadScenario(text, 'fuzz.yaml'), text, 'fuzz.yaml');
        const json = JSON.stringify(parse(text)) ?? '';
        wellFormed(loadScenario(json, 'fuzz.json'), json, 'fuzz.json');
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('survives random bytes spliced into the text', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = MINI_YAML;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        wellFormed(loadScenario(text, 'fuzz.yaml'), text, 'fuzz.yaml');
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('survives pure noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        wellFormed(loadScenario(text, 'noise.yaml'), text, 'noise.yaml');
        wellFormed(loadScenario(text, 'noise.json'), text, 'noise.json');
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
