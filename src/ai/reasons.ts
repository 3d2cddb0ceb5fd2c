// Reasons in plain words, built from the computer's own scoring: which of its constituencies or
// security indicators drives a move, and which option (or pair of options, or broken public
// statement) moves that factor most. Only public labels and its own factors' names appear,
// never a number from its payoff model.
import type { Cause, FactorScore, Package, PlayerView, SideScore } from '../engine';
import { textIn } from '../engine';

/** The side's own exact scoring (an OwnSpace provides it). */
export interface Scoring {
  readonly score: (pkg: Package) => SideScore;
  readonly noDeal: SideScore;
}

const en = textIn;

/** Each factor's name and share of the side's score, in factor order (constituencies, then indicators). */
type Info = readonly { readonly name: string; readonly share: number }[];

const totalWeight = (list: readonly { weight: number }[]) => list.reduce((s, f) => s + f.weight, 0) || 1;

/** Factor k's name and its share of the side's score (weight within its kind times the kind's share). */
function factorInfo(view: PlayerView): Info {
  const { constituencies, security, approvalWeight } = view.own;
  const c = totalWeight(constituencies);
  const s = totalWeight(security);
  return [
    ...constituencies.map((f) => ({ name: en(f.name), share: (approvalWeight * f.weight) / c })),
    ...security.map((f) => ({ name: en(f.name), share: ((1 - approvalWeight) * f.weight) / s })),
  ];
}

const factorsOf = (s: SideScore): FactorScore[] => [...s.constituencies, ...s.security];

const option = (view: PlayerView, issue: number, opt: number) =>
  `${en(view.issues[issue]?.options[opt]?.label)} on ${en(view.issues[issue]?.name)}`;

function interactionText(view: PlayerView, factor: number, index: number): string {
  const f =
    factor < view.own.constituencies.length
      ? view.own.constituencies[factor]
      : view.own.security[factor - view.own.constituencies.length];
  const x = f?.interactions[index];
  return x
    ? `${option(view, x.a[0], x.a[1])} together with ${option(view, x.b[0], x.b[1])}`
    : 'this combination';
}

const causeKey = (c: Cause) =>
  c.kind === 'option'
    ? `o${c.issue}:${c.option}`
    : c.kind === 'interaction'
      ? `x${c.index}`
      : c.kind === 'statement'
        ? `s${c.statement}`
        : 'n';

/** The factor that gains most (weighted) in `a` compared with `b`, or -1. */
function driver(info: Info, a: SideScore, b: SideScore): number {
  const fa = factorsOf(a);
  const fb = factorsOf(b);
  let best = -1;
  let gain = 0;
  fa.forEach((f, k) => {
    const g = (info[k]?.share ?? 0) * (f.value - (fb[k]?.value ?? 0));
    if (g > gain) {
      gain = g;
      best = k;
    }
  });
  return best;
}

/** The cause that most favours `a` over `b` for factor k (a cause of `a`, or one of `b` it avoids). */
function keyCause(a: FactorScore, b: FactorScore): { cause: Cause; inA: boolean } | null {
  const inB = new Map(b.causes.map((c) => [causeKey(c), c.change]));
  const inA = new Map(a.causes.map((c) => [causeKey(c), c.change]));
  let found: { cause: Cause; inA: boolean } | null = null;
  let best = 0;
  for (const c of a.causes) {
    const d = c.change - (inB.get(causeKey(c)) ?? 0);
    if (d > best && c.kind !== 'noDeal') [best, found] = [d, { cause: c, inA: true }];
  }
  for (const c of b.causes) {
    const d = (inA.get(causeKey(c)) ?? 0) - c.change;
    if (d > best && c.kind !== 'noDeal') [best, found] = [d, { cause: c, inA: false }];
  }
  return found;
}

function statementText(view: PlayerView, id: string): string {
  return en(view.statementOptions.find((s) => s.id === id)?.text);
}

/** Why our package beats theirs, from the factor that gains most. */
function whyBetter(
  view: PlayerView,
  info: Info,
  ours: Package,
  theirs: Package,
  a: SideScore,
  b: SideScore,
): string | null {
  const k = driver(info, a, b);
  const fa = factorsOf(a)[k];
  const fb = factorsOf(b)[k];
  if (k < 0 || !fa || !fb) return null;
  const name = info[k]!.name;
  const key = keyCause(fa, fb);
  if (!key) return null;
  const c = key.cause;
  if (c.kind === 'option') {
    const i = c.issue;
    if (ours[i] === theirs[i]) return null;
    const mine = en(view.issues[i]?.options[ours[i]!]?.label);
    const yours = en(view.issues[i]?.options[theirs[i]!]?.label);
    return `On ${en(view.issues[i]?.name)}, we need ${mine} rather than ${yours} to keep ${name} on board.`;
  }
  if (c.kind === 'interaction') {
    const pair = interactionText(view, k, c.index);
    return key.inA
      ? `We can only offer ${pair}: that link is what keeps ${name} on board.`
      : `We cannot agree to ${pair}: ${name} would not stand for it.`;
  }
  if (c.kind === 'statement')
    return `Your offer breaks what we said in public ("${statementText(view, c.statement)}"); ${name} would not forgive it.`;
  return null;
}

