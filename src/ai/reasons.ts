// Reasons as data, built from the computer's own scoring: which of its constituencies or security
// indicators drives a move, and which option (or pair of options, or broken public statement)
// moves that factor most. A reason is a code with ids as parameters (see REASON_CODES); i18n
// puts it into words in the persona's voice. No number from its payoff model is ever a parameter.
import type {
  Cause,
  FactorScore,
  Package,
  PlayerView,
  Reason,
  ReasonCode,
  ReasonParams,
  SideScore,
} from '../engine';

/** The side's own exact scoring (an OwnSpace provides it). */
export interface Scoring {
  readonly score: (pkg: Package) => SideScore;
  /** `score(pkg).score`, cheaper. */
  readonly value: (pkg: Package) => number;
  readonly noDeal: SideScore;
}

/** A reason from its code and parameters. */
export const reason = (code: ReasonCode, params: ReasonParams = {}): Reason => ({ code, params });

/** Each factor's share of the side's score, in factor order (constituencies, then indicators). */
function shares(view: PlayerView): number[] {
  const { constituencies, security, approvalWeight } = view.own;
  const total = (list: readonly { weight: number }[]) => list.reduce((s, f) => s + f.weight, 0) || 1;
  const c = total(constituencies);
  const s = total(security);
  return [
    ...constituencies.map((f) => (approvalWeight * f.weight) / c),
    ...security.map((f) => ((1 - approvalWeight) * f.weight) / s),
  ];
}

const factorsOf = (s: SideScore): FactorScore[] => [...s.constituencies, ...s.security];

/** An issue's and an option's ids as parameters. */
export const optionIds = (view: PlayerView, issue: number, opt: number) => ({
  issue: view.issues[issue]?.id ?? '',
  option: view.issues[issue]?.options[opt]?.id ?? '',
});

/** A cause as parameters: an option, a link (an interaction of the named factor) or a statement. */
function causeParams(view: PlayerView, c: Cause): ReasonParams {
  if (c.kind === 'option') return optionIds(view, c.issue, c.option);
  if (c.kind === 'interaction') return { link: c.index };
  if (c.kind === 'statement') return { statement: c.statement };
  return {};
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
function driver(share: readonly number[], a: SideScore, b: SideScore): number {
  const fb = factorsOf(b);
  let best = -1;
  let gain = 0;
  factorsOf(a).forEach((f, k) => {
    const g = (share[k] ?? 0) * (f.value - (fb[k]?.value ?? 0));
    if (g > gain) [gain, best] = [g, k];
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

/** Factor k's id. */
const factorId = (s: SideScore, k: number) => factorsOf(s)[k]?.id ?? '';

/** What in `a` (over `b`) wins the factor that gains most: a positive option or link of `a`. */
function winner(view: PlayerView, a: SideScore, b: SideScore): ReasonParams | null {
  const k = driver(shares(view), a, b);
  const key = k >= 0 ? keyCause(factorsOf(a)[k]!, factorsOf(b)[k]!) : null;
  if (!key?.inA || (key.cause.kind !== 'option' && key.cause.kind !== 'interaction')) return null;
  return { factor: factorId(a, k), ...causeParams(view, key.cause) };
}

/** Why our package beats theirs, from the factor that gains most. */
export function whyBetter(view: PlayerView, own: Scoring, ours: Package, theirs: Package): Reason | null {
  const [a, b] = [own.score(ours), own.score(theirs)];
  const k = driver(shares(view), a, b);
  const key = k >= 0 ? keyCause(factorsOf(a)[k]!, factorsOf(b)[k]!) : null;
  if (!key) return null;
  const c = key.cause;
  const factor = factorId(a, k);
  if (c.kind === 'option') {
    const i = c.issue;
    if (ours[i] === theirs[i]) return null;
    const ids = (o: number) => view.issues[i]?.options[o]?.id ?? '';
    return reason('need', {
      factor,
      issue: view.issues[i]?.id ?? '',
      ours: ids(ours[i]!),
      theirs: ids(theirs[i]!),
    });
  }
  if (c.kind === 'interaction')
    return reason(key.inA ? 'linkNeeded' : 'linkRefused', { factor, link: c.index });
  if (c.kind === 'statement') return reason('statementBroken', { factor, statement: c.statement });
  return null;
}

/** The single cause that hurts us most (weighted) in a scoring, among factors `only` allows. */
function worstCause(
  share: readonly number[],
  s: SideScore,
  only: (k: number) => boolean = () => true,
): { k: number; c: Cause } | null {
  let worst: { k: number; c: Cause } | null = null;
  let low = 0;
  factorsOf(s).forEach((f, k) => {
    if (!only(k)) return;
    for (const c of f.causes) {
      const w = (share[k] ?? 0) * c.change;
      if (c.kind !== 'noDeal' && w < low) [low, worst] = [w, { k, c }];
    }
  });
  return worst;
}

/** The factor a cause hurts most and the cause, as parameters (empty when nothing hurts). */
function costsMost(view: PlayerView, s: SideScore, only?: (k: number) => boolean): ReasonParams {
  const w = worstCause(shares(view), s, only);
  return w ? { factor: factorId(s, w.k), ...causeParams(view, w.c) } : {};
}

/**
 * Why the other side's offer fails for us: a veto at home, too little support (with what costs
 * most, or else what in our package would win the factor that gains most), or worse than no deal.
 */
export function whyNot(view: PlayerView, own: Scoring, theirs: Package, ours: Package): Reason | null {
  const b = own.score(theirs);
  const veto = b.failures.find((f) => f.kind === 'veto');
  if (veto?.kind === 'veto') {
    const k = factorsOf(b).findIndex((f) => f.id === veto.factor);
    const w = worstCause(shares(view), b, (j) => j === k);
    return reason('veto', { factor: veto.factor, ...(w ? causeParams(view, w.c) : {}) });
  }
  const nc = view.own.constituencies.length;
  if (b.failures.length > 0) {
    const hurt = costsMost(view, b, (k) => k < nc);
    const need = Object.keys(hurt).length > 0 ? null : winner(view, own.score(ours), b);
    return need ? reason('noSupportNeed', need) : reason('noSupport', hurt);
  }
  if (b.score <= view.ownWalkAway) return reason('worseThanNoDeal', costsMost(view, b));
  return null;
}

/** The reason for a first proposal: what in it matters most to us compared with the status quo. */
export function openingReason(view: PlayerView, own: Scoring, ours: Package): Reason {
  const w = winner(view, own.score(ours), own.score(view.issues.map((i) => i.statusQuo)));
  return w ? reason('open', w) : reason('openPlain');
}

/** The reason for accepting a package: what wins over the factor that gains most against no deal. */
export function acceptReason(view: PlayerView, own: Scoring, pkg: Package): Reason {
  const w = winner(view, own.score(pkg), own.noDeal);
  return w ? reason('accept', w) : reason('acceptPlain');
}

/** The reason for walking away when nothing beats it (`timeRanOut`: time pressure took the last deal). */
export function walkAwayReason(timeRanOut: boolean): Reason {
  return reason(timeRanOut ? 'walkAwayTime' : 'walkAwayNothing');
}
