// Where things are in a scenario's text: the parsed source, line and column of an offset, the
// YAML node at a field path, and diagnostics built at those places.
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic, DiagnosticCode, Path } from './diagnostic';
import { formatPath } from './diagnostic';

/** The parsed text with what is needed to locate any path in it. */
export interface Source {
  readonly text: string;
  readonly file: string;
  readonly doc: Document.Parsed | null;
  readonly lines: LineCounter | null;
}

/** Line and column (1-based) of a character offset, without a LineCounter. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/** Build a diagnostic at a character offset of the source. */
export function diagnosticAt(
  source: Source,
  offset: number,
  code: DiagnosticCode,
  message: string,
  extra: { path?: Path; severity?: Diagnostic['severity']; expected?: string; found?: string } = {},
): Diagnostic {
  const pos = source.lines ? source.lines.linePos(offset) : null;
  const { line, column } = pos ? { line: pos.line, column: pos.col } : positionAt(source.text, offset);
  const d: Diagnostic = {
    severity: extra.severity ?? 'error',
    code,
    file: source.file,
    line,
    column,
    path: formatPath(extra.path ?? []),
    message,
  };
  if (extra.expected !== undefined) d.expected = extra.expected;
  if (extra.found !== undefined) d.found = extra.found;
  return d;
}

// Key → pair index of each mapping looked up, so locating many problems stays linear.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : null;
      if (k !== null && !index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** The node at a path (following aliases), or the deepest node on the way when part is missing. */
export function nodeAt(
  doc: Document.Parsed | null,
  path: Path,
  key = false,
): { node: Node | null; complete: boolean } {
  let node: unknown = doc?.contents ?? null;
  for (const [i, seg] of path.entries()) {
    if (isAlias(node) && doc) node = node.resolve(doc) ?? node;
    let next: unknown;
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      next = pair ? (key && i === path.length - 1 ? pair.key : (pair.value ?? pair.key)) : undefined;
    } else if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
    if (next === undefined || next === null) return { node: node as Node | null, complete: false };
    node = next;
  }
  return { node: node as Node | null, complete: true };
}

/** The text a node was written as (shortened by the caller), e.g. ".inf" or "t25". */
export function sourceTextOf(source: Source, node: Node | null): string | null {
  const range = node?.range;
  if (!range) return null;
  return source.text.slice(range[0], range[1]).trim();
}

/** Character offset where a node starts (0 when unknown). */
export const offsetOf = (node: Node | null | undefined): number => node?.range?.[0] ?? 0;
