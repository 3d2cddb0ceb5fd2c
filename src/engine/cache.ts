// One bounded memo for everything worth keeping between moves (models as events changed them,
// walk-away values, the computer's package spaces, its exact scorings), created and owned by
// whoever runs games: the simulator, the store's session, a server. Entries are keyed by value
// (content hashes, fired events, statements made), never by object identity, so a player view
// rebuilt from JSON finds what the original view built. Once the count or the approximate bytes
// exceed the limits, the least recently used entries go first, until the cache is down to 7/8 of
// its limits (so a full cache does not sort its entries on every addition). No clock, no
// randomness.
import { valueHash } from './value-hash';

/** How much a cache may hold. */
export interface CacheLimits {
  /** Entries kept at most. */
  readonly maxEntries: number;
  /** Approximate bytes kept at most (as estimated by whoever adds an entry). */
  readonly maxBytes: number;
}

/** What a cache did so far, for tests and benchmarks. */
export interface CacheStats {
  readonly hits: number;
  /** Values built because they were missing (each miss builds once). */
  readonly misses: number;
  readonly evictions: number;
  readonly entries: number;
  readonly bytes: number;
  /** Misses per kind (the key's text before the first '|'). */
  readonly built: Readonly<Record<string, number>>;
}

/** A bounded, value-keyed memo; see createCache. */
export interface Cache {
  readonly limits: CacheLimits;
  /**
   * The value kept under `key`, or `build()` kept under it; `bytes` estimates its size (default
   * DEFAULT_ENTRY_BYTES). Keys start with their kind, e.g. 'space|…'.
   */
  readonly memo: <T>(key: string, build: () => T, bytes?: (value: T) => number) => T;
  /**
   * Hash of an object's content (JSON-equal objects hash alike), or of the part of it that
   * `pick` selects; computed once per object and pick (objects are never mutated).
   */
  readonly hashOf: <T extends object>(value: T, pick?: (value: T) => unknown) => string;
  /** `fn(value)`, computed once per object and function (objects are never mutated). */
  readonly of: <T extends object, R>(value: T, fn: (value: T) => R) => R;
  readonly stats: () => CacheStats;
  /** Drop every entry (statistics are kept). */
  readonly clear: () => void;
}

/** Default limits: room for dozens of package spaces of a scenario the size of Busan 2025. */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxEntries: 50_000, maxBytes: 128 * 2 ** 20 };
/** Size assumed for an entry whose maker gives no estimate. */
export const DEFAULT_ENTRY_BYTES = 256;

interface Entry {
  readonly value: unknown;
  readonly bytes: number;
  /** When it was last used (a count of uses, not a clock). */
  used: number;
}

/** Once over a limit, entries are dropped until the cache is down to this share of its limits. */
const LOW_WATER = 7 / 8;

/** A new, empty cache with the given limits (missing ones take DEFAULT_CACHE_LIMITS). */
export function createCache(limits: Partial<CacheLimits> = {}): Cache {
  const bound: CacheLimits = { ...DEFAULT_CACHE_LIMITS, ...limits };
  const entries = new Map<string, Entry>();
  // Per object, per function: a value computed from the object (its hash, a derived fact).
  const derived = new WeakMap<object, Map<unknown, unknown>>();
  const built: Record<string, number> = {};
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let evictions = 0;
  let uses = 0;

  /** Drop the least recently used entries, once over a limit, down to LOW_WATER of the limits. */
  const evict = (): void => {
    if (entries.size <= bound.maxEntries && bytes <= bound.maxBytes) return;
    const keepEntries = Math.floor(bound.maxEntries * LOW_WATER);
    const keepBytes = bound.maxBytes * LOW_WATER;
    const oldest = [...entries].sort((a, b) => a[1].used - b[1].used);
    for (const [key, e] of oldest) {
      if (entries.size <= keepEntries && bytes <= keepBytes) return;
      entries.delete(key);
      bytes -= e.bytes;
      evictions++;
    }
  };

  const memo = <T>(key: string, build: () => T, size?: (value: T) => number): T => {
    const found = entries.get(key);
    if (found) {
      hits++;
      found.used = ++uses;
      return found.value as T;
    }
    misses++;
    const kind = key.slice(0, Math.max(0, key.indexOf('|')));
    built[kind] = (built[kind] ?? 0) + 1;
    const value = build();
    const e: Entry = { value, bytes: size ? size(value) : DEFAULT_ENTRY_BYTES, used: ++uses };
    // An entry larger than the whole budget is handed out but not kept (nor does it flush the rest).
    if (e.bytes > bound.maxBytes) return value;
    entries.set(key, e);
    bytes += e.bytes;
    evict();
    return value;
  };

  const of = <T extends object, R>(value: T, fn: (value: T) => R): R => {
    let byFn = derived.get(value);
    if (!byFn) {
      byFn = new Map();
      derived.set(value, byFn);
    }
    if (byFn.has(fn)) return byFn.get(fn) as R;
    const r = fn(value);
    byFn.set(fn, r);
    return r;
  };

  // One hashing function per pick, so `of` keeps each pick's hash apart.
  const hashers = new WeakMap<object, (value: object) => string>();
  const whole = (value: object): string => valueHash(value);
  const hashOf = <T extends object>(value: T, pick?: (value: T) => unknown): string => {
    if (!pick) return of(value, whole);
    let h = hashers.get(pick) as ((value: T) => string) | undefined;
    if (!h) {
      h = (v: T) => valueHash(pick(v));
      hashers.set(pick, h as (value: object) => string);
    }
    return of(value, h);
  };

  return {
    limits: bound,
    memo,
    hashOf,
    of,
    stats: () => ({ hits, misses, evictions, entries: entries.size, bytes, built: { ...built } }),
    clear: () => {
      entries.clear();
      bytes = 0;
    },
  };
}
