// The messages between the Lab's page and its two workers (analysis, tournament).
import type { Diagnostic } from '../scenario';
import type { LabSummary } from './summary';
import type { JsonSchema } from './schema-keys';
import type { PairStats } from './tournament';
import type { Knob } from './whatif';

/** To the analysis worker. */
export type AnalysisRequest =
  | { readonly type: 'check'; readonly id: number; readonly text: string; readonly fileName: string }
  | { readonly type: 'schema' };

/** A checked text: its diagnostics, and when it is valid, the analysis and the what-if knobs. */
export interface CheckResult {
  readonly type: 'result';
  readonly id: number;
  readonly ok: boolean;
  /** Errors and the loader's warnings, located; design warnings are in the summary. */
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: LabSummary | null;
  /** Why a valid scenario was not analysed (too many packages), else null. */
  readonly refusal: string | null;
  readonly knobs: readonly Knob[];
  /** Milliseconds spent loading (parse, schema, checks) and analysing. */
  readonly timings: { readonly load: number; readonly analyze: number };
}

/** From the analysis worker. */
export type AnalysisReply = CheckResult | { readonly type: 'schema'; readonly schema: JsonSchema };

/** To the tournament worker. */
export interface TournamentRequest {
  readonly type: 'run';
  readonly text: string;
  readonly fileName: string;
  readonly seeds: number;
  readonly firstSeed: number;
}

/** From the tournament worker. */
export type TournamentReply =
  | { readonly type: 'start'; readonly pairs: number; readonly games: number }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'pair'; readonly stats: PairStats }
  | { readonly type: 'done'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
