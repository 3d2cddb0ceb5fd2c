// The deal being signed: the treaty page, a pen stroke per side in the party colours, the seal
// stamped on, confetti, and a caption. About two seconds; reduced motion shows the final badge.
import type * as Phaser from 'phaser';
import { type ColourLike, DEPTH, PALETTE, toColour } from '../theme';
import { artImage } from './art';
import { type BaseProps, Widget } from './base';
import { captionBadge, confetti, paperSheet } from './badge';
import { burst } from './geometry';

/** Props of the signing effect. */
export interface DealSealProps extends BaseProps {
  /** e.g. 'Deal signed' (already translated). */
  readonly caption: string;
  readonly subcaption?: string;
  /** The two party colours (left signature, right signature). */
  readonly colours: readonly [ColourLike, ColourLike];
}

const PAGE = { w: 260, h: 170 } as const;

/** Signature curve: a looping stroke across `w` px, as points (t from 0 to 1 gives the start). */
export function signaturePoints(w: number, seed: number, n = 48): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1);
    const x = -w / 2 + t * w + Math.sin(t * Math.PI * 6 + seed) * 6;
    const y = Math.sin(t * Math.PI * 3 + seed) * 6 - Math.cos(t * Math.PI * 7 + seed * 2) * 5 * (1 - t);
    return { x, y };
  });
}

/** The signing: call `play()` (resolves when done); the final state stays until destroyed. */
export class DealSeal extends Widget<DealSealProps> {
  private ink: Phaser.GameObjects.Graphics | null = null;
  private readonly progress = { a: 0, b: 0 };

  constructor(scene: Phaser.Scene, x: number, y: number, props: DealSealProps) {
    super(scene, x, y, props, DEPTH.effects);
    this.root.setVisible(false);
  }

  protected apply(): void {
    this.drawInk();
  }

  /** Run the signing; with reduced motion, show the signed page and badge at once. */
  play(): Promise<void> {
    this.root.removeAll(true);
    this.root.setVisible(true);
    const page = paperSheet(this.scene, 0, 0, PAGE.w, PAGE.h);
    const ink = this.scene.add.graphics();
    this.ink = ink;
    const seal = artImage(this.scene, 'seal', PAGE.w / 2 - 30, PAGE.h / 2 - 26, 92, 92) ?? this.plainSeal();
    const badge = captionBadge(
      this.scene,
      0,
      PAGE.h / 2 + 62,
      this.props.caption,
      this.props.subcaption,
      PALETTE.brass,
      this.rs,
    );
    this.root.add([page, ink, seal, badge]);
    if (this.reduced) {
      this.progress.a = 1;
      this.progress.b = 1;
      this.drawInk();
      return Promise.resolve();
    }
    this.progress.a = 0;
    this.progress.b = 0;
    page.setAlpha(0).setScale(0.9);
    seal.setAlpha(0).setScale(seal.scaleX * 2.2, seal.scaleY * 2.2);
    badge.setAlpha(0);
    const sealScale = { x: seal.scaleX / 2.2, y: seal.scaleY / 2.2 };
    return new Promise((resolve) => {
      this.animate(page, { alpha: 1, scaleX: 1, scaleY: 1 }, { duration: 260 });
      this.animate(
        this.progress,
        { a: 1 },
        { duration: 520, delay: 260, ease: 'Sine.easeInOut', onUpdate: () => this.drawInk() },
      );
      this.animate(
        this.progress,
        { b: 1 },
        { duration: 520, delay: 820, ease: 'Sine.easeInOut', onUpdate: () => this.drawInk() },
      );
      this.animate(
        seal,
        { alpha: 1, scaleX: sealScale.x, scaleY: sealScale.y },
        {
          duration: 340,
          delay: 1380,
          ease: 'Back.easeOut',
          onComplete: () => this.throwConfetti(seal.x, seal.y),
        },
      );
      this.animate(badge, { alpha: 1 }, { duration: 300, delay: 1600, onComplete: resolve, onStop: resolve });
    });
  }

  private drawInk(): void {
    if (!this.ink) return;
    const g = this.ink.clear();
    const sides = [
      { k: this.progress.a, colour: toColour(this.props.colours[0]), x: -PAGE.w / 4 - 8, seed: 1.3 },
      { k: this.progress.b, colour: toColour(this.props.colours[1]), x: PAGE.w / 4 - 28, seed: 4.1 },
    ];
    for (const s of sides) {
      if (s.k <= 0) continue;
      const pts = signaturePoints(88, s.seed);
      const upto = Math.max(2, Math.round(pts.length * s.k));
      g.lineStyle(2.6, s.colour, 1);
      g.beginPath();
      pts.slice(0, upto).forEach((p, i) => {
        if (i === 0) g.moveTo(s.x + p.x, PAGE.h / 2 - 36 + p.y);
        else g.lineTo(s.x + p.x, PAGE.h / 2 - 36 + p.y);
      });
      g.strokePath();
      g.lineStyle(1, PALETTE.inkMuted, 0.6).lineBetween(s.x - 48, PAGE.h / 2 - 22, s.x + 48, PAGE.h / 2 - 22);
    }
  }

  private throwConfetti(x: number, y: number): void {
    const colours = [
      toColour(this.props.colours[0]),
      toColour(this.props.colours[1]),
      PALETTE.brass,
      0xffffff,
    ];
    const pieces = burst(72, 230, 140, colours, 11);
    const bits = confetti(this.scene, x, y, pieces);
    this.root.add(bits);
    bits.forEach((bit, i) => {
      const p = pieces[i]!;
      this.animate(
        bit,
        { x: x + p.dx, angle: (p.spin * 180) / Math.PI },
        { duration: 1300, delay: p.delay, ease: 'Cubic.easeOut' },
      );
      this.animate(
        bit,
        { y: y + p.dy },
        {
          duration: 420,
          delay: p.delay,
          ease: 'Quad.easeOut',
          onComplete: () =>
            this.animate(
              bit,
              { y: y + p.dy + 220, alpha: 0 },
              { duration: 900, ease: 'Quad.easeIn', onComplete: () => bit.destroy() },
            ),
        },
      );
    });
  }

  private plainSeal(): Phaser.GameObjects.Arc {
    return this.scene.add
      .circle(PAGE.w / 2 - 30, PAGE.h / 2 - 26, 44, PALETTE.brass)
      .setStrokeStyle(4, PALETTE.brassDark);
  }
}
