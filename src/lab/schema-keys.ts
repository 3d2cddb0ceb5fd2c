// Completion of field names from the scenario format's JSON Schema (scenario/json-schema.ts): the
// keys allowed in the mapping at a path, and the path of the mapping a cursor is typing a key in,
// read from the indentation (the text is often not valid YAML while it is being typed).

/** The parts of a JSON Schema (draft 7, as generated) that completion reads. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema | readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/** One field name the schema allows. */
export interface KeySuggestion {
  readonly key: string;
  readonly required: boolean;
  readonly description?: string;
}

export type PathSeg = string | number;

/** The schema a `$ref` (#/definitions/X or #/$defs/X) names, or the schema itself. */
function deref(root: JsonSchema, s: JsonSchema): JsonSchema {
  const m = s.$ref ? /^#\/(definitions|\$defs)\/(.+)$/.exec(s.$ref) : null;
  if (!m) return s;
  const table = m[1] === 'definitions' ? root.definitions : root.$defs;
  return table?.[m[2]!] ?? s;
}

/** The alternatives a schema stands for (anyOf / oneOf / allOf flattened). */
function branches(root: JsonSchema, s: JsonSchema, depth = 0): JsonSchema[] {
  const d = deref(root, s);
  const alts = [...(d.anyOf ?? []), ...(d.oneOf ?? []), ...(d.allOf ?? [])];
  if (alts.length === 0 || depth > 8) return [d];
  return [d, ...alts.flatMap((a) => branches(root, a, depth + 1))];
}

function child(root: JsonSchema, s: JsonSchema, seg: PathSeg): JsonSchema[] {
  return branches(root, s).flatMap((b): JsonSchema[] => {
    if (typeof seg === 'number') {
      if (Array.isArray(b.items)) return b.items[seg] ? [b.items[seg]] : [];
      return b.items && !Array.isArray(b.items) ? [b.items as JsonSchema] : [];
    }
    const named = b.properties?.[seg];
    if (named) return [named];
    return typeof b.additionalProperties === 'object' ? [b.additionalProperties] : [];
  });
}

/** Field names allowed in the mapping at `path` (list positions are numbers), sorted required first. */
export function keysAt(root: JsonSchema, path: readonly PathSeg[]): KeySuggestion[] {
  let current: JsonSchema[] = [root];
  for (const seg of path) current = current.flatMap((s) => child(root, s, seg));
  const out = new Map<string, KeySuggestion>();
  for (const b of current.flatMap((s) => branches(root, s))) {
    for (const [key, prop] of Object.entries(b.properties ?? {})) {
      if (out.has(key) || key === '$schema') continue;
      const description = deref(root, prop).description;
      const required = b.required?.includes(key) ?? false;
      out.set(key, description === undefined ? { key, required } : { key, required, description });
    }
  }
  return [...out.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** A line as the path finder reads it: the column of its first key (after any "- "), and that key. */
interface LineShape {
  readonly indent: number;
  /** Column of the first key on the line (after "- " markers). */
  readonly keyColumn: number;
  /** Columns of the "- " markers, outermost first. */
  readonly dashes: readonly number[];
  readonly key: string | null;
  /** The line ends with "key:" and nothing (or a comment) after it: a block follows. */
  readonly opensBlock: boolean;
}

function shape(line: string): LineShape | null {
  const body = line.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
  if (body.trim() === '') return null;
  const indent = body.length - body.trimStart().length;
  const dashes: number[] = [];
  let col = indent;
  while (body[col] === '-' && (body[col + 1] === ' ' || col + 1 === body.length)) {
    dashes.push(col);
    col += 1;
    while (body[col] === ' ') col++;
  }
  const m = /^([^\s:#{}[\],'"][^:#{}[\],]*?|"[^"]*"|'[^']*'):(?:\s|$)/.exec(body.slice(col));
  const key = m ? m[1]!.replace(/^["']|["']$/g, '').trim() : null;
  const opensBlock = m !== null && body.slice(col + m[0].length).trim() === '';
  return { indent, keyColumn: col, dashes, key, opensBlock };
}

/**
 * The path of the mapping that a key typed at `column` of line `lineIndex` (0-based) belongs to,
 * from the lines above; list positions are 0 (every item of a list has the same schema). Null
 * inside a flow collection or a block scalar's text, where no key can be typed.
 */
export function pathAtLine(lines: readonly string[], lineIndex: number, column: number): PathSeg[] | null {
  const here = shape(`${(lines[lineIndex] ?? '').slice(0, column)}x:`);
  if (!here) return null;
  const path: PathSeg[] = [];
  // In a mapping whose keys start at `col`, or in a list whose "- " markers are at `col`.
  let inList = false;
  let col = here.keyColumn;
  const enterList = (s: LineShape) => {
    for (const _ of s.dashes) path.unshift(0);
    inList = true;
    col = s.dashes[0]!;
  };
  const parent = (s: LineShape): boolean => {
    if (!s.key || !s.opensBlock) return false;
    path.unshift(s.key);
    if (s.dashes.length > 0) enterList(s);
    else {
      inList = false;
      col = s.keyColumn;
    }
    return true;
  };
  if (here.dashes.length > 0) enterList(here);
  for (let i = lineIndex - 1; i >= 0 && (inList || col > 0); i--) {
    const s = shape(lines[i]!);
    if (!s) continue;
    if (!inList) {
      if (s.dashes.length > 0 && s.keyColumn === col) enterList(s);
      else if (s.keyColumn < col && !parent(s)) return null;
    } else if (s.dashes[0] === col || s.indent > col) {
      // Another item of the same list, or the text of one.
    } else if (!parent(s)) return null;
  }
  return inList ? null : path;
}
