// The talks collapsing: a short red flash over the stage, the papers scattering off the table, and
// a caption with a broken ring. Reduced motion shows the caption badge only.
import type * as Phaser from 'phaser';
import { DESIGN } from '../keys';
import { DEPTH, PALETTE } from '../theme';
import { type BaseProps, Widget } from './base';
import { captionBadge, paperSheet } from './badge';
import { burst } from './geometry';

/** Props of the collapse effect. */
export interface TalksCollapseProps extends BaseProps {
  /** e.g. 'Talks collapsed' (already translated). */
  readonly caption: string;
  readonly subcaption?: string;
  /** The stage area the flash covers, in scene coordinates (default: the whole design area). */
  readonly stage?: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/** The collapse: call `play()` (resolves when done); the badge stays until destroyed. */
export class TalksCollapse extends Widget<TalksCollapseProps> {
  constructor(scene: Phaser.Scene, x: number, y: number, props: TalksCollapseProps) {
    super(scene, x, y, props, DEPTH.effects);
    this.root.setVisible(false);
  }

  protected apply(): void {}

  /** Run the collapse; with reduced motion, show the badge at once. */
  play(): Promise<void> {
    this.root.removeAll(true);
    this.root.setVisible(true);
    const badge = this.badge();
    if (this.reduced) {
      this.root.add(badge);
      return Promise.resolve();
    }
    const st = this.props.stage ?? { x: 0, y: 0, ...DESIGN };
    const flash = this.scene.add
      .rectangle(st.x - this.root.x, st.y - this.root.y, st.width, st.height, PALETTE.bad, 0)
      .setOrigin(0, 0);
    this.root.add(flash);
    this.animate(
      flash,
      { fillAlpha: 0.32 },
      { duration: 110, yoyo: true, hold: 60, ease: 'Quad.easeOut', onComplete: () => flash.destroy() },
    );
    this.scatter();
    this.root.add(badge);
    badge.setAlpha(0).setScale(1.15);
    return new Promise((resolve) => {
      this.animate(
        badge,
        { alpha: 1, scaleX: 1, scaleY: 1 },
        { duration: 260, delay: 450, ease: 'Back.easeOut' },
      );
      this.animate(
        badge,
        { x: 6 },
        { duration: 60, delay: 720, yoyo: true, repeat: 3, onComplete: resolve, onStop: resolve },
      );
    });
  }

  private scatter(): void {
    const pieces = burst(12, 380, 120, [PALETTE.paper], 23);
    for (const p of pieces) {
      const sheet = paperSheet(this.scene, 0, 0, 52 * p.size, 68 * p.size);
      this.root.add(sheet);
      this.animate(
        sheet,
        { x: p.dx, angle: (p.spin * 180) / Math.PI },
        { duration: 1200, delay: p.delay, ease: 'Cubic.easeOut' },
      );
      this.animate(
        sheet,
        { y: p.dy },
        {
          duration: 380,
          delay: p.delay,
          ease: 'Quad.easeOut',
          onComplete: () =>
            this.animate(
              sheet,
              { y: p.dy + 260, alpha: 0 },
              { duration: 820, ease: 'Quad.easeIn', onComplete: () => sheet.destroy() },
            ),
        },
      );
    }
  }

  private badge(): Phaser.GameObjects.Container {
    const c = captionBadge(this.scene, 0, 0, this.props.caption, this.props.subcaption, PALETTE.bad, this.rs);
    // The seal's two linked rings, now pulled apart.
    const ring = this.scene.add.graphics();
    const y = -70;
    ring.fillStyle(PALETTE.panel, 0.95).fillEllipse(0, y, 92, 56);
    ring.lineStyle(2, PALETTE.bad, 0.9).strokeEllipse(0, y, 92, 56);
    ring
      .lineStyle(5, PALETTE.bad, 1)
      .strokeCircle(-18, y + 3, 13)
      .strokeCircle(18, y - 3, 13);
    c.add(ring);
    return c;
  }
}
