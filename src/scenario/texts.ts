// Every text a player can read in a scenario file, found by walking the file with its schema: a
// field is a text when the schema gives it the `Text` type, so texts added later are found too.
import type { z } from 'zod';
import type { Path } from './diagnostic';
import { type ScenarioFile, ScenarioSchema, Text } from './schema';
import { defOf } from './schema-walk';

/** True when `s` is the Text schema or a copy of it made by .meta(). */
function isText(s: z.ZodType): boolean {
  for (let cur: z.ZodType | undefined = s; cur; cur = (cur._zod as { parent?: z.ZodType }).parent)
    if (cur === Text) return true;
  return false;
}

/** One text of the file in one language (`lang` null for a text written once). */
export interface FileText {
  readonly path: Path;
  readonly lang: string | null;
  readonly text: string;
}

function walk(schema: z.ZodType, value: unknown, path: Path, out: FileText[]): void {
  if (value === undefined || value === null) return;
  if (isText(schema)) {
    if (typeof value === 'string') out.push({ path, lang: null, text: value });
    else
      for (const [lang, text] of Object.entries(value as Record<string, string>))
        out.push({ path: [...path, lang], lang, text });
    return;
  }
  const d = defOf(schema);
  if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
    walk(d.innerType, value, path, out);
  else if (d.type === 'object' && d.shape && typeof value === 'object')
    for (const [k, s] of Object.entries(d.shape))
      walk(s, (value as Record<string, unknown>)[k], [...path, k], out);
  else if (d.type === 'array' && d.element && Array.isArray(value))
    for (const [i, v] of value.entries()) walk(d.element, v, [...path, i], out);
  else if (d.type === 'record' && d.valueType && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      walk(d.valueType, v, [...path, k], out);
}

/** Every player-readable text of a schema-valid file, in file order. */
export function fileTexts(file: ScenarioFile): FileText[] {
  const out: FileText[] = [];
  walk(ScenarioSchema, file, [], out);
  return out;
}
