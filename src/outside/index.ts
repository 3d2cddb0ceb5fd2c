// The loader of instructors' own scenario files, a chunk of its own: main.ts imports it only when
// an outside file is used (a link to one, a file opened or dropped, a saved game on one), so the
// YAML parser, the schema and the link compression stay out of the first page load. It reads the
// file (fetch, a link's #s= code, or text handed in), validates it exactly as the command line does
// and returns the file or every problem as the command line prints it.
import { formatDiagnostic, loadScenario } from '../scenario';
import type { OutsideOrigin, OutsideRequest, OutsideResult, ShareCode } from '../store';
import { nameOfUrl } from '../store';
import { fetchText } from './fetch-text';
import { decodeFile, encodeFile } from './fragment';

export { decodeFile, encodeFile, MAX_CODE_CHARS } from './fragment';
export { fetchText } from './fetch-text';

/** Validate a file's text. */
export function validate(name: string, text: string, origin: OutsideOrigin): OutsideResult {
  const r = loadScenario(text, name);
  if (!r.ok) return { ok: false, problem: { kind: 'invalid', name, lines: r.errors.map(formatDiagnostic) } };
  return { ok: true, file: { origin, name, text, file: r.file } };
}

/** Read and validate an outside file. Never throws. */
export async function loadOutside(request: OutsideRequest): Promise<OutsideResult> {
  switch (request.kind) {
    case 'text':
      return validate(request.name, request.text, { kind: 'text' });
    case 'fragment': {
      const decoded = decodeFile(request.code);
      return decoded
        ? validate(decoded.name, decoded.text, { kind: 'text' })
        : { ok: false, problem: { kind: 'fragment' } };
    }
    case 'url': {
      const got = await fetchText(request.url, document.baseURI);
      return got.ok ? validate(nameOfUrl(request.url), got.text, { kind: 'url', url: request.url }) : got;
    }
  }
}

/** A file as a link code (#s=…), or its length when too long for a link. */
export function shareCode(name: string, text: string): ShareCode {
  return encodeFile(name, text);
}
