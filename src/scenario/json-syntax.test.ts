import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-syntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonError', () => {
  it('accepts what JSON.parse accepts and rejects what it rejects', () => {
    const mangled = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom('', ',', '}', ']', '"', ':', ' x', '\n', '\u0001', '\\'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mangled), (text) => {
        expect(findJsonError(text) === null).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the offending character', () => {
    expect(findJsonError('{"a": 1,}')).toMatchObject({ offset: 8 });
    expect(findJsonError('{"a": tru}')).toMatchObject({ offset: 6 });
    expect(findJsonError('[1 2]')?.message).toBe("expected ',' or ']', found '2'");
    expect(findJsonError('{"a": "b\nc"}')).toMatchObject({ offset: 8 });
    expect(findJsonError('{"a": 1} x')?.message).toContain('after the end');
    expect(findJsonError('{"a": [')).toMatchObject({ offset: 7 });
  });

  it('checks 100,000-deep nesting without a stack overflow', () => {
    expect(findJsonError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(findJsonError('['.repeat(100_000))).toMatchObject({ offset: 100_000 });
  });
});
