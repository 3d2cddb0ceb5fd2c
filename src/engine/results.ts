// How a negotiation ends in scores. A deal accepted at the table goes home to both sides: it
// holds only if both ratify it. Audience costs of broken statements count in the ratification
// vote and in the score of a ratified deal; a deal that fails at home breaks nothing, so both
// sides then score their walk-away values (see docs/negotiator.md). Time pressure costs each
// side costPerRound for every round that passed before the deal (none for a deal in round 1).
import type { BySide, Model, Package, Side } from './model';
import { SIDES, statusQuo } from './model';
import type { Outcome, SideResult } from './protocol-types';
import type { SideScore } from './score';
import { breaksStatement, scorePackage } from './score';

/** Score points a side loses to time pressure for a deal agreed in this round. */
export function timeCost(model: Model, side: Side, round: number): number {
  return model.parties[side].costPerRound * Math.max(0, round - 1);
}

/** Ids of the side's statements (among those it made) that the package breaks. */
export function brokenStatements(model: Model, side: Side, made: readonly string[], pkg: Package): string[] {
  return model.statements
    .filter((s) => s.side === side && made.includes(s.id) && breaksStatement(s, pkg))
    .map((s) => s.id);
}

/** A side's full scoring of no deal (its walk-away value's detail). */
export const noDealScore = (model: Model, side: Side): SideScore =>
  scorePackage(model, side, statusQuo(model), { noDeal: true });

/**
 * Both sides' results when there is no deal (walk-away, deadline, or a deal failed at home);
 * `noDeal` may supply the scorings of no deal already made (see groundNow).
 */
export function settleNoDeal(
  model: Model,
  noDeal = (side: Side) => noDealScore(model, side),
): BySide<SideResult> {
  const one = (side: Side): SideResult => {
    const detail = noDeal(side);
    return { score: detail.score, walkAway: detail.score, detail, timeCost: 0, brokenStatements: [] };
  };
  return [one(0), one(1)];
}

/** The outcome and results of a package accepted at the table in this round (`noDeal` as in settleNoDeal). */
export function settleDeal(
  model: Model,
  pkg: Package,
  statements: BySide<readonly string[]>,
  round: number,
  noDeal = (side: Side) => noDealScore(model, side),
): { outcome: Outcome; results: BySide<SideResult> } {
  const details = SIDES.map((s) => scorePackage(model, s, pkg, { statements: statements[s] }));
  const d0 = details[0]!;
  const d1 = details[1]!;
  if (!d0.ratified || !d1.ratified) {
    const failures = [d0.failures, d1.failures] as const;
    return {
      outcome: { kind: 'rejectedAtHome', package: pkg, round, failures },
      results: settleNoDeal(model, noDeal),
    };
  }
  const one = (side: Side): SideResult => {
    const detail = side === 0 ? d0 : d1;
    const cost = timeCost(model, side, round);
    return {
      score: Math.max(0, detail.score - cost),
      walkAway: noDeal(side).score,
      detail,
      timeCost: cost,
      brokenStatements: brokenStatements(model, side, statements[side], pkg),
    };
  };
  return { outcome: { kind: 'ratified', package: pkg, round }, results: [one(0), one(1)] };
}
