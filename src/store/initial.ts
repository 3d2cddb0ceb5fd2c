// The store's initial state in one constant: the slices start from it, and leaving a game resets
// the session to its `NO_GAME` part (a new briefing, "play again").
import type { Settings } from './sound';
import type { StoreData } from './types';

/** The fields of one game as they are when none runs. */
export const NO_GAME = {
  config: null,
  game: null,
  draft: [],
  statementId: '',
  thinking: false,
  tension: 0,
  seat: null,
} as const satisfies Partial<StoreData>;

/** Settings before anything is remembered or the system is asked (the store factory fills these in). */
export const DEFAULT_SETTINGS: Settings = {
  muted: false,
  volume: 0.7,
  reducedMotion: false,
  lang: 'en',
  tutorialDone: false,
  playerName: '',
  nameAsked: false,
};

/** Every slice's data before start-up loads the scenarios, the settings and a link or saved game. */
export const INITIAL_STATE: StoreData = {
  // session
  catalog: [],
  setup: { scenarioId: '', side: 0, difficulty: null, personaId: '', seed: 1 },
  screen: 'title',
  computerReady: false,
  ...NO_GAME,
  // ui
  confirmingWalk: false,
  confirmingMove: null,
  settingsOpen: false,
  notice: null,
  linkOffer: null,
  announcement: null,
  cue: null,
  // network
  net: null,
  joinCode: '',
  // settings
  settings: DEFAULT_SETTINGS,
  // coach
  coach: null,
  // outside files
  outsideProblem: null,
  outsideBusy: false,
  outsideShare: null,
};
