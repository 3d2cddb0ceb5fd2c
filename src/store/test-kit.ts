// Test helpers for the store: the shipped scenario files and an in-memory storage.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario';
import type { KeyValueStorage } from './persist';
import type { StoreOptions } from './store';

/** The shipped scenario files, read from the repository and validated as the build does. */
export function shippedScenarios(): StoreOptions['scenarios'] {
  return ['busan-2025.yaml', 'tutorial.yaml'].map((fileName) => {
    const r = loadScenario(
      readFileSync(new URL(`../../scenarios/${fileName}`, import.meta.url), 'utf8'),
      fileName,
    );
    if (!r.ok) throw new Error(`${fileName} does not load: ${r.errors.map((e) => e.message).join('; ')}`);
    return { fileName, file: r.file };
  });
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

/** Store options for tests: shipped scenarios, no delay, seeds counting up. */
export function testOptions(over: Partial<StoreOptions> = {}): StoreOptions {
  let seed = 100;
  return {
    scenarios: shippedScenarios(),
    defaultScenarioId: 'busan-2025',
    computerDelayMs: 0,
    randomSeed: () => seed++,
    ...over,
  };
}
