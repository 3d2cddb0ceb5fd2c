// What the Lab's panels show, computed in the worker from the engine's analysis: plain numbers and
// typed arrays only (they cross to the page by structured clone). The chart gets a density grid of
// all packages and of the zone of agreement, so a million packages cost the page no more than ten.
import {
  aboveWalkAway,
  type Analysis,
  type BySide,
  designWarnings,
  issueProfiles,
  type IssueKind,
  locate,
  type Model,
  packageAt,
  packageLabel,
  textIn,
  winSets,
} from '../engine';

/** Cells per axis of the chart's density grid. */
export const GRID = 160;

/** A marked package on the chart. */
export interface Point {
  readonly u: BySide<number>;
  /** "issue=option, …" as the CLI writes it. */
  readonly label: string;
}

export interface IssueRow {
  readonly id: string;
  readonly name: string;
  /** The party that concedes on the issue, or '' where the file names none. */
  readonly concededBy: string;
  readonly kind: IssueKind;
  readonly importance: BySide<number>;
}

/** Everything the panels show for one valid scenario text. */
export interface LabSummary {
  readonly id: string;
  readonly title: string;
  readonly packages: number;
  readonly parties: BySide<{ readonly id: string; readonly name: string; readonly colour: string }>;
  readonly scoreRange: BySide<{ readonly min: number; readonly max: number }>;
  readonly walkAway: BySide<number>;
  readonly reservation: BySide<number>;
  readonly aboveWalkAway: BySide<number>;
  /** Packages each side ratifies and prefers to walking away (its win-set, Putnam). */
  readonly winSet: BySide<number>;
  readonly zopa: number;
  readonly frontier: readonly BySide<number>[];
  readonly frontierAllSize: number;
  readonly nash: Point | null;
  readonly kalai: Point | null;
  readonly maxWelfare: Point | null;
  readonly maxWelfareAll: Point;
  readonly historical: (Point & { readonly inZopa: boolean; readonly distance: number | null }) | null;
  readonly issues: readonly IssueRow[];
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  /** Packages per cell, row-major from the bottom-left (u0 across, u1 up): all, and the zone's. */
  readonly density: { readonly all: Uint32Array; readonly zopa: Uint32Array };
}

/** "issue=option, …" for a package index, as the CLI writes it. */
export const labelOf = (model: Model, index: number): string => packageLabel(model, packageAt(model, index));

const cell = (u: number) => Math.min(GRID - 1, Math.max(0, Math.floor(u * GRID)));

function density(a: Analysis): LabSummary['density'] {
  const all = new Uint32Array(GRID * GRID);
  const zopa = new Uint32Array(GRID * GRID);
  const [u0, u1] = a.utility;
  for (let i = 0; i < a.count; i++) all[cell(u1[i]!) * GRID + cell(u0[i]!)]!++;
  for (const i of a.zopa) zopa[cell(u1[i]!) * GRID + cell(u0[i]!)]!++;
  return { all, zopa };
}

const party = (m: Model, s: 0 | 1) => ({
  id: m.parties[s].id,
  name: textIn(m.parties[s].name),
  colour: m.parties[s].colour,
});

/** The panels' data for an analysed model. */
export function summarize(a: Analysis): LabSummary {
  const m = a.model;
  const point = (i: number | null): Point | null =>
    i === null ? null : { u: [a.utility[0][i]!, a.utility[1][i]!], label: labelOf(m, i) };
  const where = m.historical ? locate(a, m.historical.package) : null;
  return {
    id: m.id,
    title: textIn(m.title),
    packages: a.count,
    parties: [party(m, 0), party(m, 1)],
    scoreRange: a.scoreRange,
    walkAway: a.walkAway,
    reservation: a.reservation,
    aboveWalkAway: aboveWalkAway(a),
    winSet: winSets(a),
    zopa: a.zopa.length,
    frontier: a.frontier.map((i) => [a.utility[0][i]!, a.utility[1][i]!] as const),
    frontierAllSize: a.frontierAll.length,
    nash: point(a.nash),
    kalai: point(a.kalai),
    maxWelfare: point(a.maxWelfare),
    maxWelfareAll: point(a.maxWelfareAll)!,
    historical: where
      ? { ...point(where.index)!, inZopa: where.inZopa, distance: where.distanceToFrontier }
      : null,
    issues: issueProfiles(m, a.scoreRange).map((p) => {
      const issue = m.issues[p.issue]!;
      return {
        id: issue.id,
        name: textIn(issue.name),
        concededBy: issue.concededBy === null ? '' : m.parties[issue.concededBy].id,
        kind: p.kind,
        importance: p.importance,
      };
    }),
    warnings: designWarnings(m, { analysis: a }).map((w) => ({ code: w.code, message: w.message })),
    density: density(a),
  };
}
