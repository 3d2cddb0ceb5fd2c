// Reasons that answer what just changed, read from the public log and the computer's own scoring:
// the other side moved on one issue and we move on another; an option we refused before is
// offered now, and what made it possible; we hold after a hard-line statement or while the other
// side stands still. proposalReason picks the first true reason in order of interest that is not
// the one it gave last time, so a game's reasons follow the game.
import type { Package, PlayerView, Reason, Side } from '../engine';
import { other } from '../engine';
import { acceptReason, openingReason, optionIds, reason, type Scoring, whyBetter, whyNot } from './reasons';

/** Score differences below this are no change. */
const EPS = 1e-6;

/** The proposals a side made, oldest first. */
function offersBy(view: PlayerView, side: Side): Package[] {
  const out: Package[] = [];
  for (const e of view.log)
    if (e.kind === 'move' && e.move.side === side && e.move.type === 'propose') out.push(e.move.package);
  return out;
}

/** The reason of this side's latest move, if any. */
function lastReason(view: PlayerView): Reason | undefined {
  for (let k = view.log.length - 1; k >= 0; k--) {
    const e = view.log[k]!;
    if (e.kind === 'move' && e.move.side === view.side) return e.move.reason;
  }
  return undefined;
}

const sameReason = (a: Reason | undefined, b: Reason) =>
  a?.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

/** Change in our score from `base` when issue i takes its option in `to`. */
function swapGain(own: Scoring, base: Package, to: Package, i: number): number {
  if (base[i] === to[i]) return 0;
  const moved = [...base];
  moved[i] = to[i]!;
  return own.value(moved) - own.value(base);
}

/** The issue whose change from `base` to `to` gains (sign 1) or costs (sign −1) us most, or -1. */
function mostChanged(own: Scoring, base: Package, to: Package, sign: 1 | -1): number {
  let best = -1;
  let most = EPS;
  to.forEach((_, i) => {
    const g = sign * swapGain(own, base, to, i);
    if (g > most) [most, best] = [g, i];
  });
  return best;
}

/** What we know of the game so far, from our side. */
interface Situation {
  readonly view: PlayerView;
  readonly own: Scoring;
  readonly ours: Package;
  readonly theirs: Package;
  readonly theirOffers: readonly Package[];
  readonly myOffers: readonly Package[];
}

const issueId = (s: Situation, i: number) => s.view.issues[i]?.id ?? '';
const scoreOf = (s: Situation, p: Package) => s.own.value(p);

/** They moved toward us on one issue, and we move on another. */
function reciprocate(s: Situation): Reason | null {
  const prevTheirs = s.theirOffers.at(-2);
  const prevMine = s.myOffers.at(-1);
  if (!prevTheirs || !prevMine || scoreOf(s, s.theirs) <= scoreOf(s, prevTheirs) + EPS) return null;
  const theirIssue = mostChanged(s.own, prevTheirs, s.theirs, 1);
  const ourIssue = mostChanged(s.own, prevMine, s.ours, -1);
  if (theirIssue < 0 || ourIssue < 0) return null;
  return reason('reciprocate', { theirIssue: issueId(s, theirIssue), ourIssue: issueId(s, ourIssue) });
}

/** An option they asked for and we never offered is in our package now; with what made it possible. */
function nowWithin(s: Situation): Reason | null {
  const prevMine = s.myOffers.at(-1);
  if (!prevMine) return null;
  let issue = -1;
  let cost = EPS;
  s.ours.forEach((o, i) => {
    if (o === prevMine[i] || !s.theirOffers.some((p) => p[i] === o)) return;
    if (s.myOffers.some((p) => p[i] === o)) return;
    const c = -swapGain(s.own, prevMine, s.ours, i);
    if (c > cost) [cost, issue] = [c, i];
  });
  if (issue < 0) return null;
  const params = optionIds(s.view, issue, s.ours[issue]!);
  const via = mostChanged(s.own, prevMine, s.ours, 1);
  if (via < 0) return reason('nowWithin', params);
  const v = optionIds(s.view, via, s.ours[via]!);
  return reason('nowWithin', { ...params, viaIssue: v.issue, viaOption: v.option });
}

/** True when our proposal gives nothing on our previous one. */
function holding(s: Situation): boolean {
  const prevMine = s.myOffers.at(-1);
  return prevMine !== undefined && scoreOf(s, s.ours) >= scoreOf(s, prevMine) - EPS;
}

/** We hold after the public statement they made with their offer. */
function hardenStatement(s: Situation): Reason | null {
  const st = s.view.standing?.statement;
  return st && holding(s) ? reason('hardenStatement', { statement: st }) : null;
}

/** We hold while their offers have not improved for us (for how many of their offers in a row). */
function harden(s: Situation): Reason | null {
  const scores = s.theirOffers.map((p) => scoreOf(s, p));
  let still = 0;
  for (let k = scores.length - 1; k > 0 && scores[k]! <= scores[k - 1]! + EPS; k--) still++;
  return still > 0 && holding(s) ? reason('harden', { offers: still }) : null;
}

/** We take up their option on an issue. */
function movedToward(s: Situation): Reason | null {
  const prevMine = s.myOffers.at(-1);
  if (!prevMine) return null;
  const i = s.ours.findIndex((o, k) => o !== prevMine[k] && o === s.theirs[k]);
  return i < 0 ? null : reason('movedToward', { issue: issueId(s, i) });
}

/** Our offer is the one we made before. */
function hold(s: Situation): Reason | null {
  const prevMine = s.myOffers.at(-1);
  return prevMine?.every((o, i) => o === s.ours[i]) ? reason('hold') : null;
}

/** The public reason for proposing `ours`: see the file comment. */
export function proposalReason(view: PlayerView, own: Scoring, ours: Package): Reason {
  const opp = other(view.side);
  if (view.standing?.by !== opp) return openingReason(view, own, ours);
  const s: Situation = {
    view,
    own,
    ours,
    theirs: view.standing.package,
    theirOffers: offersBy(view, opp),
    myOffers: offersBy(view, view.side),
  };
  const said = lastReason(view);
  let first: Reason | null = null;
  for (const make of [
    reciprocate,
    nowWithin,
    hardenStatement,
    harden,
    () => whyNot(view, own, s.theirs, ours),
    () => whyBetter(view, own, ours, s.theirs),
    movedToward,
    hold,
  ]) {
    const r = make(s);
    if (!r) continue;
    if (!sameReason(said, r)) return r;
    first ??= r;
  }
  return first ?? reason('supportable');
}

/** The public reason for accepting the standing offer: how they came our way, or what it wins. */
export function acceptingReason(view: PlayerView, own: Scoring): Reason {
  const theirs = offersBy(view, other(view.side));
  const [prev, last] = [theirs.at(-2), theirs.at(-1)];
  if (prev && last && own.value(last) > own.value(prev) + EPS) {
    const i = mostChanged(own, prev, last, 1);
    if (i >= 0) return reason('acceptMoved', { issue: view.issues[i]?.id ?? '' });
  }
  return acceptReason(view, own, view.standing?.package ?? []);
}
