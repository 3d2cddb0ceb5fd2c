// The store's state and actions. Slices: session (where the player is and the game: screen,
// setup, the game in progress), ui (the overlay's dialogs, notices, announcements and sound cues)
// and settings (remembered between visits). Each slice writes only its own fields; it asks another
// slice through that slice's actions. Only plain data lives here, never Phaser objects.
import type { Mutate, StoreApi } from 'zustand/vanilla';
import type { Difficulty, GameState, Model, Package, Side } from '../engine';
import type { CueRequest, Settings, SoundCue } from './sound';
import type { CoachStep } from './coach';
import type { NetData, NetSlice } from './network';
import type { Screen } from './vm-types';
import type { OutsideOrigin, OutsideProblem, OutsideRequest, ShareCode } from './outside';

/** A scenario the game ships, loaded and checked. */
export interface CatalogEntry {
  readonly id: string;
  readonly fileName: string;
  readonly model: Model;
  /** Set for an instructor's own file (not shipped): where it came from and its text, to save and share. */
  readonly outside?: { readonly origin: OutsideOrigin; readonly text: string };
}

/** Who plays the other side: the computer, a classmate at the same device, or one at another device. */
export const PLAY_MODES = ['computer', 'hotseat', 'network'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

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
  /** Who plays the other side (absent: the computer). */
  readonly mode?: PlayMode;
  /** Over the network: both students' names, by side (for exports). */
  readonly names?: readonly [string, string];
}

/** The setup form's current choices. */
export type SetupChoice = GameConfig;

/** A message for the live region; seq changes even when the text repeats. */
export interface Announcement {
  readonly text: string;
  readonly seq: number;
}

/** A game reopened from a save: what the session shows again. */
export interface ResumedGame {
  readonly config: GameConfig;
  readonly game: GameState;
  readonly draft: Package;
  readonly screen: Screen;
}

export interface SessionData {
  readonly catalog: readonly CatalogEntry[];
  readonly setup: SetupChoice;
  /** Which screen shows: the session's place from the title to the debrief. */
  readonly screen: Screen;
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
  /** The computer's negotiators are loaded: it can answer. */
  readonly computerReady: boolean;
  /** Two players on one device: the side holding the device now (null in other modes). */
  readonly seat: Side | null;
}

export interface SessionActions {
  /** Take the shipped scenarios (at start-up) and set up a game of the first one. */
  setCatalog(entries: readonly CatalogEntry[]): void;
  /** Add a scenario (an instructor's own file) to the catalog, over a shipped one of the same id (never over the game in progress's). */
  addScenario(entry: CatalogEntry): void;
  showTitle(): void;
  showSetup(): void;
  updateSetup(patch: Partial<SetupChoice>): void;
  newSeed(): void;
  /** Start the game chosen in setup and show the briefing. */
  beginBriefing(): void;
  /** Start a game from a config (a shared link) and show the briefing. */
  openGame(config: GameConfig): void;
  /** Show a game reopened from a save. */
  resumeGame(resumed: ResumedGame): void;
  /** Leave the briefing for the table (the computer moves if it goes first). */
  beginTable(): void;
  setOption(issue: number, option: number): void;
  setStatement(id: string): void;
  resetDraft(): void;
  draftFromStanding(): void;
  propose(): void;
  accept(): void;
  walkAway(): void;
  /** The computer's scheduler: its pause before answering has begun. */
  computerThinks(): void;
  /** The negotiators' module has arrived: the computer may answer from now on. */
  computerLoaded(): void;
  /** The computer's scheduler: the computer answers now (with what it sees in its player view). */
  computerMoves(): void;
  showDebrief(): void;
  /** Show the network lobby (creating, joining, waiting for the partner); a game of this device is set aside. */
  showLobby(): void;
  /** A table's link was opened: the setup shows, in network mode, with the code filled in. */
  offerJoin(): void;
  /** Two players on one device: the player the device was handed to is ready (briefing or table). */
  continueHandover(): void;
  /** A network game: the table's game as this seat's view shows it (or, once over, the whole game). */
  receiveGame(game: GameState): void;
  /** A network game: change its config (the seed and names arrive at the end). */
  updateConfig(patch: Partial<GameConfig>): void;
  playAgain(): void;
  /** Leave the game in progress for the title screen (it is discarded: the menu asks first). */
  leaveGame(): void;
}

export type SessionSlice = SessionData & SessionActions;

export interface UiData {
  readonly confirmingWalk: boolean;
  /** A move that asks first (it would end the talks badly): which, or null. */
  readonly confirmingMove: 'propose' | 'accept' | null;
  readonly settingsOpen: boolean;
  readonly notice: string | null;
  /** A link named another game than the one in progress: the dialog asks which to play. */
  readonly linkOffer: GameConfig | null;
  readonly announcement: Announcement | null;
  readonly cue: CueRequest | null;
}

