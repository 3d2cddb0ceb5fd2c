// scorePackage and walkAwayScore on small hand-computed cases.
import { describe, expect, it } from 'vitest';
import type { Statement } from './model';
import { breaksStatement, scorePackage, walkAwayScore, weightedMean } from './score';
import { buildModel } from './testing';

// Two issues of two options; status quo is option 0 of both.
// Side 0: constituencies c0 (clout 1, base 50, +10 for i0=o1, −5 for i1=o1, +8 when both o1),
//         c1 (clout 3, base 80, −30 for i0=o1, veto 45); indicators s0 (weight 2, base 60, +30 for i1=o1),
//         s1 (weight 1, base 30); approval weight 0.6, threshold 60; no deal: c0 −20, s0 −15.
const model = buildModel({
  issues: [{ options: 2 }, { options: 2 }],
  sides: [
    {
      constituencies: [
        {
          id: 'c0',
          weight: 1,
          baseline: 50,
          effects: [
            [0, 10],
            [0, -5],
          ],
          interactions: [{ a: [0, 1], b: [1, 1], change: 8 }],
        },
        { id: 'c1', weight: 3, baseline: 80, effects: [[0, -30]], veto: 45 },
      ],
      security: [
        { id: 's0', weight: 2, baseline: 60, effects: [[], [0, 30]] },
        { id: 's1', weight: 1, baseline: 30 },
      ],
      approvalWeight: 0.6,
      threshold: 60,
      noDeal: { constituencies: [-20], security: [-15] },
    },
    {
      constituencies: [
        {
          id: 'd0',
          baseline: 95,
          effects: [
            [0, 20],
            [0, -120],
          ],
        },
      ],
      threshold: 50,
    },
  ],
});

