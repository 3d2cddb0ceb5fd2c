// The shipped scenarios: each file was validated at build time and is compiled once here; files
// that fail are named in a notice and left out, so one broken file never stops the game. Texts
// are filled in from the model here, once, as the screens write numbers (scenario/fill.ts).
import type { Model } from '../engine';
import { fmtPoints, fmtScore, fmtSigned } from '../i18n';
import { compileScenario, fillModel, type NumberFormats, type ScenarioFile } from '../scenario';
import type { OutsideFile } from './outside';
import type { CatalogEntry, GameConfig } from './types';

/** A shipped scenario as bundled: its file name and the validated file object. */
export interface ScenarioData {
  readonly fileName: string;
  readonly file: ScenarioFile;
}

/** The number formats of the game's screens, for filling scenario texts. */
export const SCREEN_NUMBERS: NumberFormats = { score: fmtScore, points: fmtPoints, signed: fmtSigned };

/** Compile every file; returns the good entries (default first) and the names of the failed files. */
export function loadCatalog(
  files: readonly ScenarioData[],
  defaultId: string,
): { entries: CatalogEntry[]; failed: string[] } {
  const entries: CatalogEntry[] = [];
  const failed: string[] = [];
  for (const { fileName, file } of files) {
    const r = compileScenario(file, fileName);
    if (r.ok && !entries.some((e) => e.id === r.model.id))
      entries.push({ id: r.model.id, fileName, model: fillModel(r.model, SCREEN_NUMBERS) });
    else failed.push(fileName);
  }
  entries.sort(
    (a, b) => Number(b.id === defaultId) - Number(a.id === defaultId) || a.fileName.localeCompare(b.fileName),
  );
  return { entries, failed };
}

/** A catalog entry for an outside file the loader validated, or null if it does not compile. */
export function outsideEntry(f: OutsideFile): CatalogEntry | null {
  const r = compileScenario(f.file, f.name);
  if (!r.ok) return null;
  return {
    id: r.model.id,
    fileName: f.name,
    model: fillModel(r.model, SCREEN_NUMBERS),
    outside: { origin: f.origin, text: f.text },
  };
}

/** The catalog with an entry added, replacing one of the same id (an outside file over a shipped one). */
export function withEntry(catalog: readonly CatalogEntry[], entry: CatalogEntry): CatalogEntry[] {
  return [...catalog.filter((e) => e.id !== entry.id), entry];
}

/** An entry's model by scenario id. */
export function modelOf(catalog: readonly CatalogEntry[], id: string): Model | null {
  return catalog.find((e) => e.id === id)?.model ?? null;
}

/** The model of the game in progress. */
export function gameModel(s: {
  readonly catalog: readonly CatalogEntry[];
  readonly config: GameConfig | null;
}): Model | null {
  return s.config ? modelOf(s.catalog, s.config.scenarioId) : null;
}
