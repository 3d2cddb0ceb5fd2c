// A generated scenario file of exactly 10^6 packages (6 issues of 10 options, 7 constituencies and
// 3 security indicators a side, the standard personas), shaped like src/cli/bench-analysis.ts's
// millionModel, but as YAML text: what the Scenario Lab is measured on beside Busan.
import { nextInt, type RngState, seedRng } from '../../src/engine';

/** The scenario text; the same seed gives the same file. */
export function millionScenario(seed = 1): string {
  let rng: RngState = seedRng(seed);
  const int = (lo: number, hi: number) => {
    const [x, s] = nextInt(rng, hi - lo + 1);
    rng = s;
    return lo + x;
  };
  const issues = Array.from({ length: 6 }, (_, i) => `i${i}`);
  const options = Array.from({ length: 10 }, (_, o) => `o${o}`);
  const effects = (pad: string) =>
    issues.map((i) => `${pad}${i}: { ${options.map((o) => `${o}: ${int(-25, 25)}`).join(', ')} }`).join('\n');
  const factor = (id: string, weight: 'clout' | 'weight') => {
    const veto = weight === 'clout' && int(0, 3) === 0 ? `\n        veto: ${int(5, 25)}` : '';
    return `      - id: ${id}\n        name: ${id}\n        ${weight}: ${int(1, 10)}\n        baseline: ${int(30, 70)}${veto}\n        effects:\n${effects('          ')}`;
  };
  const side = (p: string) => `  ${p}:
    approvalWeight: 0.6
    ratification:
      threshold: 45
    noDeal:
      description: Talks fail.
      effects: { c0: -10, c1: -5, s0: -5 }
    briefing: Generated side ${p}.
    constituencies:
${Array.from({ length: 7 }, (_, k) => factor(`c${k}`, 'clout')).join('\n')}
    security:
${Array.from({ length: 3 }, (_, k) => factor(`s${k}`, 'weight')).join('\n')}`;
  const personas = ['a', 'b'].flatMap((p) =>
    [
      ['hardliner', 'hard', 0.3, 0.6, 0.3],
      ['pragmatist', 'normal', 0.6, 0.3, 0.6],
      ['dealmaker', 'easy', 1.5, 0.1, 0.8],
    ].map(
      ([name, difficulty, concession, floor, empathy]) =>
        `  - { id: ${p}-${name}, party: ${p}, name: ${name}, description: The ${name}., difficulty: ${difficulty}, concession: ${concession}, floor: ${floor}, empathy: ${empathy} }`,
    ),
  );
  return `# Generated: 10^6 packages (scripts/bench/lab-million.ts, seed ${seed}).
id: generated-1e6
title: A generated million-package scenario
summary: Six issues of ten options each.
year: 2025
sources: []
parties:
  - { id: a, name: Side A, colour: '#1f5fa8' }
  - { id: b, name: Side B, colour: '#c8372d' }
issues:
${issues.map((i, n) => `  - id: ${i}\n    name: Issue ${i}\n    description: Generated.\n    concededBy: ${n < 3 ? 'a' : 'b'}\n    statusQuo: o0\n    options:\n${options.map((o) => `      - { id: ${o}, label: Option ${o} }`).join('\n')}`).join('\n')}
payoffs:
${side('a')}
${side('b')}
rules:
  rounds: 8
  firstMover: a
personas:
${personas.join('\n')}
`;
}
