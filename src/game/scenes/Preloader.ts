// The Preloader: draws a progress bar while the stage's SVG art is rasterised at the render scale,
// then starts the scene named in its init data ({ next: 'Title' }), so it hard-codes no app scene.
import * as Phaser from 'phaser';
import { DESIGN, REGISTRY_KEYS, SCENE_KEYS } from '../keys';
import { PALETTE } from '../theme';
import { ART } from '../widgets';

/** What to start when loading is done, and the data to hand it. */
export interface PreloaderData {
  readonly next: string;
  readonly nextData?: object;
}

const BAR = { w: 420, h: 12 } as const;

/** Scene 'Preloader': progress bar, art loading, then `scene.start(next)`. */
export class Preloader extends Phaser.Scene {
  private target: PreloaderData = { next: SCENE_KEYS.Title };
  private bar: Phaser.GameObjects.Graphics | null = null;

  constructor() {
    super(SCENE_KEYS.Preloader);
  }

  init(data: Partial<PreloaderData> | undefined): void {
    this.target = {
      next: typeof data?.next === 'string' && data.next ? data.next : SCENE_KEYS.Title,
      nextData: data?.nextData,
    };
  }

  preload(): void {
    const fromRegistry = Number(this.registry.get(REGISTRY_KEYS.renderScale));
    const rs = fromRegistry >= 1 ? fromRegistry : Math.max(1, this.scale.width / DESIGN.width);
    this.cameras.main.setZoom(rs).setOrigin(0, 0).setBackgroundColor(PALETTE.navy);
    this.drawEmblem();
    this.bar = this.add.graphics();
    this.progress(0);
    this.load.on(Phaser.Loader.Events.PROGRESS, this.progress, this);
    for (const piece of Object.values(ART)) {
      if (!this.textures.exists(piece.key)) this.load.svg(piece.key, piece.url, { scale: rs });
    }
  }

  create(): void {
    this.load.off(Phaser.Loader.Events.PROGRESS, this.progress, this);
    this.progress(1);
    this.scene.start(this.target.next, this.target.nextData);
  }

  private progress(value: number): void {
    const g = this.bar?.clear();
    if (!g) return;
    const x = (DESIGN.width - BAR.w) / 2;
    const y = DESIGN.height / 2 + 70;
    g.fillStyle(PALETTE.track, 1).fillRoundedRect(x, y, BAR.w, BAR.h, BAR.h / 2);
    const w = Math.max(BAR.h, BAR.w * Math.max(0, Math.min(1, value)));
    g.fillStyle(PALETTE.brass, 1).fillRoundedRect(x, y, w, BAR.h, BAR.h / 2);
  }

  /** Two linked rings, the game's mark, above the bar. */
  private drawEmblem(): void {
    const g = this.add.graphics();
    const cx = DESIGN.width / 2;
    const cy = DESIGN.height / 2 - 10;
    g.lineStyle(7, PALETTE.brass, 1)
      .strokeCircle(cx - 22, cy, 40)
      .strokeCircle(cx + 22, cy, 40);
  }
}