export interface UiActions {
  askWalkAway(): void;
  cancelWalkAway(): void;
  /** Ask before a move that the table warns about (see TableVM.proposeWarning, acceptWarning). */
  askMove(move: 'propose' | 'accept'): void;
  cancelMove(): void;
  setSettingsOpen(open: boolean): void;
  /** Show a notice above the screen (scenario errors, a bad link, a dropped save). */
  showNotice(text: string): void;
  dismissNotice(): void;
  /** Ask whether to resume the game in progress or open this one from a link. */
  offerLink(config: GameConfig): void;
  /** The player's answer: open the link's game (true) or keep playing the saved one (false). */
  answerLink(openIt: boolean): void;
  /** Ask for a sound (the sound board plays it unless muted). */
  playCue(name: SoundCue): void;
  /** Say something in the live region ('' says nothing), with a sound if given. */
  announce(text: string, cue?: SoundCue | null): void;
}

export type UiSlice = UiData & UiActions;

export interface SettingsData {
  readonly settings: Settings;
}

export interface SettingsActions {
  /** Take remembered (or default) settings at start-up. */
  replaceSettings(settings: Settings): void;
  toggleMute(): void;
  setVolume(v: number): void;
  setReducedMotion(on: boolean): void;
  setLang(lang: string): void;
  /** The guided first game was finished or skipped. */
  markTutorialDone(): void;
  /** Remember the student's name for exports (cleaned; '' forgets it). */
  setPlayerName(name: string): void;
  /** The name has been asked for (an export was downloaded): the debrief stops asking. */
  markNameAsked(): void;
}

export type SettingsSlice = SettingsData & SettingsActions;

export interface CoachData {
  /** The guided first game in progress (its seed, the reading steps acknowledged), or null. */
  readonly coach: { readonly seed: number; readonly acked: readonly CoachStep[] } | null;
}

export interface CoachActions {
  /** Start the guided first game: the tutorial scenario, with the coach's prompts. */
  startTutorial(): void;
  /** The player has read the current reading step. */
  ackCoach(): void;
  /** Leave the guide (remembered: it is offered again, never forced). */
  skipCoach(): void;
}

export type CoachSlice = CoachData & CoachActions;

export interface OutsideData {
  /** An outside file that could not be used: shown on the page until dismissed or another file opens. */
  readonly outsideProblem: OutsideProblem | null;
  /** An outside file is being read. */
  readonly outsideBusy: boolean;
  /** The setup's outside scenario as a link code (or its length when too long); null until asked. */
  readonly outsideShare: (ShareCode & { readonly scenarioId: string }) | null;
}

export interface OutsideActions {
  /** Read, validate and add an outside file to the catalog; what was added, or why it could not be. */
  addOutside(
    request: OutsideRequest,
  ): Promise<
    | { readonly ok: true; readonly entry: CatalogEntry }
    | { readonly ok: false; readonly problem: OutsideProblem }
  >;
  /** Read, validate and add an outside file (picker, drop), then show it in setup; a problem is shown instead. */
  openOutside(request: OutsideRequest): Promise<void>;
  /** Show why an outside file could not be used (a link's file at start-up). */
  showOutsideProblem(problem: OutsideProblem): void;
  dismissOutsideProblem(): void;
  /** Make a link that carries the setup's outside scenario (see outsideShare). */
  shareOutside(): Promise<void>;
}

export type OutsideSlice = OutsideData & OutsideActions;

/** The store's data, without actions. */
export type StoreData = SessionData & UiData & SettingsData & CoachData & OutsideData & NetData;

/** Everything the screen and the sound board read, and every action they may send. */
export type StoreState = SessionSlice & UiSlice & SettingsSlice & CoachSlice & OutsideSlice & NetSlice;

/** A change of some of a slice's own fields (`Own`) that names no other field of the store. */
export type OwnPatch<Own> = Partial<Own> & { readonly [K in Exclude<keyof StoreData, keyof Own>]?: never };

/** How a slice is made: it reads the whole store but writes only its own fields (`Own`). */
export type SliceCreator<Own, Slice> = (
  set: (patch: OwnPatch<Own> | ((state: StoreState) => OwnPatch<Own>)) => void,
  get: () => StoreState,
) => Slice;

/** The zustand store of this state, with selected-slice subscriptions (subscribeWithSelector). */
export type Store = Mutate<StoreApi<StoreState>, [['zustand/subscribeWithSelector', never]]>;
