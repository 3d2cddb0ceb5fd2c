import { describe, expect, it } from 'vitest';
import type { Model, Side } from '../engine';
import { randomModel } from '../engine/testing';
import { BASELINES, negotiatorFor } from './personas';
import { simulate } from './simulate';
import { withPersonas } from './testing';

const OPPONENTS = ['hardliner', 'pragmatist', 'dealmaker', ...BASELINES] as const;
const MODELS = Array.from({ length: 12 }, (_, seed) =>
  withPersonas({
    ...randomModel(seed + 100, { issues: [5, 7], options: [2, 4], factors: [2, 4], range: 40 }),
    rules: { rounds: 8, firstMover: (seed & 1) as Side },
  }),
);

const factory = (model: Model, side: Side, name: string) => (seed: number) => {
  const r = negotiatorFor(model, side, name, { seed });
  if (!r.ok) throw new Error(r.message);
  return r.negotiator;
};

/** Mean normalised utility of `name` playing side 0 against every opponent on every model. */
function meanUtility(name: string): number {
  const us: number[] = [];
  for (const model of MODELS) {
    for (const opp of OPPONENTS) {
      const report = simulate(model, [factory(model, 0, name), factory(model, 1, opp)], {
        games: 2,
        seed: 1,
      });
      us.push(report.meanUtility![0]);
    }
  }
  return us.reduce((a, b) => a + b, 0) / us.length;
}

describe('tournament', () => {
  it('the pragmatist earns more than the linear baseline against the same opponents', () => {
    const pragmatist = meanUtility('pragmatist');
    const linear = meanUtility('linear');
    console.log(
      `mean normalised utility vs ${OPPONENTS.length} opponents: pragmatist ${pragmatist.toFixed(3)}, linear ${linear.toFixed(3)}`,
    );
    expect(pragmatist).toBeGreaterThan(linear);
  }, 120_000);

  it('pragmatist-vs-pragmatist deals land close to the Pareto frontier', () => {
    const distances = MODELS.flatMap((model) => {
      const r = simulate(model, [factory(model, 0, 'pragmatist'), factory(model, 1, 'pragmatist')], {
        games: 2,
        seed: 1,
      });
      return r.records.flatMap((g) => (g.distance === null ? [] : [g.distance]));
    });
    const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
    console.log(
      `pragmatist vs pragmatist: ${distances.length} deals, mean distance to the frontier ${mean.toFixed(4)}`,
    );
    expect(distances.length).toBeGreaterThan(10);
    expect(mean).toBeLessThan(0.05);
  }, 60_000);
});
