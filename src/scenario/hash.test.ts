import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64, utf8 } from './hash';

describe('content hash', () => {
  it('matches the published 64-bit FNV-1a test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, so non-Latin text is covered', () => {
    expect(fnv1a64('釜山')).not.toBe(fnv1a64('釜'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
  });

  it('encodes UTF-8 exactly as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'a', 'é', '釜山', '🇺🇸', '\ud800', 'x\udfffy']) {
      expect(utf8(text)).toEqual([...encoder.encode(text)]);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8(text)).toEqual([...encoder.encode(text)]);
      }),
    );
  });

  it('writes canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 'z' } })).toBe(
      '{"a":{"c":"z","d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });

  it('ignores key order and the $schema hint, not content', () => {
    const h = contentHash({ id: 'x', year: 2025 });
    expect(contentHash({ year: 2025, id: 'x', $schema: './a.json' })).toBe(h);
    expect(contentHash({ id: 'x', year: 2026 })).not.toBe(h);
  });
});
