// What every scene of the game shares: the store from the registry, the render scale, a store
// subscription released on SHUTDOWN, and following the store's screen to the right scene.
import * as Phaser from 'phaser';
import { canvasArea, flows, type GameStore, type Screen, type StoreState } from '../../store';
import { REGISTRY_KEYS, SCENE_KEYS, type SceneKey } from '../keys';

/** The scene that draws each screen. */
export function sceneFor(screen: Screen): SceneKey {
  if (screen === 'table' || screen === 'outcome') return SCENE_KEYS.Table;
  if (screen === 'debrief') return SCENE_KEYS.Debrief;
  return SCENE_KEYS.Title;
}

/** The store put in the registry by startGame. */
export function storeOf(scene: Phaser.Scene): GameStore {
  return scene.registry.get(REGISTRY_KEYS.store) as GameStore;
}

/** Base of the scenes that draw from the store. */
export abstract class StoreScene extends Phaser.Scene {
  protected store!: GameStore;
  /** Render scale: 1 or 2; the camera zooms by it and Text uses it as resolution. */
  protected rs = 1;
  private unsubscribe: (() => void) | null = null;

  /** Set up the camera and the store; returns false when another scene should show instead. */
  protected begin(): boolean {
    this.store = storeOf(this);
    this.rs = (this.registry.get(REGISTRY_KEYS.renderScale) as number | undefined) ?? 1;
    this.cameras.main.setZoom(this.rs).setOrigin(0, 0);
    const target = sceneFor(this.store.getState().screen);
    if (target !== this.scene.key) {
      this.scene.start(target);
      return false;
    }
    this.fitArea();
    const refit = () => this.fitArea();
    window.addEventListener('resize', refit);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('resize', refit));
    // Mark the canvas with the scene it has drawn, so tests and the load benchmark can wait for it.
    this.events.once(Phaser.Scenes.Events.RENDER, () => {
      this.game.canvas.dataset.scene = this.scene.key;
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
    });
    this.unsubscribe = this.store.subscribe((s, prev) => {
      const next = sceneFor(s.screen);
      if (next !== this.scene.key) {
        this.unsubscribe?.();
        this.unsubscribe = null;
        this.scene.start(next);
        return;
      }
      this.onState(s, prev);
    });
    return true;
  }

  /** Size the canvas to the part of the design this screen shows (all of it, or the stage when the page flows). */
  private fitArea(): void {
    const a = canvasArea(this.store.getState().screen, flows(window.innerWidth, window.innerHeight));
    const [w, h] = [a.width * this.rs, a.height * this.rs];
    if (this.scale.width !== w || this.scale.height !== h) this.scale.setGameSize(w, h);
    this.cameras.main.setSize(w, h).setScroll(a.x, a.y);
  }

  /** Reduced motion from the settings. */
  protected get reduced(): boolean {
    return this.store.getState().settings.reducedMotion;
  }

  /** Called on every store change while this scene shows. */
  protected abstract onState(state: StoreState, prev: StoreState): void;
}
