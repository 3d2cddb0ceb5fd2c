// Scene keys and registry keys as typed constants (never bare strings in scene code).

/** Every scene's key, equal to its class name. The Preloader starts `Title` when loading completes. */
export const SCENE_KEYS = {
  Boot: 'Boot',
  Preloader: 'Preloader',
  Title: 'Title',
  Table: 'Table',
  Debrief: 'Debrief',
} as const;
export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

/** Keys in `game.registry`: the store is put there by startGame before any scene runs. */
export const REGISTRY_KEYS = {
  store: 'store',
  /** Render scale RS (1 or 2): cameras zoom by it and Text uses it as resolution. */
  renderScale: 'renderScale',
} as const;

/** The design size every scene lays out in (from the store's layout); the camera zooms by the render scale. */
export { DESIGN } from '../store';
