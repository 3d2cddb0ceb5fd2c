// Compiling a scenario that was already validated (at build time, by the Vite plugin): no YAML
// parser, no schema library, so the browser bundle carries neither. The content hash is computed
// exactly as the loader does, so saved games stay tied to the same scenarios.
import type { Model } from '../engine';
import { compile } from './compile';
import { contentHash } from './hash';
import type { ScenarioFile } from './schema';

/** A compiled scenario, or why its (supposedly validated) data could not be compiled. */
export type CompileResult = { ok: true; model: Model } | { ok: false; error: string };

/** The engine's Model for a file object `loadScenario` already accepted; never throws. */
export function compileScenario(file: ScenarioFile, fileName: string): CompileResult {
  if (file === null || typeof file !== 'object' || Array.isArray(file)) {
    return { ok: false, error: `${fileName}: the scenario is not an object` };
  }
  try {
    return { ok: true, model: compile(file, contentHash(file)) };
  } catch (e) {
    return { ok: false, error: `${fileName}: the scenario does not compile (${String(e)})` };
  }
}
