// A published multi-issue case: "New Recruit" (M. A. Neale, Dispute Resolution Research Center,
// Kellogg School of Management), with the point schedules as published in MIT OpenCourseWare
// 15.311 "People and Organizations", Fall 2010, Session 15 slides "New Recruit Negotiations"
// (mirror: https://www.yumpu.com/en/document/view/53460094/new-recruit-negotiations).
// Eight issues of five options, additive points. The debrief's known results: bonus and salary
// are distributive (the points sum to a constant), job assignment and company car are compatible
// (both prefer Division A and the LUX EX2), and start date, vacation, moving expenses and
// insurance are integrative with differing priorities, so the efficient deals trade each of them
// to the side that values it more; splitting every issue down the middle leaves value unclaimed.
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { distanceToFrontier, paretoImprovements } from './analysis-queries';
import { indexOf, packageAt } from './enumerate';
import { buildModel } from './testing';

// [recruiter, candidate] points per option, in the published order (options A … E).
const SCHEDULE: readonly (readonly [string, readonly (readonly [number, number])[]])[] = [
  [
    'bonus',
    [
      [0, 4000],
      [1000, 3000],
      [2000, 2000],
      [3000, 1000],
      [4000, 0],
    ],
  ], // 10% … 2%
  [
    'job',
    [
      [0, 0],
      [-600, -600],
      [-1200, -1200],
      [-1800, -1800],
      [-2400, -2400],
    ],
  ], // Division A … E
  [
    'car',
    [
      [1200, 1200],
      [900, 900],
      [600, 600],
      [300, 300],
      [0, 0],
    ],
  ], // LUX EX2 … PALO LSR
  [
    'salary',
    [
      [-6000, 0],
      [-4500, -1500],
      [-3000, -3000],
      [-1500, -4500],
      [0, -6000],
    ],
  ], // $60,000 … $52,000
  [
    'start',
    [
      [1600, 0],
      [1200, 1000],
      [800, 2000],
      [400, 3000],
      [0, 4000],
    ],
  ], // Jun 1 … Aug 1
  [
    'vacation',
    [
      [0, 1600],
      [1000, 1200],
      [2000, 800],
      [3000, 400],
      [4000, 0],
    ],
  ], // 30 days … 10 days
  [
    'moving',
    [
      [0, 3200],
      [200, 2400],
      [400, 1600],
      [600, 800],
      [800, 0],
    ],
  ], // 100% … 60%
  [
    'insurance',
    [
      [0, 800],
      [800, 600],
      [1600, 400],
      [2400, 200],
      [3200, 0],
    ],
  ], // Allen … Insure Alba
];
const [A, C, E] = [0, 2, 4];
const [BONUS, JOB, CAR, SALARY, START, VACATION, MOVING, INSURANCE] = [0, 1, 2, 3, 4, 5, 6, 7];

// Linear utilities as one constituency per side: support = 50 + points / 400 (never clamped:
// each side's points lie in −8,400 … 14,800). Walking away is worth 0 points to both sides
// (no-deal change cancels the status quo's points; status quo = all options A).
const SCALE = 400;
const pointsAtA = (side: 0 | 1) => SCHEDULE.reduce((s, [, opts]) => s + opts[0]![side], 0);
const side = (s: 0 | 1) => ({
  constituencies: [{ baseline: 50, effects: SCHEDULE.map(([, opts]) => opts.map((o) => o[s] / SCALE)) }],
  noDeal: { constituencies: [-pointsAtA(s) / SCALE] },
});
const model = buildModel({ issues: SCHEDULE.map(([id]) => ({ id, options: 5 })), sides: [side(0), side(1)] });

const result = analyze(model);
if (!result.ok) throw new Error(result.error.message);
const a = result.analysis;
// Normalised utility back to points: u = (points + 8,400) / 23,200 for both sides.
const points = (side: 0 | 1, i: number) => Math.round(a.utility[side][i]! * 23200 - 8400);
const joint = (i: number) => points(0, i) + points(1, i);
const integrative = (pkg: readonly number[]) => [
  pkg[JOB],
  pkg[CAR],
  pkg[START],
  pkg[VACATION],
  pkg[MOVING],
  pkg[INSURANCE],
];

describe('New Recruit (published case)', () => {
  it('puts the walk-away at 0 points and every package from −8,400 to 14,800 points', () => {
    expect(a.count).toBe(5 ** 8);
    expect(a.reservation[0] * 23200 - 8400).toBeCloseTo(0, 6);
    expect(a.reservation[1] * 23200 - 8400).toBeCloseTo(0, 6);
  });

  it('finds the integrative solution: 14,800 joint points, compatible issues shared, integrative issues logrolled', () => {
    expect(joint(a.maxWelfareAll)).toBe(14800);
    const best = Array.from({ length: a.count }, (_, i) => i).filter((i) => joint(i) === 14800);
    // 25 packages: every split of the two distributive issues, all else fixed.
    expect(best.length).toBe(25);
    for (const i of best) expect(integrative(packageAt(model, i))).toEqual([A, A, E, E, A, E]);
  });

  it('keeps the compatible issues at Division A and the LUX EX2 in every Pareto-optimal deal', () => {
    for (const i of a.frontierAll) {
      const pkg = packageAt(model, i);
      expect([pkg[JOB], pkg[CAR]]).toEqual([A, A]);
    }
  });

  it('has its Nash and Kalai–Smorodinsky points at the integrative deal with the distributive issues split evenly', () => {
    // The point set is symmetric (swap start↔vacation, moving↔insurance, reverse bonus and salary)
    // and both walk away with 0, so both solutions give each side half of 14,800.
    for (const i of [a.nash!, a.kalai!]) {
      expect([points(0, i), points(1, i)]).toEqual([7400, 7400]);
      const pkg = packageAt(model, i);
      expect([pkg[BONUS], pkg[SALARY]]).toEqual([C, C]);
      expect(integrative(pkg)).toEqual([A, A, E, E, A, E]);
    }
  });

  it('shows that splitting every issue down the middle leaves 8,400 points on the table', () => {
    const middle = SCHEDULE.map(() => C);
    const i = indexOf(model, middle);
    expect([points(0, i), points(1, i)]).toEqual([3200, 3200]);
    const better = paretoImprovements(a, middle, 3);
    expect(better.length).toBe(3);
    expect(joint(better[0]!.index) - joint(i)).toBe(8400);
    expect(distanceToFrontier(a, middle)).toBeGreaterThan(0);
    expect(distanceToFrontier(a, packageAt(model, a.nash!))).toBe(0);
  });
});
