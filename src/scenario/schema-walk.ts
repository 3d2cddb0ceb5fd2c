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

/** Edit distance between two short strings (insert, delete, replace cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
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
