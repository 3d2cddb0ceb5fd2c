// The store's state and actions. Slices: session (the game), ui (screen, dialogs, announcements)
// and settings (remembered between visits). Only plain data lives here, never Phaser objects.
import type { Difficulty, GameState, Model, Package, Side } from '../engine';
import type { CueRequest, Settings, SoundCue } from './sound';
import type { Screen } from './vm-types';

/** A scenario the game ships, loaded and checked. */
export interface CatalogEntry {
  readonly id: string;
  readonly fileName: string;
  readonly model: Model;
}

/** Everything that fixes a game: with the same config and moves, the same game. */
export interface GameConfig {
  readonly scenarioId: string;
  /** The human's side. */
  readonly side: Side;
  /** The computer's persona id ('' for the negotiator's default). */
  readonly personaId: string;
  /** The persona played at this difficulty; null: its own. */
  readonly difficulty: Difficulty | null;
  readonly seed: number;
}

/** The setup form's current choices. */
export type SetupChoice = GameConfig;

/** A message for the live region; seq changes even when the text repeats. */
export interface Announcement {
  readonly text: string;
  readonly seq: number;
}

export interface SessionSlice {
  readonly catalog: readonly CatalogEntry[];
  readonly setup: SetupChoice;
  readonly config: GameConfig | null;
  readonly game: GameState | null;
  /** The package being composed, one option per issue. */
  readonly draft: Package;
  /** Statement id to attach to the next proposal ('' for none). */
  readonly statementId: string;
  /** The computer is deciding. */
  readonly thinking: boolean;
  /** 0..1, rises toward the deadline; drives the music's tension. */
  readonly tension: number;
  updateSetup(patch: Partial<SetupChoice>): void;
  newSeed(): void;
  /** Start the game chosen in setup and show the briefing. */
  beginBriefing(): void;
  /** Leave the briefing for the table (the computer moves if it goes first). */
  beginTable(): void;
  setOption(issue: number, option: number): void;
  setStatement(id: string): void;
  resetDraft(): void;
  draftFromStanding(): void;
  propose(): void;
  accept(): void;
  walkAway(): void;
  showDebrief(): void;
  playAgain(): void;
}

export interface UiSlice {
  readonly screen: Screen;
  readonly confirmingWalk: boolean;
  readonly settingsOpen: boolean;
  readonly notice: string | null;
  readonly announcement: Announcement | null;
  readonly cue: CueRequest | null;
  showTitle(): void;
  showSetup(): void;
  askWalkAway(): void;
  cancelWalkAway(): void;
  setSettingsOpen(open: boolean): void;
  dismissNotice(): void;
  /** Ask for a sound (the sound board plays it unless muted). */
  playCue(name: SoundCue): void;
}

export interface SettingsSlice {
  readonly settings: Settings;
  toggleMute(): void;
  setVolume(v: number): void;
  setReducedMotion(on: boolean): void;
  setLang(lang: string): void;
}

/** Everything the screen and the sound board read, and every action they may send. */
export type StoreState = SessionSlice & UiSlice & SettingsSlice;
