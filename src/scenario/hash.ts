// A stable fingerprint of a scenario's content: saved games carry it so that a log never replays
// on a different scenario. Canonical JSON (sorted keys) hashed with 64-bit FNV-1a, in plain
// TypeScript so it runs the same in node and the browser (and needs no TextEncoder, which the
// pure layers' ES-only type check does not know).

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The UTF-8 bytes of a text, as TextEncoder gives them: a lone surrogate becomes U+FFFD. */
export function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

/** 64-bit FNV-1a over the UTF-8 bytes of a text, as 16 hex digits. Uses four 16-bit limbs. */
export function fnv1a64(text: string): string {
  const bytes = utf8(text);
  // offset basis 0xcbf29ce484222325, as 16-bit limbs from least significant
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const b of bytes) {
    h0 ^= b;
    // multiply by the prime 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** The content hash of a validated scenario: its canonical JSON, without the editor's $schema hint. */
export function contentHash(file: Readonly<Record<string, unknown>>): string {
  const { $schema: _ignored, ...content } = file;
  return fnv1a64(canonicalJson(content));
}
