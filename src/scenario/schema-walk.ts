// Looks up which field names the schema allows at a path, so an unknown field can be answered
// with the list of known ones and a "did you mean" for a typo.
import type { z } from 'zod';
import type { Path } from './diagnostic';
import { ScenarioSchema } from './schema';

/** What the walkers read of a zod schema's definition. */
export type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
};

/** A schema's definition, as the walkers read it. */
export const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const d = defOf(cur);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType)
      cur = d.innerType;
    else break;
  }
  return cur;
}

/** The schema at a path (through lists and mappings by name), or undefined when the path leaves it. */
export function schemaAt(path: Path): z.ZodType | undefined {
  let s: z.ZodType | undefined = ScenarioSchema;
  for (const seg of path) {
    if (!s) return undefined;
    const d = defOf(unwrap(s));
    if (d.type === 'object' && d.shape && typeof seg === 'string') s = d.shape[seg];
    else if (d.type === 'array' && typeof seg === 'number') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return undefined;
  }
  return s ? unwrap(s) : undefined;
}

/** A field the schema defines somewhere: its path with `[]` for any list item and `<id>` for any mapping key. */
export interface KnownField {
  readonly key: string;
  /** Path segments; '[]' stands for a list position, '<id>' for a key of a mapping by id. */
  readonly at: readonly string[];
}

let everyField: KnownField[] | null = null;

/** Every field of the format, found by walking the schema once. */
export function knownFields(): readonly KnownField[] {
  if (everyField) return everyField;
  const out: KnownField[] = [];
  const walk = (s: z.ZodType, at: string[], depth: number) => {
    if (depth > 8) return;
    const d = defOf(unwrap(s));
    if (d.type === 'object' && d.shape)
      for (const [key, child] of Object.entries(d.shape)) {
        out.push({ key, at });
        walk(child, [...at, key], depth + 1);
      }
    else if (d.type === 'array' && d.element) walk(d.element, [...at, '[]'], depth + 1);
    else if (d.type === 'record' && d.valueType) walk(d.valueType, [...at, '<id>'], depth + 1);
  };
  walk(ScenarioSchema, [], 0);
  everyField = out;
  return out;
}

/** True when a concrete path fits a pattern of KnownField.at. */
function fits(path: Path, at: readonly string[]): boolean {
  if (path.length !== at.length) return false;
  return at.every((p, i) => (p === '[]' ? typeof path[i] === 'number' : p === '<id>' ? typeof path[i] === 'string' : p === path[i]));
}

/**
 * Where a field that is unknown at `path` belongs instead, written relative to `path` when it
 * belongs inside it ("ratification.threshold"), else from the top ("rules.rounds"); null when the
 * format has no field of that name, or has it in more than two places.
 */
export function elsewhere(path: Path, key: string): string | null {
  const matches = knownFields().filter((f) => f.key === key);
  const write = (segs: readonly string[]) =>
    segs.reduce((t, s) => (s === '[]' ? `${t}[]` : t === '' ? s : `${t}.${s}`), '');
  const inside = matches.filter((f) => f.at.length > path.length && fits(path, f.at.slice(0, path.length)));
  const pick = inside.length > 0 ? inside : matches;
  if (pick.length === 0 || pick.length > 2) return null;
  return pick
    .map((f) => write(inside.length > 0 ? [...f.at.slice(path.length), key] : [...f.at, key]))
    .join(' or ');
}

/** Field names the schema allows for the mapping at `path` (empty when not a fixed set). */
export function knownKeys(path: Path): string[] {
  let s: z.ZodType | undefined = ScenarioSchema;
  for (const seg of path) {
    if (!s) return [];
    const d = defOf(unwrap(s));
    if (d.type === 'object' && d.shape && typeof seg === 'string') s = d.shape[seg];
    else if (d.type === 'array' && typeof seg === 'number') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return [];
  }
  const d = s ? defOf(unwrap(s)) : undefined;
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/**
 * Edit distance between two short strings: insert, delete, replace, and swapping two neighbouring
 * characters each cost 1 (so "p421" is one edit from "p412").
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
export function closest(word: string, known: readonly string[]): string | null {
  if (word.length > 64) return null;
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}
