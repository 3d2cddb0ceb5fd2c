// A negotiator assembled from parts: it derives a decision context from its player view, asks
// its bidding strategy what it would propose, its acceptance strategy whether to take the
// offer on the table, and explains the move. Whatever the parts say, it never accepts or
// proposes a package its side would not ratify or that is not better than walking away.
import type { Cache, Move, Package, PlayerView, Reason, Side } from '../engine';
import { other } from '../engine';
import { MARGIN } from './bidding';
import type { OpponentEstimate } from './opponent';
import { reason, walkAwayReason } from './reasons';
import { acceptingReason, proposalReason } from './reasons-change';
import { countAtLeast, type LastSpace, noSpaceYet, type OwnSpace, ownSpace, statementKept } from './space';
import type { Bid, DecisionContext, Negotiator, NegotiatorParts } from './types';

/** A decision context whose opponent estimate is learnt only when a part first asks for it. */
class Context implements DecisionContext {
  private estimate: OpponentEstimate | null = null;
  private kept: Map<unknown, unknown> | null = null;
  constructor(
    readonly view: PlayerView,
    readonly space: OwnSpace,
    readonly t: number,
    readonly proposeCost: number,
    readonly acceptCost: number,
    readonly lastMove: boolean,
    readonly lastTurn: boolean,
    private readonly model: Pick<NegotiatorParts, 'opponent'>['opponent'],
  ) {}

  get opponent(): OpponentEstimate {
    this.estimate ??= this.model.learn(this.view, this.space);
    return this.estimate;
  }

  once<T>(key: unknown, build: () => T): T {
    this.kept ??= new Map();
    if (!this.kept.has(key)) this.kept.set(key, build());
    return this.kept.get(key) as T;
  }

  /** The same context at another time t (sharing what it has learnt). */
  at(t: number): Context {
    const c = new Context(
      this.view,
      this.space,
      t,
      this.proposeCost,
      this.acceptCost,
      this.lastMove,
      this.lastTurn,
      this.model,
    );
    c.estimate = this.estimate;
    return c;
  }
}

/** The decision context for a view (time, time pressure, own space, opponent estimate). */
export function contextOf(
  view: PlayerView,
  parts: Pick<NegotiatorParts, 'opponent'>,
  cache: Cache,
  last?: LastSpace,
): Context {
  const { rounds, firstMover } = view.rules;
  const first = view.side === firstMover;
  const answerRound = first ? view.round : view.round + 1;
  const cost = view.own.costPerRound;
  return new Context(
    view,
    ownSpace(view, cache, last),
    rounds > 1 ? Math.min(1, (view.round - 1) / (rounds - 1)) : 1,
    cost * Math.max(0, answerRound - 1),
    cost * Math.max(0, view.round - 1),
    answerRound > rounds,
    view.round >= rounds,
    parts.opponent,
  );
}

/** True when the engine's own scoring says the package is ratified and beats walking away after `cost`. */
function worthIt(ctx: DecisionContext, pkg: Package, cost: number): boolean {
  const s = ctx.space.quick(pkg);
  return s.ratified && s.score - cost > ctx.view.ownWalkAway + MARGIN;
}

/**
 * A statement to make with this proposal: one of its own not yet made that no package it would
 * still settle for (down to its floor) breaks, so tying its hands costs it nothing.
 */
function statementToMake(ctx: Context, parts: NegotiatorParts): string | undefined {
  const { view, space } = ctx;
  if (!parts.statements || view.statementsMade[view.side].length > 0) return undefined;
  const floor = parts.bidding.floor ? parts.bidding.floor(ctx) : parts.bidding.target(ctx.at(1));
  if (floor === null) return undefined;
  const n = countAtLeast(space, floor + ctx.proposeCost);
  return statementKept(view, space, n) ?? undefined;
}

/** A move's reason in the negotiator's voice, when it is asked to explain (else nothing is worked out). */
const because = (explain: boolean, parts: NegotiatorParts, why: () => Reason): { reason?: Reason } => {
  if (!explain) return {};
  const r = why();
  return { reason: { code: r.code, params: { ...r.params, tone: parts.tone } } };
};

function propose(ctx: Context, parts: NegotiatorParts, bid: Bid, side: Side, explain: boolean): Move {
  const statement = statementToMake(ctx, parts);
  return {
    type: 'propose',
    side,
    package: [...bid.package],
    ...(statement ? { statement } : {}),
    ...(bid.final ? { final: true } : {}),
    ...because(explain, parts, () => proposalReason(ctx.view, ctx.space, bid.package)),
  };
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
  const last = noSpaceYet();
  return {
    id: parts.id,
    decide: (view, cache, options) => {
      if (view.outcome || view.turn !== view.side) return null;
      const explain = options?.explain ?? true;
      const side = view.side;
      const ctx = contextOf(view, parts, cache, last);
      const next = confirmed(ctx, parts.bidding.bid(ctx));
      const standing = view.standing && view.standing.by === other(side) ? view.standing : null;
      const offer: Bid | null = standing
        ? { package: standing.package, score: ctx.space.value(standing.package) }
        : null;
      if (offer && worthIt(ctx, offer.package, ctx.acceptCost) && parts.acceptance.accept(ctx, offer, next))
        return { type: 'accept', side, ...because(explain, parts, () => acceptingReason(view, ctx.space)) };
      if (next && parts.acceptance.breakOff?.(ctx, offer, next))
        return { type: 'walkAway', side, ...because(explain, parts, () => reason('walkOut')) };
      if (!next)
        return {
          type: 'walkAway',
          side,
          ...because(explain, parts, () => walkAwayReason(ctx.space.candidates.length > 0)),
        };
      return propose(ctx, parts, next, side, explain);
    },
  };
}
