// The scenarios a server offers: every valid YAML/JSON file of a folder (the shipped scenarios/ by
// default), loaded once at start. A file with errors is named in the log and left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../engine';
import { formatDiagnostic, loadScenario } from '../scenario';

export type Catalog = ReadonlyMap<string, Model>;

/** Load every scenario file of `dir`; `warn` hears about each file left out. */
export function loadCatalog(dir: string, warn: (line: string) => void = () => {}): Catalog {
  const out = new Map<string, Model>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(?:ya?ml|json)$/.test(name) || name.endsWith('.schema.json')) continue;
    const r = loadScenario(readFileSync(join(dir, name), 'utf8'), name);
    if (!r.ok) {
      warn(`${name}: left out (${r.errors[0] ? formatDiagnostic(r.errors[0]) : 'invalid'})`);
      continue;
    }
    if (out.has(r.model.id)) warn(`${name}: left out (scenario id "${r.model.id}" already loaded)`);
    else out.set(r.model.id, r.model);
  }
  return out;
}
