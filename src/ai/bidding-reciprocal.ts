// Reciprocal bidding, as the personas bargain: part of its concession comes with time (the
// Boulware/Conceder curve of timeDependent), the rest only in answer to the other side's
// (relative tit-for-tat). With c(t) = (1 − floor)·t^(1/e) its time curve and m its matching
// share, it has given (as shares of the way from walk-away to its best package)
//   (1 − m)·c(t) + m·min(c(t), their concession),
// so against a side that keeps pace it concedes as its time curve says, while a side that never
// moves gets only the time-driven part. To a side that stonewalls it announces a final offer
// (from its temper's `finalFrom` on, or with the last proposal the other side can still
// answer): what it would concede by the deadline if that side stays put. Once announced, it
// proposes nothing else for the rest of the game, though it still takes an offer that meets
// its aspiration (which a move by the other side may lower).
import { type ConcessionParams, bidNear, MARGIN, netBest } from './bidding';
import {
  finalOffer,
  lastAnswerable,
  readOther,
  STONEWALLING,
  stubbornness,
  type Temper,
} from './reciprocity';
import type { Bid, BiddingStrategy, DecisionContext } from './types';

/** Parameters of reciprocal bidding: a persona's concession, floor (drawn for this game) and temper. */
export interface ReciprocalParams extends ConcessionParams {
  readonly temper: Temper;
}

/** Reciprocal bidding also tells its acceptance strategy how stubborn the other side has been. */
export interface ReciprocalBidding extends BiddingStrategy {
  readonly floor: (ctx: DecisionContext) => number | null;
  /** 0–1: how much of its own time-driven concession the other side has failed to match. */
  readonly stubbornness: (ctx: DecisionContext) => number;
}

/** Where its concession stands at time t: the time-driven part, the other side's concession and the total (shares of its range). */
function stance(ctx: DecisionContext, p: ReciprocalParams, t = ctx.t) {
  const curve = (1 - Math.min(1, Math.max(0, p.floor))) * t ** (1 / p.concession);
  const m = p.temper.matching;
  const conceded = readOther(ctx).conceded;
  return { unilateral: (1 - m) * curve, conceded, total: (1 - m) * curve + m * Math.min(curve, conceded) };
}

/** Time-driven plus matching concession, with final offers; see the file comment. */
export function reciprocalBidding(p: ReciprocalParams): ReciprocalBidding {
  /** Net score (after time pressure) `share` of the way from walk-away to its best package. */
  const level = (ctx: DecisionContext, share: number): number | null => {
    const best = netBest(ctx);
    const wa = ctx.space.walkAway;
    return best === null ? null : Math.max(wa + MARGIN, wa + (best - wa) * share);
  };
  const floor = (ctx: DecisionContext) => level(ctx, Math.min(1, Math.max(0, p.floor)));
  /** Its announced final offer, while that still beats its floor (events may change its payoffs). */
  const standingFinal = (ctx: DecisionContext): Bid | null =>
    ctx.once(standingFinal, () => {
      const pkg = finalOffer(ctx);
      const low = floor(ctx);
      if (!pkg || low === null) return null;
      const s = ctx.space.quick(pkg);
      return s.ratified && s.score - ctx.proposeCost >= low
        ? { package: pkg, score: s.score, final: true }
        : null;
    });
  /** Its aspiration now; after a final offer, no higher than that offer (worked out once per decision). */
  const target = (ctx: DecisionContext): number | null =>
    ctx.once(target, () => {
      const live = level(ctx, 1 - stance(ctx, p).total);
      const fin = standingFinal(ctx);
      return fin && live !== null ? Math.min(live, fin.score - ctx.proposeCost) : live;
    });
  const stubborn = (ctx: DecisionContext) => {
    const s = stance(ctx, p);
    return stubbornness(s.conceded, s.unilateral);
  };
  return {
    target,
    floor,
    stubbornness: stubborn,
    bid: (ctx) => {
      const fin = standingFinal(ctx);
      if (fin) return fin;
      const late = ctx.t >= p.temper.finalFrom || lastAnswerable(ctx.view);
      if (late && stubborn(ctx) >= STONEWALLING) {
        // The final offer: what it would concede by the deadline if the other side stays put.
        const goal = level(ctx, 1 - stance(ctx, p, 1).total);
        const bid = goal === null ? null : bidNear(ctx, goal, p);
        return bid && { ...bid, final: true };
      }
      const goal = target(ctx);
      return goal === null ? null : bidNear(ctx, goal, p);
    },
  };
}
