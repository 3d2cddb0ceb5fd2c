// A fast 64-bit hash of JSON-like content, for cache keys: values that JSON.stringify writes the
// same way hash the same (so a view rebuilt from JSON keys like the original), and anything that
// changes the text changes the hash with overwhelming likelihood. Not for security.

/** Two 32-bit lanes mixed with different multipliers: 64 bits in all. */
class Hasher {
  a = 0x811c9dc5;
  b = 0x9747b28c;
  /** A double and its two 32-bit words, for hashing non-integers by their bits. */
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  word(x: number): void {
    this.a = Math.imul(this.a ^ x, 0x01000193);
    this.b = Math.imul(this.b ^ x, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  number(x: number): void {
    if (!Number.isFinite(x)) {
      this.word(0x6e756c6c); // JSON writes NaN and ±Infinity as null
      return;
    }
    if (Number.isInteger(x) && Math.abs(x) < 2 ** 31) {
      this.word(1);
      this.word(x | 0); // also makes -0 hash as 0, as JSON writes it
      return;
    }
    this.f64[0] = x;
    this.word(2);
    this.word(this.u32[0]!);
    this.word(this.u32[1]!);
  }

  value(v: unknown): void {
    if (typeof v === 'number') this.number(v);
    else if (typeof v === 'string') {
      this.word(3);
      this.text(v);
    } else if (typeof v === 'boolean') this.word(v ? 4 : 5);
    else if (v === null) this.word(0x6e756c6c);
    else if (Array.isArray(v)) {
      this.word(6);
      this.word(v.length);
      for (const x of v) this.value(x === undefined || typeof x === 'function' ? null : x);
    } else if (typeof v === 'object') this.object(v as Record<string, unknown>);
    else this.word(7); // undefined, functions: left out of objects below, as JSON does
  }

  object(o: Record<string, unknown>): void {
    this.word(8);
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const x = o[k];
      if (x === undefined || typeof x === 'function') continue;
      this.text(k);
      this.value(x);
    }
    this.word(9);
  }
}

/** The hash of a JSON-like value as 13 base-36 digits or so. */
export function valueHash(value: unknown): string {
  const h = new Hasher();
  h.value(value);
  return `${(h.a >>> 0).toString(36)}.${(h.b >>> 0).toString(36)}`;
}
