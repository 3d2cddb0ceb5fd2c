import { describe, expect, it } from 'vitest';
import { lineText, MINI_YAML, miniWith, set } from './fixtures/mini';
import { loadScenario } from './load';

const warningsOf = (text: string) => {
  const r = loadScenario(text, 'm.yaml', { design: true });
  expect(r.ok).toBe(true);
  return r.warnings;
};

describe('design warnings from the engine, located in the file', () => {
  it('a valid, balanced file has none', () => {
    expect(warningsOf(MINI_YAML)).toEqual([]);
  });

  it('a factor no option touches is a warning at that factor', () => {
    const text = miniWith(set(['payoffs', 'us', 'security', 0, 'effects'], {}));
    const w = warningsOf(text);
    expect(w.map((x) => [x.severity, x.code, x.path])).toEqual([
      ['warning', 'untouched-factor', 'payoffs.us.security[0]'],
    ]);
    expect(lineText(text, w[0]!.line)).toContain('tech-lead');
  });

  it('an unreachable threshold and the lost zone of agreement', () => {
    const text = miniWith(set(['payoffs', 'cn', 'ratification', 'threshold'], 99));
    const w = warningsOf(text);
    expect(w.map((x) => [x.code, x.path])).toEqual([
      ['no-zopa', 'payoffs'],
      ['threshold-unreachable', 'payoffs.cn.ratification.threshold'],
    ]);
    expect(lineText(text, w[1]!.line)).toContain('99');
  });

  it('are skipped unless asked for, and never stop loading', () => {
    const text = miniWith(set(['payoffs', 'us', 'security', 0, 'effects'], {}));
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok && r.warnings).toEqual([]);
  });
});
