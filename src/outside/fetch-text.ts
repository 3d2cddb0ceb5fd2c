// Fetching an outside file by its address, relative to the page (a course web folder) or absolute
// (another site, which must allow it: CORS). Every failure is told apart as far as a browser lets a
// page know: a missing file, another HTTP status, a refusal (CORS, or a page opened from file://),
// no answer at all.
import { MAX_CHARS } from '../scenario';
import type { OutsideProblem } from '../store';

type FetchProblem = Extract<OutsideProblem, { kind: 'fetch' }>;

/** The schemes a scenario may be fetched from. */
const SCHEMES = new Set(['http:', 'https:', 'file:']);

/** A page served for a missing file (a host's fallback page) is not a scenario. */
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype\s+html|html)\b/i.test(text.slice(0, 200));

/** The file's text, or why it could not be had. `base` is the page's address. */
export async function fetchText(
  url: string,
  base: string,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; text: string } | { ok: false; problem: FetchProblem }> {
  const fail = (reason: FetchProblem['reason'], status?: number) => ({
    ok: false as const,
    problem: { kind: 'fetch' as const, url, reason, ...(status === undefined ? {} : { status }) },
  });
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return fail('notFound');
  }
  if (!SCHEMES.has(target.protocol)) return fail('blocked');
  // A page opened from disk may not read other files from disk (browsers refuse): not even tried,
  // so the browser logs no refusal.
  if (target.protocol === 'file:' && new URL(base).protocol === 'file:') return fail('blocked');
  let response: Response;
  try {
    // Revalidated with the server: an instructor's edited file is read as it is now.
    response = await fetcher(target.href, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    // The browser tells a page no more: another site that does not allow it (CORS), a page opened
    // from file://, or no answer. Another origin or file:// is most likely a refusal.
    const page = new URL(base);
    return fail(page.protocol === 'file:' || target.origin !== page.origin ? 'blocked' : 'network');
  }
  if (response.status === 404 || response.status === 410) return fail('notFound', response.status);
  if (!response.ok) return fail('http', response.status);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_CHARS * 4) return fail('tooBig');
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail('network');
  }
  if (text.length > MAX_CHARS) return fail('tooBig');
  if ((response.headers.get('content-type') ?? '').includes('text/html') || looksLikeHtml(text))
    return fail('notFound', response.status);
  return { ok: true, text };
}
