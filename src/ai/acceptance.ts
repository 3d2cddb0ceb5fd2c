// Acceptance: when to take the offer on the table (Baarslag et al., "Acceptance conditions in
// automated negotiation"). AC_next accepts an offer at least as good as what it would propose
// instead; near the deadline it also takes an offer that meets its current aspiration. The
// negotiator itself refuses anything its side would not ratify or that is not better than
// walking away, whatever the strategy says.
import { nextFloat, seedRng } from '../engine';
import type { AcceptanceStrategy, Bid, BiddingStrategy } from './types';

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