/** The single cause that hurts us most (weighted) in a scoring, among factors `only` allows. */
function worstCause(
  info: Info,
  s: SideScore,
  only: (k: number) => boolean = () => true,
): { k: number; c: Cause } | null {
  let worst: { k: number; c: Cause } | null = null;
  let low = 0;
  factorsOf(s).forEach((f, k) => {
    if (!only(k)) return;
    for (const c of f.causes) {
      const w = (info[k]?.share ?? 0) * c.change;
      if (c.kind !== 'noDeal' && w < low) [low, worst] = [w, { k, c }];
    }
  });
  return worst;
}

/** What a cause is, in words ('Full suspension on Affiliates rule'). */
function causeText(view: PlayerView, k: number, c: Cause): string {
  if (c.kind === 'option') return option(view, c.issue, c.option);
  if (c.kind === 'interaction') return interactionText(view, k, c.index);
  if (c.kind === 'statement')
    return `breaking what we said in public ("${statementText(view, c.statement)}")`;
  return 'no deal';
}

/** "X costs us most with Y", for the cause that hurts most. */
function costsMost(view: PlayerView, info: Info, s: SideScore, only?: (k: number) => boolean): string {
  const w = worstCause(info, s, only);
  return w ? `${causeText(view, w.k, w.c)} costs us most with ${info[w.k]!.name}` : 'it asks too much of us';
}

/** Why the other side's offer fails for us: ratification at home, or worse than no deal. */
function whyNot(view: PlayerView, info: Info, b: SideScore): string | null {
  const veto = b.failures.find((f) => f.kind === 'veto');
  if (veto?.kind === 'veto') {
    const k = factorsOf(b).findIndex((f) => f.id === veto.factor);
    const w = worstCause(info, b, (j) => j === k);
    const name = info[k]?.name ?? 'One of our constituencies';
    return `${name} would veto your offer at home${w ? `: ${causeText(view, k, w.c)} goes too far for them` : ''}.`;
  }
  const nc = view.own.constituencies.length;
  if (b.failures.length > 0)
    return `Your offer could not win enough support at home; ${costsMost(view, info, b, (k) => k < nc)}.`;
  if (b.score <= view.ownWalkAway)
    return `Your offer leaves us worse off than no deal; ${costsMost(view, info, b)}.`;
  return null;
}

/** The public reason for proposing `ours` (after the other side's offer `theirs`, if any). */
export function proposalReason(
  view: PlayerView,
  own: Scoring,
  ours: Package,
  theirs: Package | null,
  previous: Package | null,
): string {
  const info = factorInfo(view);
  const a = own.score(ours);
  if (!theirs) {
    const sq = own.score(view.issues.map((i) => i.statusQuo));
    const k = driver(info, a, sq);
    const key = k >= 0 ? keyCause(factorsOf(a)[k]!, factorsOf(sq)[k]!) : null;
    if (key?.inA && (key.cause.kind === 'option' || key.cause.kind === 'interaction')) {
      return `We start from ${causeText(view, k, key.cause)}: for ${info[k]!.name}, nothing in it matters more.`;
    }
    return 'This is a package our side can support at home.';
  }
  const b = own.score(theirs);
  const moved = previous ? ours.findIndex((o, i) => o !== previous[i] && o === theirs[i]) : -1;
  const prefix = moved >= 0 ? `We move toward you on ${en(view.issues[moved]?.name)}. ` : '';
  const main =
    whyNot(view, info, b) ??
    whyBetter(view, info, ours, theirs, a, b) ??
    'This is a package our side can support at home.';
  return prefix + main;
}

/** The public reason for accepting a package. */
export function acceptReason(view: PlayerView, own: Scoring, pkg: Package): string {
  const info = factorInfo(view);
  const a = own.score(pkg);
  const none = own.noDeal;
  const k = driver(info, a, none);
  const key = k >= 0 ? keyCause(factorsOf(a)[k]!, factorsOf(none)[k]!) : null;
  if (key?.inA && (key.cause.kind === 'option' || key.cause.kind === 'interaction')) {
    return `We accept: ${causeText(view, k, key.cause)} wins over ${info[k]!.name}, and our side can ratify this deal.`;
  }
  return 'We accept: this deal is better for our side than no deal, and it can pass at home.';
}

/** The public reason for walking away. */
export function walkAwayReason(timeRanOut: boolean): string {
  return timeRanOut
    ? 'Time has run out: no deal left would leave our side better off than walking away.'
    : 'Nothing our side could ratify at home would leave us better off than walking away.';
}

// Final offers and walking out. Kept together so that the texts (and how a final offer is found
// again in the log) change in one place when reasons become codes.
const FINAL_OFFER = 'This is our final offer.';

/** A proposal's reason, marked as its final offer. */
export function finalOfferReason(reason: string): string {
  return `${FINAL_OFFER} ${reason}`;
}

/** True when a move's reason marks it as a final offer. */
export function isFinalOfferReason(reason: string | undefined): boolean {
  return reason?.startsWith(FINAL_OFFER) ?? false;
}

/** The public reason for walking out on a side that did not answer its final offer. */
export function walkOutReason(): string {
  return 'Your latest offer does not move toward us, and our final offer stands: we are leaving the table.';
}

/** The stubborn baseline's reason for proposing its one package again. */
export function stubbornHoldReason(): string {
  return 'Our offer stands: this is the deal we came for.';
}

/** The stubborn baseline's reason for accepting its own package. */
export function stubbornAcceptReason(): string {
  return 'We accept: this is the deal we asked for.';
}
