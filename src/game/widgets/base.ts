// The widgets' common frame: a root container, props merged on update, tweens that jump when
// motion is reduced, and clean-up on destroy or on the scene's SHUTDOWN (no listener left behind).
import * as Phaser from 'phaser';
import { renderScale } from '../theme';

/** Props every widget accepts. */
export interface BaseProps {
  /** Jump to new states instead of animating; decorative loops are not started. */
  readonly reducedMotion?: boolean;
  /** Render scale override for Text resolution; default: the camera's zoom. */
  readonly rs?: number;
}

/** A tween request: end values of numeric properties and timing. */
export interface AnimateOptions {
  readonly duration: number;
  readonly ease?: string;
  readonly delay?: number;
  readonly yoyo?: boolean;
  /** -1 loops forever (decorative: skipped under reduced motion). */
  readonly repeat?: number;
  readonly hold?: number;
  readonly onUpdate?: () => void;
  readonly onComplete?: () => void;
  /** Called if the tween is stopped early (destroy, or a newer tween on the same target). */
  readonly onStop?: () => void;
}

/** Base class: `new W(scene, x, y, props)`, `update(patch)`, `destroy()`. */
export abstract class Widget<P extends BaseProps> {
  readonly scene: Phaser.Scene;
  /** Everything the widget draws lives in this container. */
  readonly root: Phaser.GameObjects.Container;
  protected props: P;
  private readonly running = new Set<Phaser.Tweens.Tween>();
  private dead = false;

  constructor(scene: Phaser.Scene, x: number, y: number, props: P, depth: number) {
    this.scene = scene;
    this.props = props;
    this.root = scene.add.container(x, y).setDepth(depth);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
  }

  /** Merge new props and show the new state (animated unless reduced motion). */
  update(patch: Partial<P>): this {
    if (this.dead) return this;
    const prev = this.props;
    this.props = { ...prev, ...patch };
    if ((this.props.reducedMotion === true) !== (prev.reducedMotion === true)) {
      // Motion switched on or off: stop everything and redraw the whole state from scratch.
      this.stopAll();
      this.apply(this.props);
    } else this.apply(prev);
    return this;
  }

  /** Redraw for the current props; `prev` is the state before the update (the props themselves
   * when everything must be drawn afresh: at construction, or when reduced motion toggles). */
  protected abstract apply(prev: P): void;

  /** True once destroyed (calls after that do nothing). */
  get destroyed(): boolean {
    return this.dead;
  }

  /** Reduced motion is on: jump, don't animate. */
  protected get reduced(): boolean {
    return this.props.reducedMotion === true;
  }

  /** The render scale used for Text resolution. */
  protected get rs(): number {
    return renderScale(this.scene, this.props.rs);
  }

  /** Move the whole widget. */
  setPosition(x: number, y: number): this {
    this.root.setPosition(x, y);
    return this;
  }

  /** Show or hide the whole widget. */
  setVisible(visible: boolean): this {
    this.root.setVisible(visible);
    return this;
  }

  /** Tween numeric properties, or set them at once under reduced motion. */
  protected animate(
    targets: object | object[],
    to: Readonly<Record<string, number>>,
    o: AnimateOptions,
  ): void {
    if (this.dead) return;
    if (this.reduced || o.duration <= 0) {
      if (o.repeat === -1) return;
      for (const t of Array.isArray(targets) ? targets : [targets]) Object.assign(t, to);
      o.onUpdate?.();
      o.onComplete?.();
      return;
    }
    const tween = this.scene.tweens.add({
      targets,
      ...to,
      duration: o.duration,
      ease: o.ease ?? 'Cubic.easeOut',
      delay: o.delay ?? 0,
      yoyo: o.yoyo ?? false,
      repeat: o.repeat ?? 0,
      hold: o.hold ?? 0,
      onUpdate: o.onUpdate,
      onComplete: () => {
        this.running.delete(tween);
        o.onComplete?.();
      },
      onStop: () => {
        this.running.delete(tween);
        o.onStop?.();
      },
    });
    this.running.add(tween);
  }

  /** Stop this widget's tweens on some targets (before starting new ones on them). */
  protected stopTweensOf(target: object): void {
    for (const t of [...this.running]) {
      if (t.hasTarget(target)) {
        t.stop();
        this.running.delete(t);
      }
    }
  }

  /** Stop every tween this widget started. */
  protected stopAll(): void {
    for (const t of [...this.running]) t.stop();
    this.running.clear();
  }

  /** Release everything: tweens, game objects, the SHUTDOWN listener. Safe to call twice. */
  destroy(): void {
    if (this.dead) return;
    this.dead = true;
    this.stopAll();
    this.scene.events.off(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
    this.dispose();
    this.root.destroy();
  }

  /** Subclass hook for extra clean-up (textures, timers); called once by destroy. */
  protected dispose(): void {}
}

/** Sides of the table as the stage draws them. */
export const STAGE_SIDES = ['left', 'right'] as const;
export type StageSide = (typeof STAGE_SIDES)[number];

/** +1 for the right side, −1 for the left: which way a side faces is −sign. */
export function sideSign(side: StageSide): 1 | -1 {
  return side === 'right' ? 1 : -1;
}
