// Acceptance: when to take the offer on the table (Baarslag et al., "Acceptance conditions in
// automated negotiation"). AC_next accepts an offer at least as good as what it would propose
// instead; near the deadline it also takes an offer that meets its current aspiration. The
// negotiator itself refuses anything its side would not ratify or that is not better than
// walking away, whatever the strategy says.
import { nextFloat, seedRng } from '../engine';
import { MARGIN } from './bidding';
import type { ReciprocalBidding } from './bidding-reciprocal';
import { finalOffer, readOther, type Temper, turnDraw } from './reciprocity';
import type { AcceptanceStrategy, Bid, BiddingStrategy, DecisionContext } from './types';

/** A bid's score after the time pressure of a deal on it. */
const net = (b: Bid, cost: number) => b.score - cost;

/** AC_next: accept when the offer is at least as good as its next proposal. */
export const acNext: AcceptanceStrategy = {
  accept: (ctx, offer, next) => next === null || net(offer, ctx.acceptCost) >= net(next, ctx.proposeCost),
};

/**
 * AC_next; or (from time `from` on) an offer that meets the bidding strategy's current
 * aspiration; or, on the last move of the game, any offer better than walking away (the
 * negotiator has already checked that), since a proposal then could not be answered.
 */
export function acCombi(bidding: BiddingStrategy, from = 0.85): AcceptanceStrategy {
  return {
    accept: (ctx, offer, next) => {
      if (ctx.lastMove || acNext.accept(ctx, offer, next)) return true;
      const target = bidding.target(ctx);
      return ctx.t >= from && target !== null && net(offer, ctx.acceptCost) >= target;
    },
  };
}

/** Accept every offer better than walking away (the always-concede baseline). */
export const acAny: AcceptanceStrategy = { accept: () => true };

/** Accept only an offer as good as its best package (the never-concede baseline). */
export const acBest: AcceptanceStrategy = {
  accept: (ctx, offer) => net(offer, ctx.acceptCost) >= ctx.space.best - ctx.proposeCost,
};

/** Accept at random, half the time, and always on its last turn (the random baseline). */
export function acRandom(seed: number): AcceptanceStrategy {
  return {
    accept: (ctx) => ctx.lastTurn || nextFloat(seedRng(seed * 104729 + ctx.view.log.length))[0] < 0.5,
  };
}

/**
 * The personas' acceptance: AC_next; from `closeFrom` on, an offer within `closeGap` of its
 * aspiration (a dealmaker closes sooner and with a wider gap; no gap once it has made a final
 * offer, though its aspiration may still fall if the other side moves). On the last move,
 * unless it has made a final offer (which stands), an offer better than walking away by the
 * other side's stubbornness times its floor: a side that has matched its steps gets any deal
 * better than none, one that never moved must reach its floor. After its final offer it may walk
 * out on a side whose latest offer did not move toward it, the more likely the more stubborn
 * that side has been and the less its offer beats walking away.
 */
export function acReciprocal(bidding: ReciprocalBidding, temper: Temper, seed: number): AcceptanceStrategy {
  const span = (ctx: DecisionContext) => Math.max(MARGIN, ctx.space.best - ctx.space.walkAway);
  return {
    accept: (ctx, offer, next) => {
      if (acNext.accept(ctx, offer, next)) return true;
      const value = net(offer, ctx.acceptCost);
      const target = bidding.target(ctx);
      const floor = bidding.floor(ctx);
      if (target === null || floor === null) return false;
      // After a final offer it no longer splits the difference: only its aspiration will do.
      const final = finalOffer(ctx) !== null;
      const gap = final ? 0 : temper.closeGap * span(ctx);
      if (value >= target - gap && (ctx.t >= temper.closeFrom || ctx.lastMove)) return true;
      if (!ctx.lastMove || final) return false;
      const wa = ctx.space.walkAway;
      return value > wa + bidding.stubbornness(ctx) * (floor - wa);
    },
    breakOff: (ctx, offer) => {
      if (ctx.lastMove || !finalOffer(ctx) || readOther(ctx).lastStep > MARGIN) return false;
      const gain = offer ? (net(offer, ctx.acceptCost) - ctx.space.walkAway) / span(ctx) : 0;
      const chance = temper.walkOut * bidding.stubbornness(ctx) * (1 - Math.min(1, Math.max(0, gain)));
      return turnDraw(seed, ctx.view) < chance;
    },
  };
}
