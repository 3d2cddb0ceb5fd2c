// A negotiator assembled from parts: it derives a decision context from its player view, asks
// its bidding strategy what it would propose, its acceptance strategy whether to take the
// offer on the table, and explains the move. Whatever the parts say, it never accepts or
// proposes a package its side would not ratify or that is not better than walking away.
import type { Cache, Move, Package, PlayerView, Side } from '../engine';
import { breaksStatement, other } from '../engine';
import { MARGIN } from './bidding';
import { ownOffers } from './opponent';
import { acceptReason, finalOfferReason, proposalReason, walkAwayReason, walkOutReason } from './reasons';
import { countAtLeast, ownSpace } from './space';
import type { Bid, DecisionContext, Negotiator, NegotiatorParts } from './types';

/** The decision context for a view (time, time pressure, own space, opponent estimate). */
export function contextOf(
  view: PlayerView,
  parts: Pick<NegotiatorParts, 'opponent'>,
  cache: Cache,
): DecisionContext {
  const { rounds, firstMover } = view.rules;
  const first = view.side === firstMover;
  const answerRound = first ? view.round : view.round + 1;
  const cost = view.own.costPerRound;
  const space = ownSpace(view, cache);
  return {
    view,
    space,
    t: rounds > 1 ? Math.min(1, (view.round - 1) / (rounds - 1)) : 1,
    proposeCost: cost * Math.max(0, answerRound - 1),
    acceptCost: cost * Math.max(0, view.round - 1),
    lastMove: answerRound > rounds,
    lastTurn: view.round >= rounds,
    opponent: parts.opponent.learn(view, space),
  };
}

/** True when the engine's own scoring says the package is ratified and beats walking away after `cost`. */
function worthIt(ctx: DecisionContext, pkg: Package, cost: number): boolean {
  const s = ctx.space.score(pkg);
  return s.ratified && s.score - cost > ctx.view.ownWalkAway + MARGIN;
}

/** Statements are only considered when the packages it would settle for are at most this many. */
const MAX_CHECKED = 5000;

/**
 * A statement to make with this proposal: one of its own not yet made that no package it would
 * still settle for (down to its floor) breaks, so tying its hands costs it nothing.
 */
function statementToMake(ctx: DecisionContext, parts: NegotiatorParts): string | undefined {
  const { view, space } = ctx;
  if (!parts.statements || view.statementsMade[view.side].length > 0) return undefined;
  const floor = parts.bidding.floor ? parts.bidding.floor(ctx) : parts.bidding.target({ ...ctx, t: 1 });
  if (floor === null) return undefined;
  const n = countAtLeast(space, floor + ctx.proposeCost);
  const keeping = (): string | null => {
    if (n <= 0 || n > MAX_CHECKED) return null;
    const own = view.statementOptions.filter((s) => s.side === view.side && s.costs !== undefined);
    const keeps = (st: (typeof own)[number]) => {
      for (let k = 0; k < n; k++)
        if (breaksStatement({ ...st, costs: [] }, space.packageAt(space.candidates[k]!))) return false;
      return true;
    };
    return own.find(keeps)?.id ?? null;
  };
  return space.derived(`keeps|${n}`, keeping) ?? undefined;
}

function propose(ctx: DecisionContext, parts: NegotiatorParts, bid: Bid, side: Side): Move {
  const { view } = ctx;
  const theirs = view.standing && view.standing.by !== side ? view.standing.package : null;
  const statement = statementToMake(ctx, parts);
  const why = proposalReason(view, ctx.space, bid.package, theirs, ownOffers(view).at(-1) ?? null);
  const reason = bid.final ? finalOfferReason(why) : why;
  return { type: 'propose', side, package: [...bid.package], ...(statement ? { statement } : {}), reason };
}

/** Best candidate that exact engine scoring confirms (guards the table against rounding). */
function confirmed(ctx: DecisionContext, bid: Bid | null): Bid | null {
  if (!bid || worthIt(ctx, bid.package, ctx.proposeCost)) return bid;
  const { space } = ctx;
  for (let k = 0; k < Math.min(space.candidates.length, 64); k++) {
    const pkg = space.packageAt(space.candidates[k]!);
    if (worthIt(ctx, pkg, ctx.proposeCost)) return { package: pkg, score: space.scores[k]! };
  }
  return null;
}

/** Build a negotiator from its parts. `decide` returns null when it is not its turn or the game is over. */
export function createNegotiator(parts: NegotiatorParts): Negotiator {
  return {
    id: parts.id,
    decide: (view, cache) => {
      if (view.outcome || view.turn !== view.side) return null;
      const side = view.side;
      const ctx = contextOf(view, parts, cache);
      const next = confirmed(ctx, parts.bidding.bid(ctx));
      const standing = view.standing && view.standing.by === other(side) ? view.standing : null;
      const offer: Bid | null = standing
        ? { package: standing.package, score: ctx.space.score(standing.package).score }
        : null;
      if (offer && worthIt(ctx, offer.package, ctx.acceptCost) && parts.acceptance.accept(ctx, offer, next))
        return { type: 'accept', side, reason: acceptReason(view, ctx.space, offer.package) };
      if (next && parts.acceptance.breakOff?.(ctx, offer, next))
        return { type: 'walkAway', side, reason: walkOutReason() };
      if (!next) return { type: 'walkAway', side, reason: walkAwayReason(ctx.space.candidates.length > 0) };
      return propose(ctx, parts, next, side);
    },
  };
}
