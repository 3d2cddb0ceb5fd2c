// Test helpers for the store: its own small scenario (fixtures/mini.yaml), the shipped files for
// the one smoke test, an in-memory storage and a clock moved by hand.
import { readdirSync, readFileSync } from 'node:fs';
import * as ai from '../ai';
import { loadScenario } from '../scenario';
import type { Clock } from './clock';
import type { KeyValueStorage } from './persist';
import type { StoreOptions } from './store';

function load(url: URL, fileName: string): StoreOptions['scenarios'][number] {
  const r = loadScenario(readFileSync(url, 'utf8'), fileName);
  if (!r.ok) throw new Error(`${fileName} does not load: ${r.errors.map((e) => e.message).join('; ')}`);
  return { fileName, file: r.file };
}

/** The store's test scenario, validated as the build validates shipped files. */
export function fixtureScenarios(): StoreOptions['scenarios'] {
  return [load(new URL('./fixtures/mini.yaml', import.meta.url), 'mini.yaml')];
}

/** The shipped scenario files, read from the repository (for the smoke test only). */
export function shippedScenarios(): StoreOptions['scenarios'] {
  const dir = new URL('../../scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => load(new URL(f, dir), f));
}

/** Web Storage stand-in kept in a Map. */
export function memoryStorage(): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A clock that moves only when the test says so. */
export interface ManualClock extends Clock {
  /** Move time on, running every call that falls due, in order. */
  advance(ms: number): void;
  /** Calls still waiting. */
  readonly pending: number;
}

/** A clock for tests: nothing waits for real time. */
export function manualClock(): ManualClock {
  let now = 0;
  let calls: { at: number; fn: () => void }[] = [];
  return {
    later(ms, fn) {
      const call = { at: now + Math.max(0, ms), fn };
      calls.push(call);
      return () => {
        calls = calls.filter((c) => c !== call);
      };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = calls.filter((c) => c.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        calls = calls.filter((c) => c !== next);
        now = next.at;
        next.fn();
      }
      now = until;
    },
    get pending() {
      return calls.length;
    },
  };
}

/** Store options for tests: the fixture scenario, no delay, a manual clock, seeds counting up. */
export function testOptions(over: Partial<StoreOptions> = {}): StoreOptions {
  let seed = 100;
  return {
    scenarios: fixtureScenarios(),
    defaultScenarioId: 'mini',
    computerDelayMs: 0,
    clock: manualClock(),
    randomSeed: () => seed++,
    computer: ai,
    ...over,
  };
}
