// Scoring many single packages of one side: the same SideScore as scorePackage (equal in every
// field, the same doubles), from a plan made once, whose cause objects are made once and shared
// by every scoring (they are read-only data). The computer scores a package or two per move.
import type { Factor, Model, Package, Side } from './model';
import type { Cause, FactorScore, RatificationFailure, SideScore } from './score';
import { breaksStatement, byMagnitude, weightedMean } from './score';

/** One factor's plan: its causes by issue and option, its interactions and statement costs. */
interface FactorPlan {
  readonly factor: Factor;
  /** byOption[issue][option]: the cause of that option, or undefined when it changes nothing. */
  readonly byOption: readonly (readonly (Cause | undefined)[])[];
  /** Interactions that change something: [issue a, option a, issue b, option b] and the cause. */
  readonly pairs: readonly (readonly [number, number, number, number, Cause])[];
  /** Audience costs: [statement (index into the broken flags), cause]. */
  readonly costs: readonly (readonly [number, Cause])[];
}

/**
 * scorePackage(model, side, pkg, { statements: made }) as a function of the package alone,
 * for a model and statements that do not change.
 */
export function packageScorer(
  model: Model,
  side: Side,
  made: readonly string[],
): (pkg: Package) => SideScore {
  const party = model.parties[side];
  const statements = model.statements.filter((st) => st.side === side && made.includes(st.id));
  const plan =
    (kind: 'constituency' | 'security') =>
    (f: Factor, i: number): FactorPlan => ({
      factor: f,
      byOption: f.effects.map((row, issue) =>
        row.map((change, option): Cause | undefined =>
          change !== 0 ? { kind: 'option', issue, option, change } : undefined,
        ),
      ),
      pairs: f.interactions.flatMap((x, index) =>
        x.change !== 0
          ? [
              [
                x.a[0],
                x.a[1],
                x.b[0],
                x.b[1],
                { kind: 'interaction', index, change: x.change } as Cause,
              ] as const,
            ]
          : [],
      ),
      costs: statements.flatMap((st, s) =>
        st.costs
          .filter((c) => c.kind === kind && c.factor === i && c.change !== 0)
          .map((c) => [s, { kind: 'statement', statement: st.id, change: c.change } as Cause] as const),
      ),
    });
  const constituencies = party.constituencies.map(plan('constituency'));
  const security = party.security.map(plan('security'));
  const broken = new Uint8Array(statements.length);

  const scoreFactor = (p: FactorPlan, pkg: Package): FactorScore => {
    const causes: Cause[] = [];
    for (let issue = 0; issue < pkg.length; issue++) {
      const c = p.byOption[issue]?.[pkg[issue]!];
      if (c) causes.push(c);
    }
    for (const [a, oa, b, ob, c] of p.pairs) if (pkg[a] === oa && pkg[b] === ob) causes.push(c);
    for (const [s, c] of p.costs) if (broken[s] === 1) causes.push(c);
    byMagnitude(causes);
    const f = p.factor;
    let sum = f.baseline;
    for (const c of causes) sum += c.change;
    const value = Math.max(0, Math.min(100, sum));
    return {
      id: f.id,
      value,
      baseline: f.baseline,
      weight: f.weight,
      causes,
      vetoes: f.veto !== null && value < f.veto,
    };
  };

  return (pkg) => {
    for (let s = 0; s < statements.length; s++) broken[s] = breaksStatement(statements[s]!, pkg) ? 1 : 0;
    const cs = new Array<FactorScore>(constituencies.length);
    for (let i = 0; i < cs.length; i++) cs[i] = scoreFactor(constituencies[i]!, pkg);
    const ss = new Array<FactorScore>(security.length);
    for (let i = 0; i < ss.length; i++) ss[i] = scoreFactor(security[i]!, pkg);
    const approval = weightedMean(cs);
    const securityIndex = weightedMean(ss);
    const score = party.approvalWeight * approval + (1 - party.approvalWeight) * securityIndex;
    const failures: RatificationFailure[] = [];
    if (approval < party.threshold)
      failures.push({ kind: 'threshold', approval, threshold: party.threshold });
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      const veto = party.constituencies[i]?.veto;
      if (c.vetoes && veto != null) failures.push({ kind: 'veto', factor: c.id, value: c.value, veto });
    }
    return {
      constituencies: cs,
      security: ss,
      approval,
      securityIndex,
      score,
      ratified: failures.length === 0,
      failures,
    };
  };
}
