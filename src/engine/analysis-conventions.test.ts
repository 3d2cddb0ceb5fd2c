// The conventions written in docs/analysis.md: normalisation, reservation values, ZOPA edges,
// refusals of huge spaces, and the design warnings.
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { locate, paretoImprovements, utilityOf } from './analysis-queries';
import type { Model } from './model';
import { buildModel } from './testing';
import { designWarnings } from './warnings';

// One issue of three options; side 0's support 20 / 50 / 80, side 1's 80 / 50 / 20.
const line = (noDeal0: number, noDeal1: number, threshold = 0) =>
  buildModel({
    issues: [{ options: 3, statusQuo: 1 }],
    sides: [
      {
        constituencies: [{ baseline: 50, effects: [[-30, 0, 30]] }],
        noDeal: { constituencies: [noDeal0] },
        threshold,
      },
      { constituencies: [{ baseline: 50, effects: [[30, 0, -30]] }], noDeal: { constituencies: [noDeal1] } },
    ],
  });

const ok = (m: ReturnType<typeof line>) => {
  const r = analyze(m);
  if (!r.ok) throw new Error(r.error.message);
  return r.analysis;
};

describe('normalisation', () => {
  it('maps each side min–max over all packages to 0–1', () => {
    const a = ok(line(0, 0));
    expect(Array.from(a.utility[0])).toEqual([0, 0.5, 1]);
    expect(Array.from(a.utility[1])).toEqual([1, 0.5, 0]);
    expect(a.scoreRange[0]).toEqual({ min: 20, max: 80 });
  });

  it('maps the walk-away value with the same map, without clamping', () => {
    // side 0 walks away with 50 − 40 = 10 → (10 − 20) / 60 = −1/6; side 1 with 50 + 40 = 90 → 7/6
    const a = ok(line(-40, 40));
    expect(a.walkAway).toEqual([10, 90]);
    expect(a.reservation[0]).toBeCloseTo(-1 / 6, 12);
    expect(a.reservation[1]).toBeCloseTo(7 / 6, 12);
    expect(a.zopa.length).toBe(0);
    expect(a.nash).toBeNull();
  });

  it('uses a scale of 1 when every package scores the same', () => {
    const m = buildModel({
      issues: [{ options: 2 }],
      sides: [
        { constituencies: [{ baseline: 40 }], noDeal: { constituencies: [-5] } },
        { constituencies: [{ baseline: 60 }] },
      ],
    });
    const a = ok(m);
    expect(Array.from(a.utility[0])).toEqual([0, 0]);
    expect(a.reservation).toEqual([-5, 0]);
  });
});

describe('zone of possible agreement', () => {
  it('needs both sides strictly better than walking away', () => {
    // walk-away 50 for both = u 0.5: the middle package is not strictly better for either
    const a = ok(line(0, 0));
    expect(Array.from(a.zopa)).toEqual([]);
    const b = ok(line(-10, -10));
    expect(Array.from(b.zopa)).toEqual([1]);
  });

  it('needs both sides to ratify', () => {
    // side 0 needs approval 60: only package 2 (support 80) ratifies, and side 1 prefers walking away from it
    const a = ok(line(-10, -10, 60));
    expect(Array.from(a.ratified[0])).toEqual([0, 0, 1]);
    expect(Array.from(a.zopa)).toEqual([]);
    expect(locate(a, [2])).toMatchObject({ ratified: [true, true], inZopa: false });
  });

  it('answers for invalid packages with null or nothing', () => {
    const a = ok(line(-10, -10));
    expect(utilityOf(a, 0, [3])).toBeNull();
    expect(locate(a, [0, 0])).toBeNull();
    expect(paretoImprovements(a, [7])).toEqual([]);
  });
});

describe('limits', () => {
  const big = buildModel({
    issues: Array.from({ length: 8 }, () => ({ options: 10 })),
    sides: [{ constituencies: [{}] }, { constituencies: [{}] }],
  });

  it('refuses a space larger than the limit with a clear error, before any work', () => {
    const r = analyze(big);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'too-large', packages: 1e8, limit: 5_000_000 });
      expect(r.error.message).toContain('100,000,000');
    }
  });

  it('accepts a lower limit from the caller', () => {
    expect(analyze(line(0, 0), { maxPackages: 2 }).ok).toBe(false);
    expect(analyze(line(0, 0), { maxPackages: 3 }).ok).toBe(true);
  });
});

