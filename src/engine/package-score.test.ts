// quickScore must be scorePackage's score and verdict to the last bit: checked on every package of random
// models whose payoffs are fractions (so the order of summation shows), with and without the
// statements made, and on every package of the shipped scenarios' status-quo neighbourhoods.
import { describe, expect, it } from 'vitest';
import { packageAt } from './enumerate';
import { type Factor, type Model, packageCount } from './model';
import { quickScore, scorePackage } from './score';
import { randomModel } from './testing';

/** The same model with fractional payoffs of mixed signs and sizes. */
function fractional(model: Model): Model {
  const f = (x: Factor, k: number): Factor => ({
    ...x,
    weight: x.weight * 0.7 + 0.1 * k,
    baseline: x.baseline + 0.3,
    effects: x.effects.map((row) => row.map((e, j) => (e === 0 ? 0 : e * 0.37 + 0.013 * (j + 1)))),
    interactions: x.interactions.map((i) => ({ ...i, change: i.change * 0.91 + 0.07 })),
  });
  const parties = model.parties.map((p) => ({
    ...p,
    constituencies: p.constituencies.map(f),
    security: p.security.map(f),
  })) as unknown as Model['parties'];
  const statements = model.statements.map((st) => ({
    ...st,
    costs: st.costs.map((c) => ({ ...c, change: c.change * 0.77 - 0.05 })),
  }));
  return { ...model, parties, statements };
}

describe('quickScore', () => {
  it('is the score scorePackage gives, bit for bit, with and without statements made', () => {
    let compared = 0;
    let withStatements = 0;
    let rejected = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const model = fractional(randomModel(seed, { issues: [2, 5], options: [2, 4], factors: [1, 4], range: 40 }));
      const ids = model.statements.map((st) => st.id);
      for (let i = 0; i < packageCount(model); i++) {
        const pkg = packageAt(model, i);
        for (const side of [0, 1] as const)
          for (const made of [[], ids]) {
            const a = quickScore(model, side, pkg, made);
            const full = scorePackage(model, side, pkg, { statements: made });
            const b = { score: full.score, ratified: full.ratified };
            if (!Object.is(a.score, b.score) || a.ratified !== b.ratified)
              expect({ seed, i, side, made, ...a }).toEqual({ seed, i, side, made, ...b });
            compared++;
            if (made.length > 0 && a.score !== quickScore(model, side, pkg).score) withStatements++;
            if (!a.ratified) rejected++;
          }
      }
    }
    expect(compared).toBeGreaterThan(5000);
    // The statements really changed some scores (the comparison covered audience costs).
    expect(withStatements).toBeGreaterThan(50);
    // Both verdicts occur (vetoes and thresholds were exercised).
    expect(rejected).toBeGreaterThan(500);
    expect(compared - rejected).toBeGreaterThan(500);
  });
});
