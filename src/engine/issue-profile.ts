// What each issue is to the two sides, computed from the payoffs (never written by hand): how
// much of each side's score range it can move (its importance) and whether the sides' interests
// in it are opposed (distributive), aligned (compatible) or mixed, with some move both gain from
// (integrative). The linear part of the payoffs is read: clamping and interactions are ignored.
import type { Analysis } from './analysis';
import type { BySide, Factor, Model, Side } from './model';
import { SIDES } from './model';

export const ISSUE_KINDS = ['distributive', 'integrative', 'compatible'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** One issue as the two sides see it. */
export interface IssueProfile {
  readonly issue: number;
  readonly kind: IssueKind;
  /** The issue's reach (best option − worst, in points) as a share of each side's score range. */
  readonly importance: BySide<number>;
}

/** Changes smaller than this (points) count as none. */
const EPS = 1e-9;

/** Each option's linear contribution to a side's score (points), issue by issue. */
export function optionValues(model: Model, side: Side): number[][] {
  const p = model.parties[side];
  const share = (list: readonly Factor[], part: number) => {
    const total = list.reduce((s, f) => s + f.weight, 0);
    return list.map((f) => ({ f, w: total > 0 ? (part * f.weight) / total : 0 }));
  };
  const factors = [...share(p.constituencies, p.approvalWeight), ...share(p.security, 1 - p.approvalWeight)];
  return model.issues.map((issue, i) =>
    issue.options.map((_, o) => factors.reduce((s, { f, w }) => s + w * (f.effects[i]?.[o] ?? 0), 0)),
  );
}

/** How far each issue can move a side's score (best option − worst, points; linear part). */
export function issueRanges(model: Model, side: Side): number[] {
  return optionValues(model, side).map((v) => Math.max(...v) - Math.min(...v));
}

/**
 * The kind of an issue from both sides' option values: compatible when no change of option
 * helps one side and hurts the other, distributive when no change helps both, else integrative.
 */
export function issueKind(us: readonly number[], them: readonly number[]): IssueKind {
  let opposed = false;
  let joint = false;
  for (let a = 0; a < us.length; a++)
    for (let b = 0; b < us.length; b++) {
      const d0 = us[a]! - us[b]!;
      const d1 = (them[a] ?? 0) - (them[b] ?? 0);
      if (d0 > EPS && d1 < -EPS) opposed = true;
      if (d0 > EPS && d1 > EPS) joint = true;
    }
  return !opposed ? 'compatible' : joint ? 'integrative' : 'distributive';
}

/** Every issue's kind and importance, importance relative to the analysed score ranges. */
export function issueProfiles(model: Model, scoreRange: Analysis['scoreRange']): IssueProfile[] {
  const values = SIDES.map((s) => optionValues(model, s));
  const span = (s: Side) => scoreRange[s].max - scoreRange[s].min;
  return model.issues.map((_, issue) => {
    const v0 = values[0]![issue]!;
    const v1 = values[1]![issue]!;
    const reach = (s: Side) => {
      const v = values[s]![issue]!;
      return span(s) > 0 ? (Math.max(...v) - Math.min(...v)) / span(s) : 0;
    };
    const importance: BySide<number> = [reach(0), reach(1)];
    return { issue, kind: issueKind(v0, v1), importance };
  });
}

/** How many packages a side scores strictly above its walk-away value (only those it ratifies, or all). */
function countAbove(a: Analysis, s: Side, ratifiedOnly: boolean): number {
  const u = a.utility[s];
  const ok = a.ratified[s];
  const r = a.reservation[s];
  let n = 0;
  for (let k = 0; k < u.length; k++) if (u[k]! > r && (!ratifiedOnly || ok[k] === 1)) n++;
  return n;
}

/** How many packages each side scores strictly above its walk-away value (ratified or not). */
export const aboveWalkAway = (a: Analysis): BySide<number> => [countAbove(a, 0, false), countAbove(a, 1, false)];

/** Each side's win-set (Putnam): the packages it ratifies and prefers to walking away. */
export const winSets = (a: Analysis): BySide<number> => [countAbove(a, 0, true), countAbove(a, 1, true)];
