// Design warnings for scenario authors: problems that do not stop a scenario from loading but
// make a poor lesson (no zone of agreement, a dead constituency, one issue that decides all).
import { type Analysis, analyze, DEFAULT_MAX_PACKAGES } from './analysis';
import { aboveWalkAway, issueProfiles, issueRanges } from './issue-profile';
import type { Factor, FactorKind, Model, PartyModel, Side } from './model';
import { SIDES, textIn } from './model';

export const DESIGN_WARNING_CODES = [
  'no-zopa',
  'untouched-factor',
  'dominant-issue',
  'threshold-unreachable',
  'never-ratified',
  'too-large',
  'free-concession',
  'weak-walk-away',
] as const;
export type DesignWarningCode = (typeof DESIGN_WARNING_CODES)[number];

/** A design problem, located by side / issue / factor index where it has one. */
export interface DesignWarning {
  readonly code: DesignWarningCode;
  readonly side?: Side;
  readonly issue?: number;
  readonly kind?: FactorKind;
  readonly factor?: number;
  readonly message: string;
}

export interface WarningOptions {
  /** A ready analysis of the same model, to avoid enumerating twice. */
  readonly analysis?: Analysis;
  readonly maxPackages?: number;
}

/** A distributive issue costing the side that concedes it less than this share of its range is free. */
export const FREE_CONCESSION = 0.03;
/** A walk-away value that more than this share of all packages beat excludes almost nothing. */
export const WEAK_WALK_AWAY = 0.9;

const name = (p: PartyModel) => textIn(p.name);
const touched = (f: Factor) =>
  f.effects.some((row) => row.some((v) => v !== 0)) || f.interactions.some((x) => x.change !== 0);

/** True when some event changes the weight (clout) of this factor. */
const reweighted = (model: Model, side: Side, kind: FactorKind, factor: number) =>
  model.events.some((e) =>
    e.changes.some((c) => c.side === side && c.kind === kind && c.factor === factor && (c.weight ?? 0) !== 0),
  );

function untouched(model: Model, side: Side): DesignWarning[] {
  const p = model.parties[side];
  const out: DesignWarning[] = [];
  const check = (list: readonly Factor[], kind: FactorKind) =>
    list.forEach((f, factor) => {
      // A factor of weight 0, or of a part with no share of the score, counts for nothing (not
      // even a constant) unless an event gives it weight.
      const share = kind === 'constituency' ? p.approvalWeight : 1 - p.approvalWeight;
      if (touched(f) || share === 0 || (f.weight === 0 && !reweighted(model, side, kind, factor))) return;
      const what = kind === 'constituency' ? 'Constituency' : 'Security indicator';
      const message = `${what} "${f.id}" of ${name(p)} is not moved by any option: it adds a constant and teaches nothing.`;
      out.push({ code: 'untouched-factor', side, kind, factor, message });
    });
  check(p.constituencies, 'constituency');
  check(p.security, 'security');
  return out;
}

function dominant(model: Model, side: Side): DesignWarning[] {
  if (model.issues.length < 2) return [];
  const ranges = issueRanges(model, side);
  const total = ranges.reduce((s, r) => s + r, 0);
  const out: DesignWarning[] = [];
  ranges.forEach((r, issue) => {
    const rest = total - r;
    // With two issues one is nearly always larger: there, only flag an issue twice the other.
    const factor = model.issues.length === 2 ? 2 : 1;
    if (r > 0 && r > factor * rest) {
      const id = model.issues[issue]!.id;
      const message = `For ${name(model.parties[side])}, issue "${id}" moves the score by up to ${r.toFixed(1)} points, more than all other issues together (${rest.toFixed(1)}): the other issues hardly matter to this side.`;
      out.push({ code: 'dominant-issue', side, issue, message });
    }
  });
  return out;
}

function fromAnalysis(a: Analysis): DesignWarning[] {
  const out: DesignWarning[] = [];
  for (const side of SIDES) {
    const p = a.model.parties[side];
    if (a.maxApproval[side] < p.threshold) {
      const message = `No package reaches ${name(p)}'s ratification threshold of ${p.threshold}: the best approval any package gets is ${a.maxApproval[side].toFixed(1)}.`;
      out.push({ code: 'threshold-unreachable', side, message });
    } else if (!a.ratified[side].includes(1)) {
      out.push({
        code: 'never-ratified',
        side,
        message: `${name(p)} cannot ratify any package: a constituency vetoes every one.`,
      });
    }
  }
  const above = aboveWalkAway(a);
  for (const side of SIDES) {
    const share = above[side] / a.count;
    if (share > WEAK_WALK_AWAY) {
      const message = `${(100 * share).toFixed(1)}% of all packages beat ${name(a.model.parties[side])}'s walk-away value: walking away excludes almost nothing, so only ratification shapes the zone of agreement.`;
      out.push({ code: 'weak-walk-away', side, message });
    }
  }
  for (const p of issueProfiles(a.model, a.scoreRange)) {
    const issue = a.model.issues[p.issue]!;
    const side = issue.concededBy;
    if (side === null || p.kind !== 'distributive' || p.importance[side] >= FREE_CONCESSION) continue;
    const message = `Conceding issue "${issue.id}" costs ${name(a.model.parties[side])} at most ${(100 * p.importance[side]).toFixed(1)}% of its score range (under ${100 * FREE_CONCESSION}%): a free concession carries no leverage. Raise its cost, or make the issue integrative or compatible if both sides can gain from it.`;
    out.push({ code: 'free-concession', side, issue: p.issue, message });
  }
  if (a.zopa.length === 0) {
    const message =
      'There is no zone of possible agreement: no package is ratified by both sides and better than walking away for both.';
    out.push({ code: 'no-zopa', message });
  }
  return out;
}

/** Every design warning for a model; checks that need all packages are skipped (and said so) for huge spaces. */
export function designWarnings(model: Model, opts: WarningOptions = {}): DesignWarning[] {
  const out = SIDES.flatMap((side) => [...untouched(model, side), ...dominant(model, side)]);
  if (opts.analysis) return [...out, ...fromAnalysis(opts.analysis)];
  const result = analyze(model, { maxPackages: opts.maxPackages ?? DEFAULT_MAX_PACKAGES });
  if (result.ok) return [...out, ...fromAnalysis(result.analysis)];
  if (result.error.code === 'too-large') {
    out.push({
      code: 'too-large',
      message: `${result.error.message} The zone-of-agreement and ratification checks were skipped.`,
    });
  }
  return out;
}
