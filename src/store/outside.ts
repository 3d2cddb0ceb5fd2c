// Instructors' own scenario files ("outside" files, not shipped with the game): where one comes
// from, what went wrong with one, and the loader that reads and validates them. The loader (YAML
// parser, schema, link compression) is a chunk of its own that main.ts hands in lazily: the store
// only knows its shape. Everything here is pure: no fetch, no DOM.
import type { ScenarioFile } from '../scenario';

/** Where an outside file came from: a web address (fetched again to reload), or its text alone. */
export type OutsideOrigin =
  | { readonly kind: 'url'; readonly url: string }
  /** Opened from the computer (picker, drop) or from a link that carries the file (#s=). */
  | { readonly kind: 'text' };

/** A validated outside file: its name, its text as read, and the file object the loader accepted. */
export interface OutsideFile {
  readonly origin: OutsideOrigin;
  readonly name: string;
  readonly text: string;
  readonly file: ScenarioFile;
}

/** Why an outside file could not be used. Every text in it comes from the file or the address: shown as text only. */
export type OutsideProblem =
  /** The file was read but is not a valid scenario: every problem as `file:line:column path: …`. */
  | { readonly kind: 'invalid'; readonly name: string; readonly lines: readonly string[] }
  /**
   * Fetching it failed: `notFound` (404/410), `http` (another status), `blocked` (the browser
   * refused: another site that does not allow it (CORS), or a page opened from file://),
   * `network` (no answer), `tooBig` (larger than a scenario may be).
   */
  | {
      readonly kind: 'fetch';
      readonly url: string;
      readonly reason: 'notFound' | 'http' | 'blocked' | 'network' | 'tooBig';
      readonly status?: number;
    }
  /** A shared link's #s= part that does not decode (cut short or altered). */
  | { readonly kind: 'fragment' }
  /** A local file that could not be read as text. */
  | { readonly kind: 'unreadable'; readonly name: string };

/** What to load. */
export type OutsideRequest =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  /** The code after `#s=` in a shared link. */
  | { readonly kind: 'fragment'; readonly code: string };

export type OutsideResult =
  | { readonly ok: true; readonly file: OutsideFile }
  | { readonly ok: false; readonly problem: OutsideProblem };

/** A file as a link code, or how long the code would be when it is too long for a link. */
export type ShareCode =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly chars: number; readonly max: number };

/** The lazily loaded loader (src/outside). */
export interface OutsideModule {
  loadOutside(request: OutsideRequest): Promise<OutsideResult>;
  shareCode(name: string, text: string): ShareCode;
}

/** The fragment parameter a shared file travels in: `#s=…`. */
export const FRAGMENT_PARAM = 's';

/** What a `scenario` link parameter names: a shipped scenario's id, or a file by path or address. */
export type ScenarioParam =
  | { readonly kind: 'none' }
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'url'; readonly url: string };

/** A value with a `/`, or ending in .yaml, .yml or .json, is a path or an address; anything else an id. */
export function classifyScenarioParam(value: string | null | undefined): ScenarioParam {
  const v = (value ?? '').trim();
  if (v === '') return { kind: 'none' };
  if (v.includes('/') || /\.(?:ya?ml|json)$/i.test(v)) return { kind: 'url', url: v };
  return { kind: 'id', id: v };
}

/** The code in a page's fragment (`#s=…`, other fragment parameters ignored), or null. */
export function fragmentCode(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(FRAGMENT_PARAM);
  return code ? code : null;
}

/** The file name an address ends with ('scenario' when it ends with none), for messages. */
export function nameOfUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape: keep the name as written.
  }
  return name.replace(/[\r\n]/g, ' ').slice(0, 120) || 'scenario';
}

/** The two outside files a page can open at start: one the link names (address or #s=) and the saved game's. */
export interface StartRequests {
  /** The file the link names, if any. */
  readonly link: OutsideRequest | null;
  /** The saved game's file, when it was played on one and it is not the link's. */
  readonly saved: OutsideRequest | null;
}

/** Which outside files to load before the store opens: the link's (address or #s=) and the save's. */
export function startRequests(
  scenarioParam: string | null | undefined,
  hash: string,
  saved: OutsideRequest | null,
): StartRequests {
  const code = fragmentCode(hash);
  const param = classifyScenarioParam(scenarioParam);
  const link: OutsideRequest | null = code
    ? { kind: 'fragment', code }
    : param.kind === 'url'
      ? { kind: 'url', url: param.url }
      : null;
  const same = link?.kind === 'url' && saved?.kind === 'url' && link.url === saved.url;
  return { link, saved: same ? null : saved };
}
