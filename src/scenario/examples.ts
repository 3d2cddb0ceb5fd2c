// One-line examples for messages: how a missing field could be written, in the file's own
// language (YAML or JSON), built from the schema and, where a field refers to something, from
// ids the file already defines. So "missing field" says how to fix it, not only what is wrong.
import type { z } from 'zod';
import type { Path } from './diagnostic';
import { defOf, schemaAt } from './schema-walk';

/** True for a file read as strict JSON (its name ends in .json). */
export const isJson = (file: string): boolean => /\.json$/i.test(file);

type Example = string | number | boolean | readonly Example[] | { readonly [k: string]: Example };

/** What the file defines, read loosely from its raw value (it may be far from valid). */
interface Ids {
  readonly party: string;
  readonly issue: string;
  readonly option: string;
}

function idsOf(root: unknown): Ids {
  const obj = (v: unknown) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const first = (v: unknown) => (Array.isArray(v) ? obj(v[0]) : {});
  const str = (v: unknown, fallback: string) => (typeof v === 'string' && v !== '' ? v : fallback);
  const issue = first(obj(root).issues);
  const options = Array.isArray(issue.options) ? issue.options : [];
  return {
    party: str(first(obj(root).parties).id, 'us'),
    issue: str(issue.id, 'soybeans'),
    option: str(obj(options[1] ?? options[0]).id, 'p25'),
  };
}

/** Examples of fields by name, where a name says more than its type. */
function byName(key: string, ids: Ids): Example | undefined {
  const named: Readonly<Record<string, Example>> = {
    id: 'my-id',
    rounds: 6,
    firstMover: ids.party,
    party: ids.party,
    concededBy: ids.party,
    statusQuo: ids.option,
    threshold: 50,
    clout: 10,
    weight: 1,
    baseline: 50,
    approvalWeight: 0.6,
    score: 40,
    change: -10,
    year: 2025,
    colour: '#1f5fa8',
    concession: 1,
    floor: 0.2,
    difficulty: 'normal',
    date: '2025-11-10',
    effects: { [ids.issue]: { [ids.option]: 10 } },
    when: { [ids.issue]: ids.option },
    package: { [ids.issue]: ids.option },
    noDeal: { description: 'What happens without a deal.', score: 40 },
    ratification: { threshold: 50 },
    rules: { rounds: 6, firstMover: ids.party },
  };
  return Object.hasOwn(named, key) ? named[key] : undefined;
}

/** Fields an object needs (neither optional nor with a default). */
function required(shape: Record<string, z.ZodType>): [string, z.ZodType][] {
  return Object.entries(shape).filter(([, s]) => !['optional', 'default'].includes(defOf(s).type));
}

function fromSchema(key: string, s: z.ZodType | undefined, ids: Ids, depth: number): Example {
  const known = byName(key, ids);
  if (known !== undefined) return known;
  const d = s ? defOf(s) : undefined;
  if (!d || depth > 2) return 'Some text';
  if (d.type === 'number' || d.type === 'int') return 1;
  if (d.type === 'boolean') return true;
  if (d.type === 'array') {
    const item = d.element ? fromSchema('', d.element, ids, depth + 1) : 'Some text';
    if (key === 'options')
      return [
        { id: 'first', label: 'First option' },
        { id: 'second', label: 'Second option' },
      ];
    return key === 'sources' ? [] : [item];
  }
  if (d.type === 'object' && d.shape) {
    const out: Record<string, Example> = {};
    for (const [k, child] of required(d.shape)) out[k] = fromSchema(k, child, ids, depth + 1);
    return out;
  }
  if (d.type === 'record') return {};
  return 'Some text';
}

const PLAIN = /^[A-Za-z][A-Za-z0-9 ._-]*$/;

function yamlOf(v: Example): string {
  if (typeof v === 'string')
    return PLAIN.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v) && !v.endsWith(' ')
      ? v
      : `'${v.replace(/'/g, "''")}'`;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(yamlOf).join(', ')}]`;
  const parts = Object.entries(v).map(([k, x]) => `${k}: ${yamlOf(x)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

function jsonOf(v: Example): string {
  if (typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jsonOf).join(', ')}]`;
  const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${jsonOf(x)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/** `key: value` as the file would write it (YAML, or JSON for a .json file). */
export function fieldLine(file: string, key: string, value: Example): string {
  return isJson(file) ? `${JSON.stringify(key)}: ${jsonOf(value)}` : `${key}: ${yamlOf(value)}`;
}

/** A one-line example of the missing field at `path` (its last segment is the field's name). */
export function missingFieldExample(file: string, root: unknown, path: Path): string | null {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return null;
  const line = fieldLine(file, key, fromSchema(key, schemaAt(path), idsOf(root), 0));
  return line.length <= 160 ? line : null;
}
