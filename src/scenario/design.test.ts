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

  it('a distributive issue that costs its conceding side almost nothing is a free concession, at the issue', () => {
    const text = miniWith((doc) => {
      set(['payoffs', 'cn', 'constituencies', 0, 'effects', 'soybeans'], { p25: 0 })(doc);
      set(['payoffs', 'cn', 'constituencies', 1, 'effects', 'soybeans'], { p12: -1, p25: -1 })(doc);
    });
    const w = warningsOf(text);
    expect(w.map((x) => [x.code, x.path])).toContainEqual(['free-concession', 'issues[1]']);
    const free = w.find((x) => x.code === 'free-concession')!;
    expect(free.message).toMatch(/"soybeans" costs China at most 0\.\d% of its score range/);
    expect(lineText(text, free.line)).toContain('soybeans');
  });

  it('a costly concession that the other side also gains from is integrative, not free', () => {
    // China's exporters gain from buying a little: the issue is integrative and never "free".
    const text = miniWith((doc) => {
      set(['payoffs', 'cn', 'constituencies', 0, 'effects', 'soybeans'], { p12: 1, p25: 0 })(doc);
      set(['payoffs', 'cn', 'constituencies', 1, 'effects', 'soybeans'], { p25: -1 })(doc);
    });
    expect(warningsOf(text).map((x) => x.code)).not.toContain('free-concession');
  });

  it('a walk-away that almost every package beats is a weak walk-away, at that side’s noDeal', () => {
    const text = miniWith(set(['payoffs', 'cn', 'noDeal', 'effects'], { exporters: -30 }));
    const w = warningsOf(text);
    expect(w.map((x) => [x.code, x.path])).toEqual([['weak-walk-away', 'payoffs.cn.noDeal']]);
    expect(w[0]!.message).toMatch(/^\d+\.\d% of all packages beat China's walk-away value/);
    expect(lineText(text, w[0]!.line)).toContain('description');
  });

  it('are skipped unless asked for, and never stop loading', () => {
    const text = miniWith(set(['payoffs', 'us', 'security', 0, 'effects'], {}));
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok && r.warnings).toEqual([]);
  });
});
