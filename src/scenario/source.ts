// Reading a scenario's text: size and content guards before parsing, then YAML (or strict JSON)
// parsing with positions, then conversion to safe plain data (./plain.ts).
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, DiagnosticCode } from './diagnostic';
import { findJsonError } from './json-syntax';
import { diagnosticAt, type Source } from './located';
import { MAX_DEPTH, toPlain } from './plain';

/** Largest text accepted, in characters (about 2 MB); real scenarios are well under 200 kB. */
export const MAX_CHARS = 2_000_000;
/**
 * Most lines plus commas accepted: a cheap bound on the number of entries, checked before parsing
 * because parsing costs time per entry. A large scenario has a few thousand.
 */
export const MAX_ENTRIES = 25_000;

/** Offset where the count of line breaks and commas passes `limit`, or -1. */
function entriesOffset(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44) && ++n > limit) return i;
  }
  return -1;
}

/** Result of reading: plain data (null-prototype objects, arrays, scalars), or located errors. */
export type ReadResult =
  | { ok: true; source: Source; value: unknown; warnings: Diagnostic[] }
  | { ok: false; source: Source; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Offset of the first character no scenario text contains, or -1: C0 controls other than tab and
 * line breaks, DEL, and the replacement/non-characters a binary file turns into when read as text.
 */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c >= 0xfffd) return i;
  }
  return -1;
}

/** Deepest [ { nesting in the text, skipping quoted text and comments; stops counting past `limit`. */
function flowDepthOffset(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : '\n';
    const starts = prev === undefined || ' \t\n\r[{,:'.includes(prev);
    if ((c === '"' || c === "'") && starts) {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '#' && starts) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Problems found before parsing: too large, not text, nested too deep, bad JSON. */
function precheck(source: Source): Diagnostic | null {
  const { text } = source;
  if (text.length > MAX_CHARS) {
    const mb = (text.length / 1e6).toFixed(1);
    return diagnosticAt(source, 0, 'file-too-large', `the file is too large (${mb} million characters)`, {
      expected: 'at most 2 MB',
    });
  }
  if (text.trim() === '')
    return diagnosticAt(source, 0, 'empty', 'the file is empty', { expected: 'a scenario' });
  const bad = firstControl(text);
  if (bad >= 0) {
    const code = `U+${text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')}`;
    const message = `this is not a text file: it contains the control character ${code}`;
    return diagnosticAt(source, bad, 'not-text', message, { expected: 'a YAML or JSON text file' });
  }
  const many = entriesOffset(text, MAX_ENTRIES);
  if (many >= 0) {
    return diagnosticAt(source, many, 'file-too-large', 'the file has too many lines and list entries', {
      expected: `at most ${MAX_ENTRIES.toLocaleString('en-US')} lines and commas`,
    });
  }
  const deep = flowDepthOffset(text, MAX_DEPTH);
  if (deep >= 0) {
    return diagnosticAt(
      source,
      deep,
      'too-deep',
      `lists or mappings are nested more than ${MAX_DEPTH} levels deep`,
    );
  }
  if (/\.json$/i.test(source.file)) {
    const err = findJsonError(text);
    if (err) return diagnosticAt(source, err.offset, 'json-syntax', `JSON syntax: ${err.message}`);
  }
  return null;
}

/** A YAML library error turned into a one-line located diagnostic. */
function yamlDiagnostic(
  source: Source,
  e: { code: string; message: string; pos: [number, number] },
  warn: boolean,
): Diagnostic {
  const code: DiagnosticCode =
    e.code === 'DUPLICATE_KEY'
      ? 'duplicate-key'
      : e.code === 'RESOURCE_EXHAUSTION'
        ? 'too-deep'
        : 'yaml-syntax';
  const first = e.message.split('\n')[0] ?? e.message;
  const plain = first.replace(/ at line \d+, column \d+:?$/, '');
  const message =
    code === 'duplicate-key'
      ? 'this key appears twice in the same mapping'
      : code === 'too-deep'
        ? 'lists or mappings are nested too deeply to read'
        : `YAML syntax: ${plain}`;
  return diagnosticAt(source, e.pos[0], code, message, { severity: warn ? 'warning' : 'error' });
}

/** Read a scenario text into plain data, with every problem located. Never throws. */
export function readSource(rawText: string, file: string): ReadResult {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const bare: Source = { text, file, doc: null, lines: null };
  const early = precheck(bare);
  if (early) return { ok: false, source: bare, errors: [early], warnings: [] };
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false,
      merge: false,
      logLevel: 'silent',
    });
  } catch (e) {
    const message =
      e instanceof RangeError
        ? 'the file is nested too deeply to read'
        : 'the file could not be read as YAML';
    return { ok: false, source: bare, errors: [diagnosticAt(bare, 0, 'too-deep', message)], warnings: [] };
  }
  const source: Source = { text, file, doc, lines };
  const errors = doc.errors.map((e) => yamlDiagnostic(source, e, false));
  const warnings = doc.warnings.map((e) => yamlDiagnostic(source, e, true));
  if (errors.length > 0) return { ok: false, source, errors, warnings };
  if (doc.contents === null) {
    return {
      ok: false,
      source,
      errors: [diagnosticAt(source, 0, 'empty', 'the file holds only comments', { expected: 'a scenario' })],
      warnings,
    };
  }
  const converted = toPlain(source, doc.contents);
  if (converted.errors.length > 0) return { ok: false, source, errors: converted.errors, warnings };
  return { ok: true, source, value: converted.value, warnings };
}
