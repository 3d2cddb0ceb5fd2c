// Reading a scenario file from disk for the command-line tools: size guard before reading,
// strict UTF-8, and every diagnostic printed to stderr in one line each. Shared by all commands.
import { readFile, stat } from 'node:fs/promises';
import type { Model } from '../engine';
import { fmtPoints, fmtScore, fmtSigned } from '../i18n';
import {
  type Diagnostic,
  fillModel,
  formatDiagnostic,
  type LoadOptions,
  loadScenario,
  MAX_CHARS,
  type NumberFormats,
  type ScenarioFile,
} from '../scenario';

/** Numbers in scenario texts are written as on the game's screens. */
const NUMBERS: NumberFormats = { score: fmtScore, points: fmtPoints, signed: fmtSigned };

/** Exit codes of every command: 0 fine, 1 the scenario (or input) has errors, 2 wrong usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Largest file read, in bytes: text beyond MAX_CHARS is refused anyway (2 MB). */
export const MAX_BYTES = MAX_CHARS;

/** Where commands write; tests swap it to capture output. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Standard output and standard error. */
export const stdio: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A loaded scenario (its texts filled in from the model), or the exit code to return after its problems were printed. */
export type ReadScenario =
  | { ok: true; model: Model; file: ScenarioFile; warnings: Diagnostic[] }
  | { ok: false; exitCode: number; errors: Diagnostic[] };

function fileDiagnostic(file: string, code: string, message: string, line = 1, column = 1): Diagnostic {
  return { severity: 'error', code, file, line, column, path: '', message };
}

/** Line and column of the first byte that is not valid UTF-8. */
function badUtf8At(bytes: Uint8Array): { line: number; column: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\ufffd');
  const before = text.slice(0, Math.max(at, 0));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Read and decode a file; errors come back as diagnostics (missing file, too large, not UTF-8). */
export async function readText(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; error: Diagnostic }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: fileDiagnostic(path, 'not-a-file', 'this is not a file') };
    if (info.size > MAX_BYTES) {
      const mb = (info.size / 1e6).toFixed(1);
      return {
        ok: false,
        error: fileDiagnostic(path, 'file-too-large', `the file is too large (${mb} MB); the limit is 2 MB`),
      };
    }
    const bytes = await readFile(path);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      const { line, column } = badUtf8At(bytes);
      return {
        ok: false,
        error: fileDiagnostic(path, 'not-text', 'this is not a UTF-8 text file', line, column),
      };
    }
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : 'the file cannot be read';
    return { ok: false, error: fileDiagnostic(path, 'cannot-read', why) };
  }
}

/** Load a scenario file, printing every error and warning to stderr. */
export async function readScenarioFile(
  path: string,
  opts: LoadOptions = {},
  io: Output = stdio,
): Promise<ReadScenario> {
  const read = await readText(path);
  if (!read.ok) {
    io.err(formatDiagnostic(read.error));
    return { ok: false, exitCode: EXIT.invalid, errors: [read.error] };
  }
  const result = loadScenario(read.text, path, opts);
  for (const d of result.ok ? result.warnings : [...result.errors, ...result.warnings])
    io.err(formatDiagnostic(d));
  if (!result.ok) return { ok: false, exitCode: EXIT.invalid, errors: result.errors };
  return { ok: true, model: fillModel(result.model, NUMBERS), file: result.file, warnings: result.warnings };
}
