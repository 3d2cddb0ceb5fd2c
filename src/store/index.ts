// The store's public face: the one source of truth between engine and screen. Scenes, overlay
// and sound board import only from here; everything they show comes from these selectors.
export { SOUND_CUES } from './sound';
export type { CueRequest, Settings, SoundCue } from './sound';
export { createGameStore } from './store';
export type { GameStore, StoreOptions } from './store';
export type { Announcement, GameConfig, SetupChoice, StoreState } from './types';
export type { KeyValueStorage } from './persist';
export type { Clock } from './clock';
export type { ScenarioData } from './catalog';
export type { LinkParams } from './setup';
export { LINK_PARAMS } from './setup';
export { selectAddress, selectLinkOffer, type LinkOfferVM } from './link';
export { selectBriefing, selectRoom, selectSetup } from './vm-start';
export { selectStage, selectTable } from './vm-table';
export { type CoachStep, type CoachVM, COACH_STEPS, selectCoach, TUTORIAL_ID } from './coach';
export { selectDebrief, selectOutcome } from './vm-end';
export { selectExport } from './export';
export { NAME_MAX } from './student';
export { selectMenu } from './vm-menu';
export { selectHandover, selectNet } from './vm-net';
export { PLAY_MODES, type PlayMode } from './types';
export type { NetModule, NetworkOptions, SeatStorage } from './net-port';
export { REACTIONS, SCREENS } from './vm-types';
export { CHROME, canvasArea, DESIGN, flows, PANELS, type Rect } from './layout';
export type * from './vm-types';
export {
  classifyScenarioParam,
  FRAGMENT_PARAM,
  fragmentCode,
  nameOfUrl,
  type OutsideFile,
  type OutsideModule,
  type OutsideOrigin,
  type OutsideProblem,
  type OutsideRequest,
  type OutsideResult,
  type ShareCode,
  startRequests,
} from './outside';
export { savedOutside } from './persist';
export {
  type OutsideOpenVM,
  type OutsideProblemVM,
  type OutsideShareVM,
  selectOutsideOpen,
  selectOutsideProblem,
  selectOutsideShare,
} from './vm-outside';
