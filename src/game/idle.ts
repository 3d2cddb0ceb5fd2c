// With reduced motion nothing on the stage moves by itself, so the render loop can rest once the
// last change is drawn: it sleeps after a quiet spell and wakes on any store change or resize.
// This saves battery on school laptops and keeps slow machines responsive.
import type * as Phaser from 'phaser';
import type { GameStore } from '../store';
import { SCENE_KEYS } from './keys';

/** How long the stage must be still before the loop sleeps (ms). */
export const QUIET_MS = 1200;

/** Nothing is animating: no tweens in any running scene, and the Preloader is done. */
function still(game: Phaser.Game): boolean {
  const scenes = game.scene.getScenes(true);
  if (
    scenes.length === 0 ||
    scenes.some((s) => s.scene.key === SCENE_KEYS.Preloader || s.scene.key === SCENE_KEYS.Boot)
  )
    return false;
  return scenes.every((s) => s.tweens.getTweens().length === 0);
}

/** Let the loop sleep while motion is reduced and nothing changes; returns a stop function. */
export function restWhenStill(game: Phaser.Game, store: GameStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    timer = null;
    if (!store.getState().settings.reducedMotion || !game.loop.running) return;
    if (still(game)) game.loop.sleep();
    else schedule();
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, QUIET_MS);
  };
  const wake = () => {
    if (!game.loop.running && !document.hidden) game.loop.wake(true);
    schedule();
  };
  const unsubscribe = store.subscribe(wake);
  window.addEventListener('resize', wake);
  schedule();
  return () => {
    unsubscribe();
    window.removeEventListener('resize', wake);
    if (timer !== null) clearTimeout(timer);
  };
}
