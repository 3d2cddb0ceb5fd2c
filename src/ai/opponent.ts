// The opponent model: what the computer believes the other side values, from public facts and the
// other side's offers only (never its payoffs). A frequency model in the spirit of the ANAC agents
// (HardHeaded and successors), with a prior from the scenario's public structure: the side that
// concedes an issue prefers it near the status quo, the other side prefers it far from it. Issues
// on which the other side keeps its preferred end are ones it holds firm on; options ruled out by
// its public statements are taken to be unwelcome. An issue with no status quo or no conceding
// side (one best in the middle for a side, say) has no public structure: its prior is flat and
// the other side's offers alone teach its values and weight. See docs/negotiator.md.
import type { Package, PlayerView, Side } from '../engine';
import { other } from '../engine';
import type { OwnSpace } from './space';

/** What the computer believes the other side values: per-issue weights and option values. */
export interface OpponentEstimate {
  /** Weight of each issue, summing to 1. */
  readonly weights: readonly number[];
  /** values[issue][option] in 0–1 (1: the option it likes best on that issue). */
  readonly values: readonly (readonly number[])[];
  /** Offers the estimate learnt from. */
  readonly offers: number;
}

/** A swappable opponent model: from a view to an estimate of the other side's priorities. */
export interface OpponentModel {
  /** The estimate; `own` (its own space) keeps what depends only on its own payoffs. */
  readonly learn: (view: PlayerView, own: OwnSpace) => OpponentEstimate;
}

/** Weight of the public prior on option values, in offers. */
const PRIOR_OFFERS = 2;
/** Value kept by an option the other side has publicly ruled out. */
const RULED_OUT = 0.2;
/** Share of the issue weights taken from its own priorities (the rest from what the other side keeps). */
const OWN_SHARE = 0.7;

/** Offers made by one side, oldest first. */
function offersBy(view: PlayerView, side: Side): Package[] {
  const out: Package[] = [];
  for (const e of view.log) {
    if (e.kind === 'move' && e.move.side === side && e.move.type === 'propose') out.push(e.move.package);
  }
  return out;
}

/** Offers made by the other side, oldest first. */
export const opponentOffers = (view: PlayerView): Package[] => offersBy(view, other(view.side));

/** Offers made by the viewer's own side, oldest first. */
export const ownOffers = (view: PlayerView): Package[] => offersBy(view, view.side);

/** Prior value of every option of an issue without public structure: nothing known. */
const FLAT = 0.5;

/** True when the scenario gives an issue a status quo and a side that concedes it: a public structure. */
const structured = (view: PlayerView, issue: number): boolean => {
  const is = view.issues[issue]!;
  return is.concededBy !== null && is.noStatusQuo !== true;
};

/** The public prior: the side that concedes an issue likes it near the status quo; the other side far from it. */
function priorValue(view: PlayerView, issue: number, option: number, side: Side): number {
  const is = view.issues[issue]!;
  if (!structured(view, issue)) return FLAT;
  const far = Math.max(is.statusQuo, is.options.length - 1 - is.statusQuo) || 1;
  const d = Math.abs(option - is.statusQuo) / far;
  return is.concededBy === side ? 1 - d : d;
}

/** The prior of every option of every issue for one side: prior[issue][option]. */
const priorTable = (view: PlayerView, side: Side): number[][] =>
  view.issues.map((issue, i) => issue.options.map((_, o) => priorValue(view, i, o, side)));

/** Options (as issue · 1024 + option) the other side's statements made so far rule out; null for none. */
function ruledOut(view: PlayerView, opp: Side): Set<number> | null {
  if (view.statementsMade[opp].length === 0) return null;
  const out = new Set<number>();
  for (const st of view.statementOptions) {
    if (st.side !== opp || !view.statementsMade[opp].includes(st.id)) continue;
    for (const b of st.breaks) for (const o of b.options) out.add(b.issue * 1024 + o);
  }
  return out;
}

/** Its own value of each option (score points, ignoring interactions and clamping), per issue. */
function ownValues(view: PlayerView): number[][] {
  const { constituencies: c, security: s, approvalWeight: aw } = view.own;
  const total = (l: readonly { weight: number }[]) => l.reduce((a, f) => a + f.weight, 0) || 1;
  const shares = [
    ...c.map((f) => (aw * f.weight) / total(c)),
    ...s.map((f) => ((1 - aw) * f.weight) / total(s)),
  ];
  const factors = [...c, ...s];
  return view.issues.map((issue, i) =>
    issue.options.map((_, o) => factors.reduce((a, f, k) => a + shares[k]! * (f.effects[i]?.[o] ?? 0), 0)),
  );
}

interface OwnPriorities {
  /** How much each issue matters to itself (share of its range of value). */
  readonly weights: number[];
  /** How far its own preferences follow the public prior (0–1): when they do, the other side's likely do too. */
  readonly structure: number;
}

/** Its own priorities (they depend only on what its space is keyed by). */
const ownPriorities = (view: PlayerView, own: OwnSpace): OwnPriorities =>
  own.derived('priorities', () => computePriorities(view));