describe('scorePackage', () => {
  it('adds option effects to the baseline of each constituency', () => {
    const s = scorePackage(model, 0, [1, 0]);
    expect(s.constituencies.map((c) => c.value)).toEqual([60, 50]);
  });

  it('lists the non-zero causes of a change, largest first', () => {
    const s = scorePackage(model, 0, [1, 1]);
    expect(s.constituencies[0]!.causes).toEqual([
      { kind: 'option', issue: 0, option: 1, change: 10 },
      { kind: 'interaction', index: 0, change: 8 },
      { kind: 'option', issue: 1, option: 1, change: -5 },
    ]);
    expect(scorePackage(model, 0, [0, 0]).constituencies[0]!.causes).toEqual([]);
  });

  it('adds an interaction only when both options are in the package', () => {
    expect(scorePackage(model, 0, [1, 1]).constituencies[0]!.value).toBe(50 + 10 - 5 + 8);
    expect(scorePackage(model, 0, [0, 1]).constituencies[0]!.value).toBe(45);
  });

  it('clamps support to 0–100', () => {
    expect(scorePackage(model, 1, [1, 0]).constituencies[0]!.value).toBe(100);
    expect(scorePackage(model, 1, [0, 1]).constituencies[0]!.value).toBe(0);
  });

  it('takes approval as the clout-weighted mean of support', () => {
    // c0 = 50, c1 = 80 → (1·50 + 3·80) / 4 = 72.5; with i0=o1: (60 + 3·50) / 4 = 52.5
    expect(scorePackage(model, 0, [0, 0]).approval).toBe(72.5);
    expect(scorePackage(model, 0, [1, 0]).approval).toBe(52.5);
  });

  it('builds the security index the same way from the indicators', () => {
    // s0 = 60, s1 = 30 → (2·60 + 30) / 3 = 50; with i1=o1: (2·90 + 30) / 3 = 70
    expect(scorePackage(model, 0, [0, 0]).securityIndex).toBe(50);
    expect(scorePackage(model, 0, [0, 1]).securityIndex).toBe(70);
  });

  it('blends approval and security by the approval weight', () => {
    // 0.6 · 72.5 + 0.4 · 50 = 63.5
    expect(scorePackage(model, 0, [0, 0]).score).toBeCloseTo(63.5, 12);
  });

  it('ratifies when approval meets the threshold and no veto triggers', () => {
    const s = scorePackage(model, 0, [0, 0]);
    expect(s.ratified).toBe(true);
    expect(s.failures).toEqual([]);
  });

  it('reports a threshold failure and a veto, each with its numbers', () => {
    // [1, 1]: c0 = 63, c1 = 50 (no veto: 50 ≥ 45) → (63 + 150) / 4 = 53.25 < 60
    expect(scorePackage(model, 0, [1, 1]).failures).toEqual([
      { kind: 'threshold', approval: 53.25, threshold: 60 },
    ]);
    const vetoed = buildModel({
      issues: [{ options: 2 }],
      sides: [
        { constituencies: [{ id: 'v', baseline: 50, effects: [[0, -10]], veto: 45 }] },
        { constituencies: [{}] },
      ],
    });
    const s = scorePackage(vetoed, 0, [1]);
    expect(s.failures).toEqual([{ kind: 'veto', factor: 'v', value: 40, veto: 45 }]);
    expect(s.ratified).toBe(false);
    expect(s.constituencies[0]!.vetoes).toBe(true);
  });

  it('does not veto at exactly the veto level', () => {
    const m = buildModel({
      issues: [{ options: 2 }],
      sides: [{ constituencies: [{ baseline: 50, effects: [[0, -5]], veto: 45 }] }, { constituencies: [{}] }],
    });
    expect(scorePackage(m, 0, [1]).ratified).toBe(true);
  });

  it('adds the audience cost of a statement the package breaks, only for the side that made it', () => {
    const st: Statement = {
      id: 'no-o1',
      side: 0,
      text: '',
      breaks: [{ issue: 1, options: [1] }],
      costs: [{ kind: 'constituency', factor: 0, change: -12 }],
    };
    const m = { ...model, statements: [st] };
    expect(scorePackage(m, 0, [0, 1], { statements: ['no-o1'] }).constituencies[0]!.value).toBe(45 - 12);
    expect(scorePackage(m, 0, [0, 1], { statements: ['no-o1'] }).constituencies[0]!.causes).toContainEqual({
      kind: 'statement',
      statement: 'no-o1',
      change: -12,
    });
    expect(scorePackage(m, 0, [0, 1]).constituencies[0]!.value).toBe(45);
    expect(scorePackage(m, 0, [0, 0], { statements: ['no-o1'] }).constituencies[0]!.value).toBe(50);
    expect(
      scorePackage(m, 1, [0, 1], { statements: ['no-o1'] }).constituencies[0]!.causes.map((c) => c.kind),
    ).toEqual(['option']);
    expect([breaksStatement(st, [0, 1]), breaksStatement(st, [1, 0])]).toEqual([true, false]);
  });

  it('gives weight-0 factor lists a mean of 0', () => {
    expect(weightedMean([])).toBe(0);
    expect(weightedMean([{ id: 'x', value: 70, baseline: 70, weight: 0, causes: [], vetoes: false }])).toBe(
      0,
    );
  });
});

describe('walkAwayScore', () => {
  it('scores the status quo plus the no-deal changes', () => {
    // c0 = 50 − 20 = 30, c1 = 80 → (30 + 240) / 4 = 67.5; s0 = 60 − 15 = 45, s1 = 30 → 40
    // 0.6 · 67.5 + 0.4 · 40 = 56.5
    expect(walkAwayScore(model, 0)).toBeCloseTo(56.5, 12);
    expect(walkAwayScore(model, 1)).toBe(95);
  });

  it('marks no-deal changes as their own cause and ignores the package given', () => {
    const s = scorePackage(model, 0, [1, 1], { noDeal: true });
    expect(s.constituencies[0]!.causes).toEqual([{ kind: 'noDeal', change: -20 }]);
    expect(s.approval).toBe(67.5);
  });
});
