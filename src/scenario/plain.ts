// The YAML tree turned into plain data that is safe to hand to the schema: objects without a
// prototype, reserved keys (__proto__, constructor, prototype) refused, duplicate keys reported,
// and the number of values and the nesting depth bounded (alias bombs, deep nesting).
import { type Alias, isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic, DiagnosticCode, Path, PathSeg } from './diagnostic';
import { quote } from './diagnostic';
import { diagnosticAt, offsetOf, type Source } from './located';

/** Deepest nesting accepted; a scenario needs fewer than 10 levels. */
export const MAX_DEPTH = 64;
/** Most values accepted after expanding YAML aliases (guards against alias bombs). */
export const MAX_VALUES = 200_000;

const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Walk {
  readonly source: Source;
  readonly errors: Diagnostic[];
  count: number;
  /** Set when the walk gave up (too many values, too deep): nothing more is read. */
  stopped: boolean;
  readonly active: Set<Node>;
}

const start = offsetOf;

/** Convert the YAML tree to plain data: null-prototype objects, reserved keys refused, size bounded. */
export function toPlain(source: Source, root: Node): { value: unknown; errors: Diagnostic[] } {
  const walk: Walk = { source, errors: [], count: 0, stopped: false, active: new Set() };
  const value = convert(walk, root, [], 0);
  return { value, errors: walk.errors };
}

/** What a { … } is called in the file's language: an object in JSON, a mapping in YAML. */
const mapping = (walk: Walk): string => (/\.json$/i.test(walk.source.file) ? 'object' : 'mapping');

function fail(walk: Walk, node: unknown, code: DiagnosticCode, message: string, path: Path = []): null {
  walk.errors.push(diagnosticAt(walk.source, start(node as Node), code, message, { path }));
  return null;
}

function convert(walk: Walk, node: unknown, path: PathSeg[], depth: number): unknown {
  if (walk.stopped) return null;
  if (++walk.count > MAX_VALUES) {
    walk.stopped = true;
    const message = `the file holds more than ${MAX_VALUES} values (a scenario needs far fewer; an alias counts its anchor's values again)`;
    return fail(walk, node, 'alias-limit', message, path);
  }
  if (depth > MAX_DEPTH) {
    walk.stopped = true;
    return fail(walk, node, 'too-deep', `lists or ${mapping(walk)}s are nested more than ${MAX_DEPTH} levels deep`);
  }
  if (isAlias(node)) return convertAlias(walk, node, path, depth);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item, i) => convert(walk, item, [...path, i], depth + 1));
  if (isMap(node)) return convertMap(walk, node, path, depth);
  return null;
}

function convertMap(walk: Walk, node: YAMLMap, path: PathSeg[], depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) {
      fail(walk, key, 'complex-key', 'a key must be a plain name', path);
      continue;
    }
    const name = String(key.value);
    if (Object.hasOwn(out, name))
      fail(walk, key, 'duplicate-key', `the key ${quote(name)} appears twice in the same ${mapping(walk)}`, path);
    else if (RESERVED_KEYS.has(name))
      fail(walk, key, 'reserved-key', `${quote(name)} is reserved and cannot be used as a key`, [
        ...path,
        name,
      ]);
    else out[name] = convert(walk, pair.value, [...path, name], depth + 1);
  }
  return out;
}

function convertAlias(walk: Walk, node: Alias, path: PathSeg[], depth: number): unknown {
  if (!walk.source.doc) return null;
  const target = node.resolve(walk.source.doc);
  if (!target || walk.active.has(target)) {
    const why = target ? 'this alias refers to a value that contains it' : `unknown anchor "${node.source}"`;
    return fail(walk, node, 'alias-limit', why, path);
  }
  walk.active.add(target);
  const value = convert(walk, target, path, depth);
  walk.active.delete(target);
  return value;
}
