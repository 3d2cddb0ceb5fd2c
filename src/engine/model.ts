// The engine's vocabulary: a scenario compiled to index-based, immutable data.
// scenario/ turns a validated file (ids) into this Model (indices) so that scoring and analysis
// work on plain arrays; ids and texts stay alongside for messages and the screen.

/** A text in one language, or per language ('en', 'zh-Hans', …). */
export type Text = string | Readonly<Record<string, string>>;

/** The two parties, by position in `Model.parties`. */
export const SIDES = [0, 1] as const;
export type Side = (typeof SIDES)[number];
/** One value per side, indexed by Side. */
export type BySide<T> = readonly [T, T];

/** A package (an offer): one option index per issue, in `Model.issues` order. */
export type Package = readonly number[];

export interface Option {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
  /** How the option reads inside a sentence, naming its issue (the computer's reasons use it). */
  readonly phrase?: Text;
}

export interface Issue {
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  readonly options: readonly Option[];
  /**
   * Index of the option that holds with no deal. When the file names none (see `noStatusQuo`),
   * the first option: only a starting point for drafts, never a reference for scores.
   */
  readonly statusQuo: number;
  /** True when the file names no status quo for this issue (no deal is then scored by `noDeal.score`). */
  readonly noStatusQuo?: boolean;
  /**
   * The side that gives something up when this issue moves away from the status quo; null when
   * the file names none (an issue best in the middle for a side, or one without a status quo).
   */
  readonly concededBy: Side | null;
}

/** Extra support change when two options are both in a package (linkage). */
export interface Interaction {
  readonly a: readonly [issue: number, option: number];
  readonly b: readonly [issue: number, option: number];
  readonly change: number;
  readonly note?: Text;
}

/** What a factor is: a domestic constituency or a national-security indicator. */
export const FACTOR_KINDS = ['constituency', 'security'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** A constituency (support 0–100) or a security indicator (level 0–100); both built the same way. */
export interface Factor {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
  /** Clout of a constituency, or weight of a security indicator, in the weighted mean. */
  readonly weight: number;
  /** Support (or level) under the status quo before any option's change. */
  readonly baseline: number;
  /** effects[issue][option]: change of support when the package holds that option. */
  readonly effects: readonly (readonly number[])[];
  readonly interactions: readonly Interaction[];
  /** A constituency whose support falls below this level vetoes ratification; null: no veto. */
  readonly veto: number | null;
}

export interface PartyModel {
  readonly id: string;
  readonly name: Text;
  /** CSS colour, e.g. '#1f5fa8'. */
  readonly colour: string;
  readonly constituencies: readonly Factor[];
  readonly security: readonly Factor[];
  /** Share of approval in the score; security gets 1 − approvalWeight. */
  readonly approvalWeight: number;
  /** Domestic approval needed (0–100) to ratify a deal. */
  readonly threshold: number;
  /** What no deal does beyond the status quo: change per constituency / indicator (by index). */
  readonly noDeal: {
    readonly description: Text;
    readonly constituencies: readonly number[];
    readonly security: readonly number[];
    /**
     * The walk-away value stated directly (0–100), used instead of the status quo plus the changes
     * above; events do not move it. Absent: the walk-away value is scored from the status quo.
     */
    readonly score?: number;
  };
  /** Score points lost per round that passes before a deal (time pressure); 0 for none. */
  readonly costPerRound: number;
  /** Confidential briefing for this side's player. */
  readonly briefing: Text;
  /** Public hints about this side that the other side may read. */
  readonly publicHints: readonly Text[];
}

/** A change an event makes to one factor of one party. Deltas add to the current values. */
export interface FactorChange {
  readonly side: Side;
  readonly kind: FactorKind;
  readonly factor: number;
  readonly weight?: number;
  readonly baseline?: number;
  readonly effects?: readonly { readonly issue: number; readonly option: number; readonly change: number }[];
}

export interface GameEvent {
  readonly id: string;
  readonly name: Text;
  /** The news item players read when it fires. */
  readonly news: Text;
  /** Fires at the start of this round (1-based), or null when drawn by probability. */
  readonly round: number | null;
  /** Chance to fire at each round start from `fromRound` (once at most), or null when scripted. */
  readonly probability: number | null;
  readonly fromRound: number;
  readonly changes: readonly FactorChange[];
}

/** A public position; accepting a deal that holds any of the `breaks` options costs support. */
export interface Statement {
  readonly id: string;
  readonly side: Side;
  readonly text: Text;
  readonly breaks: readonly { readonly issue: number; readonly options: readonly number[] }[];
  /** Support change per factor when broken (negative: audience cost). */
  readonly costs: readonly { readonly kind: FactorKind; readonly factor: number; readonly change: number }[];
}

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A computer negotiator's character, read by ai/. */
export interface Persona {
  readonly id: string;
  readonly side: Side;
  readonly name: Text;
  readonly description: Text;
  readonly difficulty: Difficulty;
  /** Concession exponent e of the time-dependent bidding: e < 1 Boulware (hard), e > 1 Conceder. */
  readonly concession: number;
  /** Lowest aspiration, as a share of the way from walk-away (0) to its best package (1). */
  readonly floor: number;
  /** Weight given to what it learns of the other side's priorities when choosing among near-equal offers (0–1). */
  readonly empathy: number;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly url?: string;
}

/** One dated event after the scenario's date, with the ids of its sources. */
export interface TimelineEntry {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  readonly date: string;
  readonly text: Text;
  readonly sources: readonly string[];
}

/** A reading for the debrief, cited as author, title, year. */
export interface Reading {
  readonly author: string;
  readonly title: string;
  readonly year?: number;
  readonly publisher?: string;
  readonly url?: string;
  readonly note?: Text;
}

/** What the class discusses after the game; never shown before it ends (no spoilers). */
export interface Debrief {
  /** Sources cited only here, apart from the scenario's, so their titles give nothing away. */
  readonly sources: readonly Source[];
  /** Oldest first. */
  readonly whatHappenedNext: readonly TimelineEntry[];
  readonly questions: readonly Text[];
  readonly readings: readonly Reading[];
}

export interface Model {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly year: number;
  /** Hash of the scenario's content: saved logs carry it so they never replay on another scenario. */
  readonly contentHash: string;
  readonly sources: readonly Source[];
  readonly parties: BySide<PartyModel>;
  readonly issues: readonly Issue[];
  readonly rules: {
    /** Rounds before the deadline; in a round each side may move once. */
    readonly rounds: number;
    readonly firstMover: Side;
  };
  readonly events: readonly GameEvent[];
  readonly statements: readonly Statement[];
  readonly personas: readonly Persona[];
  readonly historical: { readonly package: Package; readonly description: Text; readonly source?: string } | null;
  readonly glossary: readonly { readonly term: Text; readonly definition: Text }[];
  /** The debrief pack, or null when the scenario has none. */
  readonly debrief: Debrief | null;
}

/** The other side. */
export const other = (side: Side): Side => (side === 0 ? 1 : 0);

/** The status-quo package: every issue at its status-quo option. */
export const statusQuo = (model: Model): Package => model.issues.map((i) => i.statusQuo);

/** Number of distinct packages: the product of option counts. */
export const packageCount = (model: Model): number => model.issues.reduce((n, i) => n * i.options.length, 1);

/** Pick a text's language: the requested one, else English, else the first given. */
export function textIn(text: Text | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
