// View models: plain data shaped for the screen. Scenes and overlay only render these; every
// score, preview and analysis behind them is computed in the store (from engine, ai, scenario).

/** Which screen is showing. */
export const SCREENS = [
  'title',
  'setup',
  'lobby',
  'handover',
  'briefing',
  'table',
  'outcome',
  'debrief',
] as const;
export type Screen = (typeof SCREENS)[number];

/** A choice in a select: value and label. */
export interface ChoiceVM {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

/** The setup form: what can be chosen and what is chosen. */
export interface SetupVM {
  readonly scenarios: readonly ChoiceVM[];
  readonly sides: readonly ChoiceVM[];
  readonly difficulties: readonly ChoiceVM[];
  readonly personas: readonly ChoiceVM[];
  readonly scenarioId: string;
  readonly side: string;
  readonly difficulty: string;
  readonly personaId: string;
  readonly seed: number;
  readonly summary: string;
  /** Who plays the other side: the computer, a classmate on this device, or on another device. */
  readonly modes: readonly ChoiceVM[];
  readonly mode: 'computer' | 'hotseat' | 'network';
  /** The label of the side field (your side; the side shown first; yours over the network). */
  readonly sideLabel: string;
}

/** A constituency or security indicator as the briefing presents it. */
export interface FactorBriefVM {
  readonly name: string;
  readonly description: string;
  /** e.g. 'clout 30 · support now 55 · vetoes below 20' */
  readonly facts: string;
}

/** A block of a scenario's long text: a paragraph or a bulleted list (shown as plain text). */
export type TextBlock =
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** The confidential briefing. */
export interface BriefingVM {
  readonly heading: string;
  readonly against: string;
  readonly scenarioTitle: string;
  readonly summary: string;
  /** The confidential brief as paragraphs and bulleted lists. */
  readonly briefing: readonly TextBlock[];
  readonly constituencies: readonly FactorBriefVM[];
  readonly security: readonly FactorBriefVM[];
  readonly scoreRule: string;
  readonly walkAway: string;
  readonly walkAwayScore: string;
  readonly ratification: string;
  readonly deadline: string;
  readonly timeCost: string | null;
  readonly hints: readonly string[];
}

/** One factor in a live preview: value after the package, change from now, and why. */
export interface FactorPreviewVM {
  readonly id: string;
  readonly name: string;
  readonly kind: 'constituency' | 'security';
  readonly value: number;
  readonly baseline: number;
  /** Text such as '62 (+7)'. */
  readonly valueText: string;
  readonly delta: number;
  readonly vetoes: boolean;
  readonly veto: number | null;
  /** The changes behind the value, largest first, as readable lines ('Soybeans: 25 Mt +12'). */
  readonly why: readonly string[];
}

/** What a package would do at home for the human's side. */
export interface PreviewVM {
  readonly factors: readonly FactorPreviewVM[];
  readonly approval: number;
  readonly threshold: number;
  readonly securityIndex: number;
  /** False when the side has no security indicators (its score is approval alone): nothing to show. */
  readonly hasSecurity: boolean;
  /** The package's score before time pressure (approval and security blended). */
  readonly dealScore: number;
  /** Score points time pressure would take for a deal in the round it could be accepted. */
  readonly timeCost: number;
  /** The score the result would give: the deal's after time cost if ratified, else no deal's. */
  readonly score: number;
  /** The score as shown, with the time cost in it when there is one: '34 (time cost −3)'. */
  readonly scoreText: string;
  readonly walkAway: number;
  readonly ratified: boolean;
  readonly failures: readonly string[];
  /** One line for screen readers: 'Approval 61, security 54, score 58, would ratify.' */
  readonly summary: string;
}

/** An option on the board: its full label and where it stands. */
export interface OptionVM {
  readonly value: string;
  readonly label: string;
  /** What holds with no deal. */
  readonly statusQuo: boolean;
  /** The other side's standing offer picks it. */
  readonly theirs: boolean;
}

/** An issue on the board. */
export interface IssueVM {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Who gives ground when it moves from the status quo: 'You give' or 'China gives'. */
  readonly concedes: string;
  /** The human's side gives ground on it. */
  readonly humanConcedes: boolean;
  readonly options: readonly OptionVM[];
  /** Selected option index in the draft. */
  readonly selected: number;
  readonly statusQuo: number;
  /** Option of the standing offer on this issue, or null. */
  readonly standing: number | null;
}

/** The offer on the table. */
export interface OfferVM {
  readonly byHuman: boolean;
  readonly by: string;
  readonly round: number;
  readonly heading: string;
  /** One line per issue: 'Soybeans: 25 Mt a year'. */
  readonly lines: readonly string[];
  readonly statement: string | null;
  readonly reason: string | null;
}

/** A line of the transcript. */
export interface LogLineVM {
  readonly round: number;
  readonly kind: 'propose' | 'accept' | 'walkAway' | 'event';
  readonly byHuman: boolean | null;
  readonly text: string;
  readonly detail: readonly string[];
  /** The package proposed, one line per issue (empty unless a proposal); also in `detail`. */
  readonly terms: readonly string[];
  /** What was said with the move (statement, reason); also in `detail`. */
  readonly remarks: readonly string[];
}

/** The negotiating table, for the overlay. */
export interface TableVM {
  readonly roundText: string;
  /** The reset button: back to the status quo, or to the starting package where an issue has none. */
  readonly resetText: string;
  readonly round: number;
  readonly rounds: number;
  readonly turnText: string;
  readonly myTurn: boolean;
  readonly thinking: boolean;
  readonly issues: readonly IssueVM[];
  readonly statements: readonly ChoiceVM[];
  readonly statementId: string;
  readonly preview: PreviewVM;
  /** After the talks: what the outcome (the deal, or no deal) does at home; null before. */
  readonly final: PreviewVM | null;
  readonly standing: OfferVM | null;
  /** What the standing offer (if the other side's) would do at home. */
  readonly standingPreview: PreviewVM | null;
  readonly canPropose: boolean;
  readonly canAccept: boolean;
  readonly canWalk: boolean;
  readonly confirmWalk: string;
  /**
   * Non-null when proposing now is the last move of the talks (no one could accept it) while the
   * offer on the table would ratify and beats walking away: the question to ask first.
   */
  readonly proposeWarning: string | null;
  /** Non-null when the offer on the table would fail at home on the human's side: the question. */
  readonly acceptWarning: string | null;
  readonly news: readonly string[];
  readonly log: readonly LogLineVM[];
}

/** A party as drawn on the stage. */
export interface PartyStageVM {
  readonly name: string;
  readonly colour: string;
  readonly human: boolean;
}

/** A meter on the stage. */
export interface MeterVM {
  readonly id: string;
  readonly label: string;
  /** 0–100 */
  readonly value: number;
  readonly baseline: number;
  /** A marker (threshold or veto level), or null. */
  readonly mark: number | null;
  readonly alarm: boolean;
}

/**
 * How a delegation shows what just happened: nod (a good offer for it), frown (a bad one), confer
 * (deciding), lean back (a final offer, or hardening), leave (walking out), or neutral.
 */
export const REACTIONS = ['neutral', 'nod', 'frown', 'confer', 'leanBack', 'leave'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** The table as the Phaser stage draws it. */
export interface StageVM {
  readonly human: PartyStageVM;
  readonly computer: PartyStageVM;
  readonly round: number;
  readonly rounds: number;
  readonly myTurn: boolean;
  readonly thinking: boolean;
  /** Each delegation's reaction; `seq` changes with every move, so a repeated reaction replays. */
  readonly reactions: { readonly human: Reaction; readonly computer: Reaction; readonly seq: number };
  /** Approval and security of the draft (or of the outcome, once the talks are over). */
  readonly meters: readonly MeterVM[];
  /** Caption under the round clock, e.g. 'Round 3 of 7'. */
  readonly clockCaption: string;
  readonly offer: {
    readonly byHuman: boolean;
    readonly title: string;
    readonly subtitle: string;
    readonly lines: readonly string[];
    /** The statement or the reason that came with it. */
    readonly note: string;
    /** One line for the compact card at rest, e.g. 'Changes 6 of 11 issues'. */
    readonly summary: string;
    readonly seq: number;
  } | null;
  readonly news: { readonly kicker: string; readonly text: string; readonly seq: number } | null;
  readonly ending: {
    readonly kind: 'signed' | 'collapse';
    readonly caption: string;
    readonly sub: string;
  } | null;
}

/** The room as the title screen draws it: the setup scenario's two parties. */
export interface RoomVM {
  readonly parties: readonly [PartyStageVM, PartyStageVM];
}

/** One side's result in the outcome and debrief. */
export interface SideResultVM {
  readonly name: string;
  readonly human: boolean;
  readonly colour: string;
  readonly score: number;
  readonly scoreText: string;
  readonly detail: string;
  readonly ratified: boolean | null;
  readonly ratificationText: string;
  readonly failures: readonly string[];
  readonly broken: string | null;
  readonly reactions: readonly FactorPreviewVM[];
}

/** The ratification screen. */
export interface OutcomeVM {
  readonly kind: 'ratified' | 'rejectedAtHome' | 'walkAway' | 'deadline';
  /** The end screen's heading: what happened (ratified, failed at home, walked away, deadline). */
  readonly heading: string;
  readonly headline: string;
  readonly sides: readonly SideResultVM[];
  readonly dealLines: readonly string[];
}

/** A point in the deal chart, in score points 0–100 (x: human side, y: computer side). */
export interface ChartPointVM {
  readonly x: number;
  readonly y: number;
}

/** A term of the chart explained in one plain sentence. */
export interface ExplainVM {
  readonly term: string;
  readonly text: string;
}

/** The chart of every possible deal, in score points (the game's 0–100 scale). */
export interface ChartVM {
  readonly xLabel: string;
  readonly yLabel: string;
  /** Every package's scores: x (human) and y (computer), by package index. */
  readonly all: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> };
  readonly frontier: readonly ChartPointVM[];
  readonly nash: ChartPointVM | null;
  readonly kalai: ChartPointVM | null;
  readonly historical: ChartPointVM | null;
  readonly yours: ChartPointVM | null;
  readonly walkAway: ChartPointVM;
  /** Each side's proposals in the order made, as points. */
  readonly offers: { readonly mine: readonly ChartPointVM[]; readonly theirs: readonly ChartPointVM[] };
  /** Party colours ('#rrggbb'): the human's and the computer's. */
  readonly colours: { readonly mine: string; readonly theirs: string };
  readonly summary: string;
  /** Legend texts; the markers' own labels are the same words. */
  readonly legend: Readonly<
    Record<
      | 'all'
      | 'zopa'
      | 'frontier'
      | 'nash'
      | 'kalai'
      | 'historical'
      | 'yours'
      | 'walkAway'
      | 'offersMine'
      | 'offersTheirs',
      string
    >
  >;
  /** What each thing on the chart means, one sentence each, in legend order. */
  readonly explain: readonly ExplainVM[];
}

/** One issue of a package: the option, and whether it differs from the player's deal. */
export interface TermVM {
  readonly issue: string;
  readonly option: string;
  readonly changed: boolean;
  /** The player's deal's option on this issue when it changed (status quo when there was no deal). */
  readonly was: string | null;
}

/** A deal that was better for both than the player's result. */
export interface BetterDealVM {
  /** e.g. 'United States 58 (+5), China 61 (+3)'. */
  readonly heading: string;
  /** e.g. '2 of 7 issues differ from your deal'. */
  readonly changes: string;
  readonly terms: readonly TermVM[];
}

/** The debrief. */
export interface DebriefVM {
  readonly outcome: OutcomeVM;
  readonly chart: ChartVM | null;
  /** Your result against the historical deal, in score points; null without one. */
  readonly versusReal: string | null;
  readonly better: readonly BetterDealVM[];
  /** What the better deals are measured against (your deal, or no deal). */
  readonly betterIntro: string;
  readonly distance: string | null;
  readonly historical: string | null;
  readonly transcript: readonly LogLineVM[];
  /** The scenario's debrief pack (what happened next, questions, readings); null without one. */
  readonly pack: DebriefPackVM | null;
}

/** The debrief pack as plain strings: shown only once the game has ended. */
export interface DebriefPackVM {
  /** Dated entries, oldest first, each with its sources' titles. */
  readonly next: readonly { readonly date: string; readonly text: string; readonly sources: string }[];
  readonly questions: readonly string[];
  /** Each reading cited as one line: author (year), title, publisher. */
  readonly readings: readonly string[];
}

/** A file to download. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}

/** The game menu: reference texts and whether leaving would discard a game in progress. */
export interface MenuVM {
  /** A game is under way (no outcome yet): restarting or leaving asks first. */
  readonly inProgress: boolean;
  readonly glossary: readonly { readonly term: string; readonly definition: string }[];
}

/** A network game's lobby and status line. */
export interface NetVM {
  /** 'Table K7MPX', or 'Your table' before the code is known. */
  readonly heading: string;
  readonly code: string;
  /** 'Table code: K7MPX' */
  readonly codeText: string;
  /** The link that opens the join form with the code filled in. */
  readonly link: string;
  /** What is happening: connecting, waiting for the partner, partner away, reconnecting, failed ('' when all is well). */
  readonly status: string;
  /** Still waiting for the partner to join. */
  readonly waiting: boolean;
  readonly failed: boolean;
  /** The partner's seat is empty or was left: the computer may take it. */
  readonly canAskComputer: boolean;
  /** While the partner's seat waits for them: the seconds of grace left when the server said so, else null. */
  readonly graceSeconds: number | null;
}
