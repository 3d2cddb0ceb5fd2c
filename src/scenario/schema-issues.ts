// The schema's complaints (zod issues) turned into located diagnostics an instructor can act on:
// the line and column of the field, what kind of value was expected, and what the file holds.
import type { z } from 'zod';
import type { DiagnosticCode, Path, PathSeg } from './diagnostic';
import { oneOf, quote, Sink } from './diagnostic';
import { fieldLine, isJson, missingFieldExample } from './examples';
import { closest, elsewhere, knownKeys } from './schema-walk';
import { diagnosticAt, nodeAt, offsetOf, type Source, sourceTextOf } from './located';

type Issue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  text: 'text, or texts by language such as { en: "…", zh-Hans: "…" }',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (name: value lines)',
  record: 'a mapping (name: value lines)',
  array: 'a list (lines starting with "- ")',
};

/** The same kinds in JSON's words, for .json files. */
const EXPECTED_JSON: Readonly<Record<string, string>> = {
  ...EXPECTED,
  object: 'an object ({ "name": value, … })',
  record: 'an object ({ "name": value, … })',
  array: 'a list ([ … ])',
};

const expectedName = (ctx: Ctx, e: string): string =>
  (isJson(ctx.source.file) ? EXPECTED_JSON : EXPECTED)[e] ?? e;

/** The plain value at a path, or undefined when it is absent. */
function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<PathSeg, unknown>)[seg];
  }
  return v;
}

interface Ctx {
  readonly source: Source;
  readonly root: unknown;
  readonly out: Sink;
}

/** What the file holds at a path, in words: the written text for scalars, "a list", "a mapping", "nothing". */
function foundAt(ctx: Ctx, path: Path): string {
  const v = valueAt(ctx.root, path);
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return isJson(ctx.source.file) ? 'an object' : 'a mapping';
  if (typeof v === 'string') return quote(v);
  const written = sourceTextOf(ctx.source, nodeAt(ctx.source.doc, path).node);
  return written && written.length <= 40 ? written : String(v);
}

function push(ctx: Ctx, path: Path, code: DiagnosticCode, message: string, more: More = {}): void {
  if (ctx.out.full) {
    ctx.out.dropped++;
    return;
  }
  const { node } = nodeAt(ctx.source.doc, path, more.key);
  const extra: { path: Path; expected?: string; found?: string } = { path };
  if (more.expected !== undefined) extra.expected = more.expected;
  if (more.found !== undefined) extra.found = more.found;
  ctx.out.add(diagnosticAt(ctx.source, offsetOf(node), code, message, extra));
}

const segs = (p: readonly PropertyKey[]): PathSeg[] => p.map((s) => (typeof s === 'number' ? s : String(s)));

function sizeIssue(ctx: Ctx, path: Path, issue: Issue & { code: 'too_small' | 'too_big' }): void {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  const bound = issue.exact
    ? 'exactly'
    : small
      ? strict
        ? 'more than'
        : 'at least'
      : strict
        ? 'less than'
        : 'at most';
  const v = valueAt(ctx.root, path);
  if (issue.origin === 'array') {
    const n = Array.isArray(v) ? v.length : 0;
    push(ctx, path, small ? 'too-small' : 'too-big', small ? 'too few items' : 'too many items', {
      expected: `${bound} ${limit}`,
      found: `${n}`,
    });
  } else if (issue.origin === 'string') {
    const n = typeof v === 'string' ? v.length : 0;
    const message = small ? 'the text is empty' : 'the text is too long';
    push(ctx, path, small ? 'too-small' : 'too-big', message, {
      expected: `${bound} ${limit} characters`,
      found: `${n} characters`,
    });
  } else {
    push(
      ctx,
      path,
      small ? 'too-small' : 'too-big',
      small ? 'the number is too small' : 'the number is too large',
      {
        expected: `${bound} ${limit}`,
        found: foundAt(ctx, path),
      },
    );
  }
}

/** A number or true/false written where text (an id, a label) belongs: quoting makes it text. */
function quoteHint(ctx: Ctx, path: Path, expected: string): string | null {
  const v = valueAt(ctx.root, path);
  if ((expected !== 'string' && expected !== 'text') || (typeof v !== 'number' && typeof v !== 'boolean'))
    return null;
  const key = path[path.length - 1];
  const written = sourceTextOf(ctx.source, nodeAt(ctx.source.doc, path).node) ?? String(v);
  const line =
    typeof key === 'string'
      ? fieldLine(ctx.source.file, key, written)
      : isJson(ctx.source.file)
        ? JSON.stringify(written)
        : `- '${written}'`;
  return `${written} is read as a ${typeof v === 'number' ? 'number' : 'true/false value'}; put it in quotes to make it text: ${line}`;
}

