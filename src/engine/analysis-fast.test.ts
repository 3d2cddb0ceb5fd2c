// The fast whole-space scoring must agree with scorePackage, package by package.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf, packageAt } from './enumerate';
import { packageCount, SIDES } from './model';
import { scorePackage } from './score';
import { scoreAll } from './score-table';
import { buildModel, randomModel } from './testing';

describe('package indices', () => {
  it('packageAt and indexOf are inverse over the whole space', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const m = randomModel(seed);
        for (let i = 0; i < packageCount(m); i++) expect(indexOf(m, packageAt(m, i))).toBe(i);
      }),
      { numRuns: 50 },
    );
  });

  it('orders packages lexicographically with the last issue fastest', () => {
    const m = buildModel({
      issues: [{ options: 2 }, { options: 3 }],
      sides: [{ constituencies: [{}] }, { constituencies: [{}] }],
    });
    expect([0, 1, 2, 3, 4, 5].map((i) => packageAt(m, i))).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('indexOf rejects packages that are not of the model', () => {
    const m = buildModel({
      issues: [{ options: 2 }, { options: 3 }],
      sides: [{ constituencies: [{}] }, { constituencies: [{}] }],
    });
    expect([indexOf(m, [0]), indexOf(m, [2, 0]), indexOf(m, [0, -1]), indexOf(m, [0, 1.5])]).toEqual([
      -1, -1, -1, -1,
    ]);
  });
});

describe('scoreAll', () => {
  it('equals scorePackage on every package of random models, statements included', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, withStatements) => {
        const m = randomModel(seed);
        const made = SIDES.map((s) =>
          withStatements ? m.statements.filter((st) => st.side === s).map((st) => st.id) : [],
        );
        const t = scoreAll(m, { statements: [made[0]!, made[1]!] });
        for (let i = 0; i < t.count; i++) {
          for (const s of SIDES) {
            const ref = scorePackage(m, s, packageAt(m, i), { statements: made[s]! });
            expect(t.scores[s][i]).toBe(ref.score);
            expect(t.ratified[s][i]).toBe(ref.ratified ? 1 : 0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('equals scorePackage with fractional data up to rounding', () => {
    const m = buildModel({
      issues: [{ options: 3 }, { options: 4 }, { options: 2 }],
      sides: [
        {
          constituencies: [
            {
              weight: 0.3,
              baseline: 40.5,
              effects: [
                [0.1, 0.2, 0.7],
                [3.3, -1.1, 0, 2.2],
                [0.4, -9.9],
              ],
            },
          ],
          approvalWeight: 0.37,
        },
        {
          constituencies: [{ weight: 2.2, baseline: 10.1, effects: [[-0.3, 5.5, 1e-3]] }],
          security: [{ baseline: 99, effects: [[1.7]] }],
          approvalWeight: 0.6,
        },
      ],
    });
    const t = scoreAll(m);
    for (let i = 0; i < t.count; i++) {
      for (const s of SIDES)
        expect(t.scores[s][i]).toBeCloseTo(scorePackage(m, s, packageAt(m, i)).score, 10);
    }
  });

  it('handles one issue and no issues at all', () => {
    for (const issues of [[{ options: 3 }], []]) {
      const m = buildModel({
        issues,
        sides: [
          {
            constituencies: [{ baseline: 30, effects: [[5, -40, 90]] }],
            security: [{ baseline: 60, effects: [[1, 2, 3]] }],
            approvalWeight: 0.5,
          },
          {
            constituencies: [
              { baseline: 70, effects: [[0, 10, 20]], interactions: [{ a: [0, 1], b: [0, 1], change: 7 }] },
            ],
          },
        ],
      });
      const t = scoreAll(m);
      expect(t.count).toBe(issues.length === 0 ? 1 : 3);
      for (let i = 0; i < t.count; i++) {
        for (const s of SIDES) expect(t.scores[s][i]).toBe(scorePackage(m, s, packageAt(m, i)).score);
      }
    }
  });

  it('tracks the highest approval of any package', () => {
    const m = buildModel({
      issues: [{ options: 2 }, { options: 2 }],
      sides: [
        {
          constituencies: [
            {
              baseline: 50,
              effects: [
                [0, 10],
                [0, -5],
              ],
            },
          ],
          security: [{ baseline: 90 }],
          approvalWeight: 0.5,
        },
        {
          constituencies: [
            {
              baseline: 20,
              effects: [
                [0, 30],
                [0, 30],
              ],
            },
            { baseline: 0, weight: 3 },
          ],
        },
      ],
    });
    // side 0: 50 + 10 + 0 = 60; side 1: (1·80 + 3·0) / 4 = 20
    expect(scoreAll(m).maxApproval).toEqual([60, 20]);
  });
});
