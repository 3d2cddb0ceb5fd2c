// The negotiation's vocabulary: moves, state, outcomes and the one door for secrets (PlayerView).
// The reducer in protocol.ts is the only way a GameState changes.
import type { BySide, Issue, Model, Package, PartyModel, Side, Statement, Text } from './model';
import type { RngState } from './rng';
import type { RatificationFailure, SideScore } from './score';

export const MOVE_TYPES = ['propose', 'accept', 'walkAway'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

/** What a reason can say; i18n puts each into words (see docs/negotiator.md, "Reasons"). */
export const REASON_CODES = [
  'open',
  'openPlain',
  'veto',
  'noSupport',
  'noSupportNeed',
  'worseThanNoDeal',
  'need',
  'linkNeeded',
  'linkRefused',
  'statementBroken',
  'supportable',
  'reciprocate',
  'movedToward',
  'nowWithin',
  'harden',
  'hardenStatement',
  'hold',
  'accept',
  'acceptMoved',
  'acceptPlain',
  'walkAwayNothing',
  'walkAwayTime',
  'walkOut',
  'stand',
  'standAccept',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The voice a reason is said in: a hard-liner's, a pragmatist's or a dealmaker's. */
export const TONES = ['curt', 'plain', 'warm'] as const;
export type Tone = (typeof TONES)[number];

/** A reason's parameters: ids (issues, options, factors, statements), plain numbers and the tone. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** Why a move was made, as data (a code and its parameters); never words, which i18n supplies. */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: ReasonParams;
}

/**
 * What a player can do on its turn. `reason` is the mover's own explanation; `final` marks a
 * proposal announced as its final offer.
 */
export type Move =
  | {
      readonly type: 'propose';
      readonly side: Side;
      readonly package: Package;
      readonly statement?: string;
      readonly reason?: Reason;
      readonly final?: boolean;
    }
  | { readonly type: 'accept'; readonly side: Side; readonly reason?: Reason }
  | { readonly type: 'walkAway'; readonly side: Side; readonly reason?: Reason };

export const REJECTION_CODES = [
  'gameOver',
  'notYourTurn',
  'badPackage',
  'noStandingOffer',
  'ownOffer',
  'unknownStatement',
  'notYourStatement',
  'badMove',
  'badSide',
  'badReason',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
/** Why a move was refused (the state is unchanged): a code and its parameters, put into words by i18n. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly params: ReasonParams;
}

export interface Offer {
  readonly by: Side;
  readonly package: Package;
  readonly round: number;
  readonly statement: string | null;
}

/** One line of the public record, in order. */
export type LogEntry =
  | { readonly kind: 'move'; readonly round: number; readonly move: Move }
  | { readonly kind: 'event'; readonly round: number; readonly event: string };

export type Outcome =
  | { readonly kind: 'ratified'; readonly package: Package; readonly round: number }
  | {
      readonly kind: 'rejectedAtHome';
      readonly package: Package;
      readonly round: number;
      /** Ratification failures per side (empty for a side that ratified). */
      readonly failures: BySide<readonly RatificationFailure[]>;
    }
  | { readonly kind: 'walkAway'; readonly by: Side; readonly round: number }
  | { readonly kind: 'deadline'; readonly round: number };

/** What a side ends with: its final score and how it was made up. */
export interface SideResult {
  /** Final score 0–100: the deal's score (or the walk-away value), less time and audience costs. */
  readonly score: number;
  readonly walkAway: number;
  /** Full scoring of the agreed package, or of no deal. */
  readonly detail: SideScore;
  readonly timeCost: number;
  /** Statements of this side that the outcome broke. */
  readonly brokenStatements: readonly string[];
}

export interface GameState {
  readonly scenarioId: string;
  readonly contentHash: string;
  readonly seed: number;
  readonly rng: RngState;
  /** Current round, 1-based. */
  readonly round: number;
  readonly turn: Side;
  /** Moves made in the current round (0 or 1; a round ends after both sides moved). */
  readonly movesThisRound: number;
  readonly standing: Offer | null;
  /** Statement ids each side has made, in order. */
  readonly statements: BySide<readonly string[]>;
  /** Event ids fired so far, in firing order. */
  readonly fired: readonly string[];
  readonly log: readonly LogEntry[];
  readonly outcome: Outcome | null;
  readonly results: BySide<SideResult> | null;
}

export type MoveResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly rejection: Rejection };

/** Public facts about the other side. */
export interface PublicParty {
  readonly id: string;
  readonly name: Text;
  readonly colour: string;
  readonly publicHints: readonly Text[];
}

/** A fired event as the public sees it: its news, never what it changed. */
export interface PublicEvent {
  readonly id: string;
  readonly name: Text;
  readonly news: Text;
  /** The round at whose start it fired. */
  readonly round: number;
}

/** A statement as the public sees it; `costs` only appear on the viewer's own statements. */
export type PublicStatement = Omit<Statement, 'costs'> & { readonly costs?: Statement['costs'] };

/**
 * All a player (human interface or computer) ever gets: its own payoff model in full (as events
 * changed it), the public record, never the other side's payoffs, walk-away value or persona.
 */
export interface PlayerView {
  readonly side: Side;
  readonly scenarioId: string;
  readonly issues: readonly Issue[];
  readonly rules: Model['rules'];
  readonly own: PartyModel;
  readonly ownWalkAway: number;
  readonly opponent: PublicParty;
  /** Statements either side may make: public text and what breaks them; costs only for its own. */
  readonly statementOptions: readonly PublicStatement[];
  readonly round: number;
  readonly turn: Side;
  readonly standing: Offer | null;
  readonly statementsMade: BySide<readonly string[]>;
  readonly fired: readonly string[];
  /** The fired events' public news, in firing order. */
  readonly events: readonly PublicEvent[];
  readonly log: readonly LogEntry[];
  readonly outcome: Outcome | null;
}
