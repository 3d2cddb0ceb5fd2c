// Loading a scenario: text → plain data → schema → semantic checks → the engine's Model. Every
// problem comes back as a located diagnostic, all at once per stage; nothing here throws.
import type { Model } from '../engine';
import { compile } from './compile';
import { type DesignOptions, designDiagnostics } from './design';
import { type Diagnostic, quote, sortDiagnostics } from './diagnostic';
import { contentHash } from './hash';
import { type ScenarioFile, ScenarioSchema } from './schema';
import { schemaDiagnostics } from './schema-issues';
import { semanticDiagnostics } from './semantic';
import { diagnosticAt } from './located';
import { readSource } from './source';

/** A loaded scenario with its warnings, or every error found (and the warnings so far). */
export type LoadResult =
  | { ok: true; model: Model; file: ScenarioFile; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

/** What to check beyond validity. */
export interface LoadOptions {
  /**
   * Also run the engine's design checks (zone of agreement, dominant issues, …) and return them
   * as warnings. Off by default: they enumerate every package, which the game does not need at load.
   */
  readonly design?: boolean | DesignOptions;
}

function load(text: string, fileName: string, opts: LoadOptions): LoadResult {
  const read = readSource(text, fileName);
  if (!read.ok) return { ok: false, errors: sortDiagnostics(read.errors), warnings: read.warnings };
  const { source } = read;
  const parsed = ScenarioSchema.safeParse(read.value);
  if (!parsed.success) {
    const sink = schemaDiagnostics(source, read.value, parsed.error.issues);
    return { ok: false, errors: sortDiagnostics(sink.items, sink.dropped), warnings: read.warnings };
  }
  const file = parsed.data;
  const semantic = semanticDiagnostics(file, source);
  const errors = semantic.items.filter((d) => d.severity === 'error');
  const warnings = [...read.warnings, ...semantic.items.filter((d) => d.severity === 'warning')];
  if (errors.length > 0 || semantic.dropped > 0) {
    return {
      ok: false,
      errors: sortDiagnostics(errors, semantic.dropped),
      warnings: sortDiagnostics(warnings),
    };
  }
  const model = compile(file, contentHash(file));
  if (opts.design) {
    warnings.push(...designDiagnostics(model, source, opts.design === true ? {} : opts.design));
  }
  return { ok: true, model, file, warnings: sortDiagnostics(warnings) };
}

/** Load a YAML or JSON scenario text. `fileName` names it in messages (and .json selects strict JSON). */
export function loadScenario(text: string, fileName: string, opts: LoadOptions = {}): LoadResult {
  const name = typeof fileName === 'string' && fileName !== '' ? fileName : 'scenario';
  const bare = { text: '', file: name, doc: null, lines: null };
  if (typeof text !== 'string') {
    return {
      ok: false,
      errors: [diagnosticAt(bare, 0, 'not-text', 'the scenario is not text')],
      warnings: [],
    };
  }
  try {
    return load(text, name, opts);
  } catch (e) {
    const why =
      e instanceof RangeError
        ? 'the file is too complex to read (nested too deeply?)'
        : `the loader failed: ${quote(String(e))}`;
    return { ok: false, errors: [diagnosticAt(bare, 0, 'internal', why)], warnings: [] };
  }
}