describe('designWarnings', () => {
  const codes = (m: Parameters<typeof designWarnings>[0]) => designWarnings(m).map((w) => w.code);

  it('is silent on a well-made model', () => {
    const m = buildModel({
      issues: [{ options: 3, statusQuo: 1 }, { options: 2 }],
      sides: [
        {
          constituencies: [
            {
              baseline: 50,
              effects: [
                [-20, 0, 20],
                [0, 30],
              ],
            },
          ],
          noDeal: { constituencies: [-10] },
        },
        {
          constituencies: [
            {
              baseline: 50,
              effects: [
                [20, 0, -20],
                [0, 30],
              ],
            },
          ],
          noDeal: { constituencies: [-10] },
        },
      ],
    });
    expect(designWarnings(m)).toEqual([]);
  });

  it('warns of no zone of agreement', () => {
    expect(codes(line(0, 0))).toEqual(['no-zopa']);
  });

  it('warns of a constituency or indicator no option moves, with its location', () => {
    const m = buildModel({
      issues: [{ options: 2 }],
      sides: [
        {
          constituencies: [{ effects: [[0, 10]] }, { id: 'idle' }],
          security: [{ id: 'flat' }],
          approvalWeight: 0.5,
          noDeal: { constituencies: [-20] },
        },
        { constituencies: [{ effects: [[10, 0]] }], noDeal: { constituencies: [-20] } },
      ],
    });
    // Only the untouched factors here (a two-package space also warns of a weak walk-away).
    const ws = designWarnings(m).filter((w) => w.code === 'untouched-factor');
    expect(ws.map((w) => [w.code, w.side, w.kind, w.factor])).toEqual([
      ['untouched-factor', 0, 'constituency', 1],
      ['untouched-factor', 0, 'security', 0],
    ]);
    expect(ws[0]!.message).toContain('"idle"');
  });

  it('says nothing of a factor that counts for nothing: weight 0, or security when approval is the whole score', () => {
    const sides = (approvalWeight: number, weight: number) =>
      buildModel({
        issues: [{ options: 2 }],
        sides: [
          {
            constituencies: [{ effects: [[0, 10]] }],
            security: [{ id: 'flat', weight }, { id: 'moved', effects: [[0, -5]] }],
            approvalWeight,
          },
          { constituencies: [{ effects: [[10, 0]] }] },
        ],
      });
    const untouched = (m: Model) => designWarnings(m).filter((w) => w.code === 'untouched-factor').length;
    expect(untouched(sides(0.5, 1))).toBe(1);
    expect(untouched(sides(0.5, 0))).toBe(0);
    expect(untouched(sides(1, 1))).toBe(0);
    // An event that gives the weight-0 indicator weight makes it a constant again.
    const m = sides(0.5, 0);
    const raise = { id: 'raise', name: 'Raise', news: '', round: 2, probability: null, fromRound: 2 };
    const withEvent: Model = {
      ...m,
      events: [{ ...raise, changes: [{ side: 0, kind: 'security', factor: 0, weight: 1 }] }],
    };
    expect(untouched(withEvent)).toBe(1);
  });

  it('warns of an issue that outweighs all others together, for that side only', () => {
    const m = buildModel({
      issues: [{ options: 2 }, { options: 2 }, { options: 2 }],
      sides: [
        {
          constituencies: [
            {
              effects: [
                [0, 40],
                [0, 10],
                [0, -10],
              ],
            },
          ],
          noDeal: { constituencies: [-30] },
        },
        {
          constituencies: [
            {
              effects: [
                [0, 10],
                [0, 10],
                [0, 10],
              ],
            },
          ],
          noDeal: { constituencies: [-30] },
        },
      ],
    });
    const ws = designWarnings(m).filter((w) => w.code === 'dominant-issue');
    expect(ws.map((w) => [w.side, w.issue])).toEqual([[0, 0]]);
  });

  it('warns of a threshold no package meets, and of vetoes that block every package', () => {
    const m = buildModel({
      issues: [{ options: 2 }],
      sides: [
        { constituencies: [{ baseline: 50, effects: [[0, 20]] }], threshold: 71 },
        {
          constituencies: [
            { baseline: 50, effects: [[0, -20]], veto: 45 },
            { baseline: 10, effects: [[-20, 0]], veto: 5 },
          ],
        },
      ],
    });
    const ws = designWarnings(m);
    expect(ws.map((w) => [w.code, w.side])).toEqual([
      ['threshold-unreachable', 0],
      ['never-ratified', 1],
      ['no-zopa', undefined],
    ]);
    expect(ws[0]!.message).toContain('70.0');
  });

  it('skips the enumerating checks for a huge space and says so', () => {
    const m = buildModel({
      issues: Array.from({ length: 8 }, () => ({ options: 10 })),
      sides: [{ constituencies: [{ effects: [[0, 1]] }] }, { constituencies: [{ effects: [[0, 1]] }] }],
    });
    expect(codes(m)).toContain('too-large');
    expect(codes(m)).not.toContain('no-zopa');
  });
});
