import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile, fromBase64Url, MAX_CODE_CHARS, toBase64Url } from './fragment';

const shipped = (name: string) => readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8');

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const code = toBase64Url(bytes);
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(code)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(fromBase64Url('ab<c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('a file in a link', () => {
  it('round-trips a name and any text, hostile strings included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        (name, text) => {
          const r = encodeFile(name, text);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const back = decodeFile(r.code);
          expect(back?.text).toBe(text);
          expect(back?.name).not.toContain('\n');
        },
      ),
    );
    const hostile = "title: '<img src=x onerror=alert(1)>'\n# 中文 🎲 \u0000 </script>";
    const r = encodeFile('a\nb.yaml', hostile);
    expect(r.ok && decodeFile(r.code)).toEqual({ name: 'a b.yaml', text: hostile });
  });

  it('carries a small scenario (the tutorial) and says how long a large one (Busan) would be', () => {
    const small = encodeFile('tutorial.yaml', shipped('tutorial.yaml'));
    expect(small.ok).toBe(true);
    const big = encodeFile('busan-2025.yaml', shipped('busan-2025.yaml'));
    expect(big).toMatchObject({ ok: false, max: MAX_CODE_CHARS });
    expect(!big.ok && big.chars).toBeGreaterThan(MAX_CODE_CHARS);
  });

  it('reads nothing from a code cut short, altered, or not ours; never throws', () => {
    const r = encodeFile('t.yaml', shipped('tutorial.yaml'));
    if (!r.ok) throw new Error('tutorial too big');
    expect(decodeFile(r.code.slice(0, r.code.length / 2))).toBeNull();
    expect(decodeFile('')).toBeNull();
    expect(decodeFile('%3Cscript%3E')).toBeNull();
    // Valid DEFLATE that is not one of ours (no format mark).
    expect(decodeFile(toBase64Url(deflateSync(strToU8('id: x\n'))))).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), (junk, at) => {
        expect(() => decodeFile(junk)).not.toThrow();
        const i = at % r.code.length;
        const altered = r.code.slice(0, i) + (r.code[i] === 'A' ? 'B' : 'A') + r.code.slice(i + 1);
        const back = decodeFile(altered);
        expect(back === null || typeof back.text === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a code that would expand without end (a compression bomb) or that is too long', () => {
    const bomb = toBase64Url(deflateSync(strToU8(`bc1\nx.yaml\n${'a'.repeat(5_000_000)}`), { level: 9 }));
    expect(bomb.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    expect(decodeFile(bomb)).toBeNull();
    expect(decodeFile('A'.repeat(MAX_CODE_CHARS + 100))).toBeNull();
  });
});
