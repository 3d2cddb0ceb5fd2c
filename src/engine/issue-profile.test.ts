// Issue kinds and importance against a second method: the engine's own scoring of every
// package, varying one issue at a time (exact for models without clamping or interactions).
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { packageAt } from './enumerate';
import { aboveWalkAway, issueKind, issueProfiles } from './issue-profile';
import type { Model, Side } from './model';
import { packageCount, SIDES } from './model';
import { scorePackage, walkAwayScore } from './score';
import { randomModel } from './testing';

describe('issueKind', () => {
  it('names opposed, aligned and mixed interests', () => {
    expect(issueKind([0, -5, -10], [0, 5, 10])).toBe('distributive');
    expect(issueKind([0, 5], [0, 2])).toBe('compatible');
    // One side indifferent: nobody loses by any change.
    expect(issueKind([0, 5], [0, 0])).toBe('compatible');
    // The extremes are opposed, but the middle option beats the first for both.
    expect(issueKind([0, 4, 8], [0, 6, -3])).toBe('integrative');
  });
});

/** A random model with small effects (no clamping at 0 or 100) and no interactions: scores are linear. */
function linearModel(seed: number): Model {
  const m = randomModel(seed, { issues: [2, 4], options: [2, 4], factors: [1, 3], range: 4 });
  const strip = (p: Model['parties'][0]) => ({
    ...p,
    constituencies: p.constituencies.map((f) => ({ ...f, interactions: [] })),
    security: p.security.map((f) => ({ ...f, interactions: [] })),
  });
  return { ...m, parties: [strip(m.parties[0]), strip(m.parties[1])] };
}

/** Brute force: the largest change in `side`'s score from switching issue i's option, any package. */
function bruteForce(model: Model, i: number) {
  const n = packageCount(model);
  const score = (side: Side, pkg: readonly number[]) => scorePackage(model, side, [...pkg]).score;
  let opposed = false;
  let joint = false;
  const reach: [number, number] = [0, 0];
  for (let k = 0; k < n; k++) {
    const pkg = packageAt(model, k);
    for (let o = 0; o < model.issues[i]!.options.length; o++) {
      const other = pkg.map((x, j) => (j === i ? o : x));
      const d0 = score(0, other) - score(0, pkg);
      const d1 = score(1, other) - score(1, pkg);
      reach[0] = Math.max(reach[0], Math.abs(d0));
      reach[1] = Math.max(reach[1], Math.abs(d1));
      if ((d0 > 1e-9 && d1 < -1e-9) || (d0 < -1e-9 && d1 > 1e-9)) opposed = true;
      if ((d0 > 1e-9 && d1 > 1e-9) || (d0 < -1e-9 && d1 < -1e-9)) joint = true;
    }
  }
  return { reach, kind: !opposed ? 'compatible' : joint ? 'integrative' : 'distributive' };
}

describe('issueProfiles', () => {
  it('agrees with brute force over every package of 40 random linear models', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const model = linearModel(seed);
      const r = analyze(model);
      if (!r.ok) throw new Error(r.error.message);
      const { scoreRange } = r.analysis;
      issueProfiles(model, scoreRange).forEach((p) => {
        const b = bruteForce(model, p.issue);
        expect(p.kind).toBe(b.kind);
        for (const s of SIDES) {
          const span = scoreRange[s].max - scoreRange[s].min;
          expect(p.importance[s]).toBeCloseTo(span > 0 ? b.reach[s] / span : 0, 9);
        }
      });
    }
  });
});

describe('aboveWalkAway', () => {
  it('counts the packages each side scores above walking away, as direct scoring does', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const model = randomModel(seed);
      const r = analyze(model);
      if (!r.ok) throw new Error(r.error.message);
      const n = packageCount(model);
      for (const s of SIDES) {
        const wa = walkAwayScore(model, s);
        let count = 0;
        for (let k = 0; k < n; k++) if (scorePackage(model, s, packageAt(model, k)).score > wa) count++;
        expect(aboveWalkAway(r.analysis)[s]).toBe(count);
      }
    }
  });
});
