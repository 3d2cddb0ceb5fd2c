// The split-halves whole-space scoring against the plain per-package scoring, on random small
// models drawn by fast-check: interactions within and across the halves, veto levels (also at
// and beyond the ends of 0–100), statements made and broken, integral and fractional data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageAt } from './enumerate';
import type { Model, Package, Side, Statement } from './model';
import { packageCount, SIDES } from './model';
import { scorePackage } from './score';
import { scoreAll, scoreCandidates } from './score-table';
import { buildModel, type FactorSpec, type SideSpec } from './testing';

/** A number: an integer in [lo, hi], or (when fractional) any double in that range. */
const num = (lo: number, hi: number, fractional: boolean) =>
  fractional
    ? fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
    : fc.integer({ min: lo, max: hi });

/** A random model over the given option counts. */
function arbModel(
  counts: readonly number[],
  fractional: boolean,
): fc.Arbitrary<{ model: Model; made: string[][] }> {
  const option = fc
    .nat({ max: counts.length - 1 })
    .chain((i) => fc.tuple(fc.constant(i), fc.nat({ max: counts[i]! - 1 })));
  const factor: fc.Arbitrary<FactorSpec> = fc.record({
    weight: num(0, 6, fractional),
    baseline: num(-20, 120, fractional),
    // Often no effect at all on an issue, so that factors touching one half only are common.
    effects: fc.tuple(
      ...counts.map((n) =>
        fc.oneof(
          fc.constant(new Array<number>(n).fill(0)),
          fc.array(num(-70, 70, fractional), { minLength: n, maxLength: n }),
        ),
      ),
    ),
    interactions: fc.array(fc.record({ a: option, b: option, change: num(-40, 40, fractional) }), {
      maxLength: 2,
    }),
    veto: fc.option(fc.oneof(num(-10, 110, fractional), fc.constantFrom(0, 100, 101)), { nil: null }),
  });
  const side: fc.Arbitrary<SideSpec> = fc.record({
    constituencies: fc.array(factor, { minLength: 1, maxLength: 9 }),
    security: fc.array(factor, { maxLength: 5 }),
    approvalWeight: fc.double({ min: 0, max: 1, noNaN: true }),
    threshold: num(0, 100, fractional),
  });
  const statement = (s: Side, k: number): fc.Arbitrary<Statement> =>
    fc.record({
      id: fc.constant(`st${s}-${k}`),
      side: fc.constant(s),
      text: fc.constant(''),
      breaks: fc.array(
        option.map(([issue, o]) => ({ issue, options: [o] })),
        { minLength: 1, maxLength: 3 },
      ),
      costs: fc.array(
        fc.record({
          kind: fc.constant('constituency' as const),
          factor: fc.constant(0),
          change: num(-30, 5, fractional),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    });
  const statements = fc.tuple(statement(0, 0), statement(0, 1), statement(1, 0));
  return fc
    .tuple(side, side, statements, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
    .map(([a, b, sts, pick]) => {
      const issues = counts.map((options) => ({ options }));
      const model = buildModel({ issues, sides: [a, b], statements: sts });
      const made = SIDES.map((s) => sts.filter((st, k) => st.side === s && pick[k]).map((st) => st.id));
      return { model, made };
    });
}

/** The reference scores and ratification of every package, by side, from scorePackage. */
function reference(model: Model, made: readonly (readonly string[])[] = [[], []]) {
  const count = packageCount(model);
  return SIDES.map((s) => {
    const scored = Array.from({ length: count }, (_, i) =>
      scorePackage(model, s, packageAt(model, i), { statements: made[s]! }),
    );
    return { scores: scored.map((x) => x.score), ratified: scored.map((x) => (x.ratified ? 1 : 0)), scored };
  });
}

const shape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 });

/** True when a fractional package sits on a ratification edge, where rounding may decide. */
function onEdge(model: Model, side: Side, pkg: Package, made: string[]): boolean {
  const s = scorePackage(model, side, pkg, { statements: made });
  const near = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  const party = model.parties[side];
  return (
    near(s.approval, party.threshold) ||
    s.constituencies.some(
      (c, i) => party.constituencies[i]!.veto !== null && near(c.value, party.constituencies[i]!.veto!),
    )
  );
}

describe('scoreAll (split halves)', () => {
  it('equals scorePackage exactly on integral models', () => {
    const arb = shape.chain((counts) => arbModel(counts, false));
    fc.assert(
      fc.property(arb, ({ model, made }) => {
        const t = scoreAll(model, { statements: [made[0]!, made[1]!] });
        const ref = reference(model, made);
        for (const s of SIDES) {
          expect([...t.scores[s]]).toEqual(ref[s]!.scores);
          expect([...t.ratified[s]]).toEqual(ref[s]!.ratified);
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('equals scorePackage up to rounding on fractional models', () => {
    const arb = shape.chain((counts) => arbModel(counts, true));
    fc.assert(
      fc.property(arb, ({ model, made }) => {
        const t = scoreAll(model, { statements: [made[0]!, made[1]!] });
        const ref = reference(model, made);
        for (const s of SIDES) {
          const { scored } = ref[s]!;
          const off = scored.flatMap((x, i) => (Math.abs(x.score - t.scores[s][i]!) > 1e-9 ? [i] : []));
          const flipped = scored.flatMap((x, i) =>
            (x.ratified ? 1 : 0) !== t.ratified[s][i] && !onEdge(model, s, packageAt(model, i), made[s]!)
              ? [i]
              : [],
          );
          expect({ off, flipped }).toEqual({ off: [], flipped: [] });
          expect(t.maxApproval[s]).toBeCloseTo(Math.max(...scored.map((x) => x.approval)), 9);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('keeps rows for many patterns of cross-half terms apart, integral or not', () => {
    // Fourteen issues of two options (split 7 | 7): one factor interacts across the split on
    // 49 pairs, another on 7 (128 patterns), more than are kept per factor.
    const upper = [0, 1, 2, 3, 4, 5, 6];
    const many = upper.flatMap((u) =>
      upper.map((l) => ({ a: [u, 1] as const, b: [7 + l, 1] as const, change: u - l + 1 })),
    );
    const seven = upper.map((u) => ({ a: [u, 1] as const, b: [7, 1] as const, change: 3 - u }));
    for (const half of [0, 0.5]) {
      const model = buildModel({
        issues: Array.from({ length: 14 }, () => ({ options: 2 })),
        sides: [
          {
            constituencies: [
              { baseline: 40 + half, interactions: many, veto: 35 },
              { weight: 2, baseline: 90, interactions: seven },
              { baseline: 50, interactions: seven },
            ],
          },
          {
            constituencies: [{ baseline: 60, interactions: many }],
            security: [{ baseline: 10, interactions: seven }],
          },
        ],
      });
      const t = scoreAll(model);
      const ref = reference(model);
      for (const s of SIDES) {
        expect([...t.scores[s]]).toEqual(ref[s]!.scores);
        expect([...t.ratified[s]]).toEqual(ref[s]!.ratified);
      }
    }
  }, 30_000);

  it('lists exactly the ratified packages above a floor, as scoreAll scores them', () => {
    const arb = fc.tuple(
      shape.chain((counts) => fc.oneof(arbModel(counts, false), arbModel(counts, true))),
      fc.double({ min: -5, max: 105, noNaN: true }),
    );
    fc.assert(
      fc.property(arb, ([{ model, made }, floor]) => {
        const statements = [made[0]!, made[1]!] as const;
        const t = scoreAll(model, { statements });
        for (const s of SIDES) {
          const found = scoreCandidates(model, s, floor, { statements });
          const expected = [...t.scores[s].keys()].filter(
            (i) => t.ratified[s][i] === 1 && t.scores[s][i]! > floor,
          );
          expect([...found.index]).toEqual(expected);
          expect([...found.score]).toEqual(expected.map((i) => t.scores[s][i]!));
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