function computePriorities(view: PlayerView): OwnPriorities {
  const values = ownValues(view);
  const ranges = values.map((row) => Math.max(...row) - Math.min(...row));
  const total = ranges.reduce((a, b) => a + b, 0) || 1;
  const weights = ranges.map((r) => r / total);
  let structure = 0;
  let weighed = 0;
  view.issues.forEach((issue, i) => {
    // Only issues with a public structure can follow it: the others do not dilute the measure.
    if (!structured(view, i)) return;
    weighed += weights[i]!;
    let agree = 0;
    let pairs = 0;
    const row = values[i]!;
    for (let a = 0; a < issue.options.length; a++) {
      for (let b = a + 1; b < issue.options.length; b++) {
        const expected = priorValue(view, i, a, view.side) - priorValue(view, i, b, view.side);
        if (expected === 0) continue;
        pairs++;
        if ((row[a]! - row[b]!) * expected > 0) agree++;
      }
    }
    structure += weights[i]! * (pairs > 0 ? agree / pairs : 0.5);
  });
  const open = view.issues.some((_, i) => !structured(view, i));
  if (open && weighed > 0) structure /= weighed;
  return { weights, structure };
}

/**
 * How steadily the offers hold one option of an issue, as a count of offers (for an issue with no
 * public structure): the offers that hold its most frequent option, less what chance would give.
 * An issue a side never moves on is one it cares about (the HardHeaded agent's reading).
 */
function steadiness(offers: readonly Package[], issue: number, options: number): number {
  const m = offers.length;
  if (m === 0) return 0;
  const counts = new Array<number>(options).fill(0);
  for (const pkg of offers) counts[pkg[issue]!]! += 1;
  const most = Math.max(...counts);
  return Math.max(0, (most - m / options) / (1 - 1 / options));
}

/**
 * Learn the other side's priorities. Option values: the public prior, corrected by how often the
 * other side offers each option when its own payoffs show the prior does not hold in this scenario,
 * and lowered for options the other side ruled out in public. Issue weights: mostly its own
 * priorities (what matters to one delegation tends to matter to the other), the rest from how
 * much of its preferred end the other side keeps in its offers.
 */
export function learnFrequency(view: PlayerView, own: OwnSpace): OpponentEstimate {
  const opp = other(view.side);
  const offers = opponentOffers(view);
  const banned = ruledOut(view, opp);
  const mine = ownPriorities(view, own);
  const prior = own.derived('prior', () => priorTable(view, opp));
  const n = view.issues.length;
  const m = offers.length;
  // Arrays of doubles from the start (copies of arrays of doubles), so none changes its kind as it fills.
  const keep = mine.weights.slice();
  let keepTotal = 0;
  for (let i = 0; i < n; i++) {
    const row = prior[i]!;
    let kept = 0;
    if (structured(view, i)) for (let k = 0; k < m; k++) kept += row[offers[k]![i]!]!;
    else kept = steadiness(offers, i, row.length);
    keep[i] = m > 0 ? kept / m : 1;
    keepTotal += keep[i]!;
  }
  keepTotal ||= 1;
  const raw = mine.weights.slice();
  let total = 0;
  for (let i = 0; i < n; i++) {
    raw[i] = OWN_SHARE * mine.weights[i]! + ((1 - OWN_SHARE) * keep[i]!) / keepTotal;
    total += raw[i]!;
  }
  total ||= 1;
  const trust = Math.min(1, Math.max(0, (0.9 - mine.structure) / 0.3));
  const values = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const row = prior[i]!;
    const counts = row.slice();
    // Offers count in full where no public structure says anything.
    const countWeight = structured(view, i) ? trust : 1;
    for (let o = 0; o < row.length; o++) counts[o] = PRIOR_OFFERS * row[o]!;
    if (countWeight > 0) for (let k = 0; k < m; k++) counts[offers[k]![i]!]! += countWeight;
    let max = -Infinity;
    for (const c of counts) if (c > max) max = c;
    max ||= 1;
    for (let o = 0; o < counts.length; o++)
      counts[o] = (counts[o]! / max) * (banned?.has(i * 1024 + o) ? RULED_OUT : 1);
    values[i] = counts;
  }
  const weights = raw;
  for (let i = 0; i < n; i++) weights[i] = raw[i]! / total;
  return { weights, values, offers: m };
}

/** The frequency model as a swappable part. */
export const frequencyModel: OpponentModel = { learn: learnFrequency };

/** A model that learns nothing (every package looks the same to it), for baselines. */
export const blindModel: OpponentModel = {
  learn: (view) => ({
    weights: view.issues.map(() => 0),
    values: view.issues.map((i) => i.options.map(() => 0)),
    offers: 0,
  }),
};

/** Estimated value of a package to the other side, 0–1. */
export function estimateFor(est: OpponentEstimate, pkg: Package): number {
  let s = 0;
  for (let i = 0; i < pkg.length; i++) s += est.weights[i]! * (est.values[i]?.[pkg[i]!] ?? 0);
  return s;
}
