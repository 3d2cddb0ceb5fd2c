// Located messages about a scenario file: what is wrong, where (file, line, column, field path),
// what was expected and what was found. Every problem the loader finds becomes one Diagnostic.

/** Every code a diagnostic may carry, so callers and tests can match on them. */
export const DIAGNOSTIC_CODES = [
  // reading the file (command line) and the text
  'cannot-read',
  'not-a-file',
  'file-too-large',
  'not-text',
  'empty',
  'too-deep',
  'yaml-syntax',
  'json-syntax',
  'duplicate-key',
  'reserved-key',
  'complex-key',
  'alias-limit',
  // the schema
  'wrong-type',
  'missing-field',
  'unknown-field',
  'too-small',
  'too-big',
  'bad-format',
  'bad-value',
  'invalid',
  // cross-references and meaning
  'unknown-id',
  'duplicate-id',
  'missing-id',
  'interaction-pairs',
  'event-round',
  'event-no-change',
  'change-no-change',
  'zero-weight',
  'bad-placeholder',
  'typed-number',
  'debrief-date',
  'conflicting-fields',
  'status-quo-effect',
  'event-removes-clout',
  // design warnings (the engine's designWarnings codes; its 'too-large' becomes 'too-many-packages')
  'no-zopa',
  'untouched-factor',
  'dominant-issue',
  'threshold-unreachable',
  'never-ratified',
  'too-many-packages',
  'free-concession',
  'weak-walk-away',
  // the list was cut short
  'more-errors',
  // a bug in the loader itself, reported instead of thrown
  'internal',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One problem, located in the file. `path` names the field, e.g. "issues[2].options[0].id". */
export interface Diagnostic {
  severity: Severity;
  code: string;
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  path: string;
  message: string;
  expected?: string;
  found?: string;
}

/** A field path as a list of keys and list positions. */
export type PathSeg = string | number;
export type Path = readonly PathSeg[];

/** Path as written in messages: issues[2].options[0].id, effects["odd key"]. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(seg)}]`;
  }
  return out;
}

const MAX_SHOWN = 60;

/** A value shown in a message: quoted, control characters escaped, long text shortened. */
export function quote(text: string): string {
  const short = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A list of ids for "expected one of …", shortened when long. */
export function oneOf(ids: readonly string[]): string {
  if (ids.length === 0) return 'nothing (none defined)';
  const shown = ids.slice(0, 12).join(', ');
  return `one of ${shown}${ids.length > 12 ? `, … (${ids.length} in all)` : ''}`;
}

/** One line for a terminal or a log: `busan.yaml:12:5 error issues[2].statusQuo: unknown option "t25" — expected one of …`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column} ${d.severity}`;
  let text = `${where}${d.path ? ` ${d.path}` : ''}: ${d.message}`;
  if (d.expected) text += ` — expected ${d.expected}`;
  if (d.found !== undefined && !d.message.includes(d.found))
    text += `${d.expected ? ',' : ' —'} found ${d.found}`;
  return text;
}

/** Most diagnostics returned at once; a garbage file could otherwise produce thousands. */
export const MAX_DIAGNOSTICS = 200;
/** Most diagnostics built by one stage; past it they are only counted, so hostile files stay fast. */
export const MAX_COLLECTED = 1000;

/** Collects a stage's diagnostics up to MAX_COLLECTED and counts the rest. */
export class Sink {
  readonly items: Diagnostic[] = [];
  dropped = 0;
  /** True when no more diagnostics will be kept: callers skip the work of building one. */
  get full(): boolean {
    return this.items.length >= MAX_COLLECTED;
  }
  add(d: Diagnostic): void {
    if (this.full) this.dropped++;
    else this.items.push(d);
  }
}

/**
 * Diagnostics in file order (line, then column; errors first at the same place), repeats removed,
 * cut at MAX_DIAGNOSTICS with a last one saying how many more there were.
 */
export function sortDiagnostics(list: readonly Diagnostic[], dropped = 0): Diagnostic[] {
  const seen = new Set<string>();
  const unique = list.filter((d) => {
    const key = `${d.line}:${d.column}:${d.code}:${d.path}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  const more = Math.max(0, unique.length - MAX_DIAGNOSTICS) + dropped;
  const next = unique[MAX_DIAGNOSTICS] ?? unique[unique.length - 1];
  if (more === 0 || next === undefined) return unique;
  const cut: Diagnostic = {
    severity: next.severity,
    code: 'more-errors',
    file: next.file,
    line: next.line,
    column: next.column,
    path: '',
    message: `${more} more not shown (fix the ones above first)`,
  };
  return [...unique.slice(0, MAX_DIAGNOSTICS), cut];
}
