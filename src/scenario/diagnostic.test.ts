import { describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  formatDiagnostic,
  formatPath,
  MAX_DIAGNOSTICS,
  quote,
  sortDiagnostics,
} from './diagnostic';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'unknown-id',
  file: 'busan.yaml',
  line: 12,
  column: 5,
  path: 'issues[2].statusQuo',
  message: 'unknown option "t25"',
  ...over,
});

describe('diagnostics', () => {
  it('formats as file:line:column severity path: message — expected', () => {
    expect(formatDiagnostic(d({ expected: 'one of t20, t10, t0', found: '"t25"' }))).toBe(
      'busan.yaml:12:5 error issues[2].statusQuo: unknown option "t25" — expected one of t20, t10, t0',
    );
    expect(formatDiagnostic(d({ message: 'wrong kind of value', expected: 'a number', found: '.inf' }))).toBe(
      'busan.yaml:12:5 error issues[2].statusQuo: wrong kind of value — expected a number, found .inf',
    );
    expect(formatDiagnostic(d({ path: '', severity: 'warning', message: 'hm' }))).toBe(
      'busan.yaml:12:5 warning: hm',
    );
  });

  it('writes paths with brackets for positions and odd keys', () => {
    expect(formatPath(['issues', 2, 'options', 0, 'id'])).toBe('issues[2].options[0].id');
    expect(formatPath(['title', 'zh-Hans'])).toBe('title.zh-Hans');
    expect(formatPath(['effects', 'odd key'])).toBe('effects["odd key"]');
  });

  it('quotes values with control characters escaped and long text cut', () => {
    expect(quote('a\u001b[2Jb')).toBe('"a\\u001b[2Jb"');
    expect(quote('x'.repeat(100))).toHaveLength(63);
  });

  it('sorts by position, drops repeats and cuts long lists with a count', () => {
    const list = [d({ line: 3 }), d({ line: 1 }), d({ line: 1 })];
    expect(sortDiagnostics(list).map((x) => x.line)).toEqual([1, 3]);
    const many = Array.from({ length: MAX_DIAGNOSTICS + 5 }, (_, i) => d({ line: i + 1 }));
    const cut = sortDiagnostics(many, 10);
    expect(cut).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(cut[MAX_DIAGNOSTICS]?.message).toBe('15 more not shown (fix the ones above first)');
  });
});
