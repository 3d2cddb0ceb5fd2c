// A small scenario file carried in a link's fragment (`#s=…`): its name and text, DEFLATE-compressed
// (fflate) and written in base64url. The fragment never reaches a web server, so the file is read
// only by the browser that opens the link. Decoding takes anything: a code cut short, altered or
// made to expand without end comes back as null, never as an exception or a frozen page.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The longest code a link carries: beyond it a link breaks in mail, chat and learning platforms. */
export const MAX_CODE_CHARS = 8000;
/** The most text a code may expand to (a code of MAX_CODE_CHARS could inflate to ~6 MB of text). */
export const MAX_TEXT_BYTES = 2_000_000;
/** Marks the format, so that a code from elsewhere is not read as a scenario. */
const MAGIC = 'bc1\n';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (padding and the standard alphabet's + / accepted) as bytes, or null for another character. */
export function fromBase64Url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** A file name safe to carry: one line, not too long. */
const cleanName = (name: string) => name.replace(/[\r\n]+/g, ' ').slice(0, 120) || 'scenario.yaml';

/** The code for a file, or its length when it is longer than a link may be. */
export function encodeFile(
  name: string,
  text: string,
): { ok: true; code: string } | { ok: false; chars: number; max: number } {
  const bytes = deflateSync(strToU8(`${MAGIC}${cleanName(name)}\n${text}`), { level: 9 });
  const code = toBase64Url(bytes);
  return code.length <= MAX_CODE_CHARS
    ? { ok: true, code }
    : { ok: false, chars: code.length, max: MAX_CODE_CHARS };
}

/** The file a code carries, or null when it is not one of ours (cut short, altered, too large). */
export function decodeFile(code: string): { name: string; text: string } | null {
  if (typeof code !== 'string' || code.length === 0 || code.length > MAX_CODE_CHARS + 8) return null;
  const bytes = fromBase64Url(code.trim());
  if (!bytes) return null;
  let plain: string;
  try {
    // Written into a buffer one byte larger than allowed: a larger result is cut there and refused.
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_TEXT_BYTES + 1) });
    if (out.length > MAX_TEXT_BYTES) return null;
    plain = strFromU8(out);
  } catch {
    return null;
  }
  if (!plain.startsWith(MAGIC)) return null;
  const rest = plain.slice(MAGIC.length);
  const nl = rest.indexOf('\n');
  if (nl < 0) return null;
  return { name: cleanName(rest.slice(0, nl)), text: rest.slice(nl + 1) };
}