function typeIssue(ctx: Ctx, path: Path, kind: string): void {
  const expected = expectedName(ctx, kind);
  const parent = valueAt(ctx.root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (
    last !== undefined &&
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  ) {
    const example = missingFieldExample(ctx.source.file, ctx.root, path);
    push(ctx, path, 'missing-field', `missing field "${last}"`, {
      expected: example ? `${expected}, e.g. ${example}` : expected,
    });
  } else {
    const hint = quoteHint(ctx, path, kind);
    push(ctx, path, 'wrong-type', hint ? `wrong kind of value: ${hint}` : 'wrong kind of value', {
      expected,
      found: foundAt(ctx, path),
    });
  }
}

/** Unions (texts): report the branch whose type matched, else "expected text or …". */
function unionIssue(ctx: Ctx, path: Path, errors: readonly (readonly Issue[])[]): void {
  const mismatch = (list: readonly Issue[]) =>
    list.every((i) => i.code === 'invalid_type' && i.path.length === 0);
  const matched = errors.filter((list) => !mismatch(list));
  const best = matched.sort((a, b) => a.length - b.length)[0];
  if (best) {
    for (const issue of best) mapIssue(ctx, issue, path);
    return;
  }
  const kinds = errors.flatMap((list) => list.map((i) => (i.code === 'invalid_type' ? i.expected : '')));
  const text = kinds.includes('string') && kinds.includes('record');
  typeIssue(ctx, path, text ? 'text' : kinds.map((k) => expectedName(ctx, k)).join(' or '));
}

function unknownKeys(ctx: Ctx, path: Path, keys: readonly string[]): void {
  const allowed = knownKeys(path);
  for (const k of keys) {
    if (ctx.out.full) {
      ctx.out.dropped++;
      continue;
    }
    // The nearest field here, else the place the field belongs ("rules.rounds"); with neither, the list.
    const guess = closest(k, allowed) ?? elsewhere(path, k);
    const message = `unknown field "${k}"${guess ? ` (did you mean ${guess.includes('.') ? guess : `"${guess}"`}?)` : ''}`;
    push(ctx, [...path, k], 'unknown-field', message, {
      ...(guess ? {} : { expected: allowed.length > 0 ? oneOf(allowed) : 'no other fields' }),
      key: true,
    });
  }
}

type More = { expected?: string; found?: string; key?: boolean };

/** Code, message and details for the issues that need no special handling. */
function describeIssue(ctx: Ctx, path: Path, issue: Issue): [DiagnosticCode, string, More] {
  switch (issue.code) {
    case 'invalid_key': {
      const expected = issue.issues[0]?.message ?? 'a valid name';
      const found = quote(String(path[path.length - 1]));
      return ['bad-format', 'this key is not a valid name', { expected, found, key: true }];
    }
    case 'invalid_format': {
      const expected =
        issue.format === 'url' ? 'a web address starting with http:// or https://' : issue.message;
      return ['bad-format', 'badly formed value', { expected, found: foundAt(ctx, path) }];
    }
    case 'invalid_value':
      return [
        'bad-value',
        'not an allowed value',
        { expected: oneOf(issue.values.map(String)), found: foundAt(ctx, path) },
      ];
    case 'custom':
      return ['invalid', 'not valid here', { expected: issue.message, found: foundAt(ctx, path) }];
    default:
      return ['invalid', issue.message, { found: foundAt(ctx, path) }];
  }
}

/** Map one zod issue (and the issues nested in it) to diagnostics. */
function mapIssue(ctx: Ctx, issue: Issue, base: Path): void {
  const path = [...base, ...segs(issue.path)];
  if (issue.code === 'invalid_type') typeIssue(ctx, path, issue.expected);
  else if (issue.code === 'invalid_union') unionIssue(ctx, path, issue.errors);
  else if (issue.code === 'unrecognized_keys') unknownKeys(ctx, path, issue.keys);
  else if (issue.code === 'too_small' || issue.code === 'too_big') sizeIssue(ctx, path, issue);
  else {
    const [code, message, more] = describeIssue(ctx, path, issue);
    push(ctx, path, code, message, more);
  }
}

/** All schema issues as located diagnostics (the raw value gives "found" and missing-field detection). */
export function schemaDiagnostics(source: Source, root: unknown, issues: readonly Issue[]): Sink {
  const ctx: Ctx = { source, root, out: new Sink() };
  for (const issue of issues) mapIssue(ctx, issue, []);
  return ctx.out;
}
