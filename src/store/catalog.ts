// The shipped scenarios: each file's text is loaded and checked once; files that fail are
// named in a notice and left out, so one broken file never stops the game.
import type { Model } from '../engine';
import { loadScenario } from '../scenario';
import type { CatalogEntry } from './types';

/** A scenario file as bundled: its name and raw text. */
export interface ScenarioText {
  readonly fileName: string;
  readonly text: string;
}

/** Load every text; returns the good entries (default first) and the names of the failed files. */
export function loadCatalog(
  texts: readonly ScenarioText[],
  defaultId: string,
): { entries: CatalogEntry[]; failed: string[] } {
  const entries: CatalogEntry[] = [];
  const failed: string[] = [];
  for (const { fileName, text } of texts) {
    const r = loadScenario(text, fileName);
    if (r.ok && !entries.some((e) => e.id === r.model.id))
      entries.push({ id: r.model.id, fileName, model: r.model });
    else failed.push(fileName);
  }
  entries.sort(
    (a, b) => Number(b.id === defaultId) - Number(a.id === defaultId) || a.fileName.localeCompare(b.fileName),
  );
  return { entries, failed };
}

/** An entry's model by scenario id. */
export function modelOf(catalog: readonly CatalogEntry[], id: string): Model | null {
  return catalog.find((e) => e.id === id)?.model ?? null;
}
