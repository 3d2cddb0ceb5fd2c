// The computer negotiator's parts, as in the negotiation-agent literature (GENIUS/ANAC, NegMAS):
// a bidding strategy, an acceptance strategy and an opponent model, each small and swappable.
// Every part sees only what the negotiator derived from its PlayerView: no Model, no GameState.
import type { Cache, Move, Package, PlayerView, Tone } from '../engine';
import type { OpponentEstimate, OpponentModel } from './opponent';
import type { OwnSpace } from './space';

/** Everything a part may use for one decision, all derived from the player view. */
export interface DecisionContext {
  readonly view: PlayerView;
  readonly space: OwnSpace;
  /** Time 0–1: 0 at the first round, 1 at the last. */
  readonly t: number;
  /** Score points a deal on a proposal made now would lose to time pressure (when the other side answers). */
  readonly proposeCost: number;
  /** Score points a deal accepted now loses to time pressure. */
  readonly acceptCost: number;
  /** True when this is the last move of the game: a proposal now can no longer be answered. */
  readonly lastMove: boolean;
  /** True when this is the side's last turn (its last chance to accept). */
  readonly lastTurn: boolean;
  readonly opponent: OpponentEstimate;
  /**
   * A value worked out once per decision context (a context at another t starts afresh); the key
   * is any value, e.g. the function that computes it (unique to a strategy made with its own
   * parameters).
   */
  readonly once: <T>(key: unknown, build: () => T) => T;
}

/** A package the negotiator would propose, with its own gross score (before time pressure). */
export interface Bid {
  readonly package: Package;
  readonly score: number;
  /** True when it announces this proposal as its final offer (the move is marked `final`). */
  readonly final?: boolean;
}

/** Chooses what to propose; null when nothing it could propose beats walking away. */
export interface BiddingStrategy {
  readonly bid: (ctx: DecisionContext) => Bid | null;
  /** Its current aspiration: the net score (after time pressure) it aims for now; null when no deal can beat walking away. */
  readonly target: (ctx: DecisionContext) => number | null;
  /** The lowest net score it would ever settle for in this game; absent: its target at t = 1. */
  readonly floor?: (ctx: DecisionContext) => number | null;
}

/** Decides whether to accept the standing offer, given what it would propose instead. */
export interface AcceptanceStrategy {
  readonly accept: (ctx: DecisionContext, offer: Bid, next: Bid | null) => boolean;
  /** Whether to walk out instead of proposing (GENIUS's "break off"); `offer` is the other side's standing offer. */
  readonly breakOff?: (ctx: DecisionContext, offer: Bid | null, next: Bid | null) => boolean;
}

/** How a negotiator is asked for its move. */
export interface DecideOptions {
  /**
   * Whether the move carries its reason (default true). A run that shows no reasons (a batch of
   * games for statistics) asks for none: the reasons never change a move, and they cost a
   * fifth of a game's time.
   */
  readonly explain?: boolean;
}

/** A computer negotiator: a move (with its reason) from a player view, nothing else. */
export interface Negotiator {
  readonly id: string;
  /**
   * Its move on its turn; null when it is not its turn or the game is over. The cache (owned by
   * whoever runs the game) keeps its package spaces between moves; it never changes the move.
   */
  readonly decide: (view: PlayerView, cache: Cache, options?: DecideOptions) => Move | null;
}

/** The parts a negotiator is made of. */
export interface NegotiatorParts {
  readonly id: string;
  readonly bidding: BiddingStrategy;
  readonly acceptance: AcceptanceStrategy;
  readonly opponent: OpponentModel;
  /** Whether it makes public statements that tie its hands where it will not move anyway. */
  readonly statements: boolean;
  /** The voice its reasons are said in. */
  readonly tone: Tone;
}
