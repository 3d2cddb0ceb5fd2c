// An offer on paper: a header in the sender's colour, up to ~12 lines 'issue: option', an optional
// note (statement or reason). `send(from)` slides it across the table from the sender's side.
import type * as Phaser from 'phaser';
import { type ColourLike, DEPTH, inkOn, MOTION, PALETTE, textStyle, toColour } from '../theme';
import { type BaseProps, type StageSide, sideSign, Widget } from './base';
import { splitLine } from './geometry';
import { fitText } from './text-fit';

/** Props of an offer card. */
export interface OfferCardProps extends BaseProps {
  /** Heading, e.g. 'United States proposes' (already translated). */
  readonly title: string;
  /** A second heading line, e.g. 'Round 3 of 8'. */
  readonly subtitle?: string;
  /** One line per issue, 'Issue: option'; a line without ': ' is shown whole. */
  readonly lines: readonly string[];
  /** Lines that changed since the previous offer get a marker (by index). */
  readonly changed?: readonly boolean[];
  /** A note under the lines (a statement or the reason), up to three lines. */
  readonly note?: string;
  /** The sender's colour. */
  readonly accent: ColourLike;
  /** Width in design pixels (default 340). */
  readonly width?: number;
  /** How far the card travels when sent (default 320). */
  readonly travel?: number;
}

const ROW = 26;
const PAD = 16;

/** A paper card that can cross the table; its x, y is its resting centre. */
export class OfferCard extends Widget<OfferCardProps> {
  private readonly home = { x: 0, y: 0 };
  private readonly content: Phaser.GameObjects.Container;
  private size = { w: 0, h: 0 };

  constructor(scene: Phaser.Scene, x: number, y: number, props: OfferCardProps) {
    super(scene, x, y, props, DEPTH.card);
    this.home.x = x;
    this.home.y = y;
    this.content = scene.add.container(0, 0);
    this.root.add(this.content);
    this.apply(props);
  }

  /** Move the resting position (and the widget, if it is not mid-animation). */
  override setPosition(x: number, y: number): this {
    this.home.x = x;
    this.home.y = y;
    return super.setPosition(x, y);
  }

  /** Card size in design pixels. */
  get bounds(): { w: number; h: number } {
    return { ...this.size };
  }

  /** Slide in from the sender's side to the resting point; resolves when it lands. */
  send(from: StageSide): Promise<void> {
    const s = sideSign(from);
    const travel = this.props.travel ?? 320;
    this.stopTweensOf(this.root);
    this.root.setVisible(true);
    this.root
      .setPosition(this.home.x + s * travel, this.home.y + 60)
      .setScale(0.5)
      .setAngle(s * 10)
      .setAlpha(0);
    return new Promise((resolve) => {
      this.animate(this.root, { alpha: 1 }, { duration: 180, ease: 'Quad.easeOut' });
      this.animate(
        this.root,
        { x: this.home.x, y: this.home.y, scaleX: 1, scaleY: 1, angle: 0 },
        {
          duration: MOTION.card,
          ease: 'Cubic.easeOut',
          onComplete: resolve,
          onStop: resolve,
        },
      );
      if (this.destroyed) resolve();
    });
  }

  /** Fade the card out (it stays hidden until the next `send`). */
  hide(): Promise<void> {
    this.stopTweensOf(this.root);
    return new Promise((resolve) => {
      this.animate(
        this.root,
        { alpha: 0, scaleX: 0.92, scaleY: 0.92 },
        {
          duration: MOTION.quick,
          onComplete: () => {
            this.root.setVisible(false);
            resolve();
          },
          onStop: resolve,
        },
      );
    });
  }

  protected apply(prev: OfferCardProps): void {
    if (prev === this.props) {
      this.stopTweensOf(this.root);
      this.root.setPosition(this.home.x, this.home.y).setScale(1).setAngle(0).setAlpha(1);
    }
    this.content.removeAll(true);
    const p = this.props;
    const w = p.width ?? 340;
    const rs = this.rs;
    const accent = toColour(p.accent);
    const ink = inkOn(accent);
    // The heading's lines are measured, so a larger font never runs one into the next.
    const title = fitText(
      this.scene.add.text(0, 8, '', textStyle('label', rs, { colour: ink, bold: true })),
      w - PAD * 2,
      p.title,
    );
    const sub = p.subtitle
      ? fitText(
          this.scene.add
            .text(0, 8 + title.height, '', textStyle('small', rs, { colour: ink }))
            .setAlpha(0.85),
          w - PAD * 2,
          p.subtitle,
        )
      : null;
    const headH = 8 + title.height + (sub ? sub.height : 0) + 6;
    const note = p.note
      ? this.scene.add.text(0, 0, p.note, {
          ...textStyle('body', rs, { colour: PALETTE.inkMuted, wrap: w - PAD * 2 }),
          fontStyle: 'italic',
          maxLines: 3,
        })
      : null;
    const noteH = note ? note.height + 10 : 0;
    const h = headH + 10 + p.lines.length * ROW + noteH + 12;
    this.size = { w, h };
    const x0 = -w / 2;
    const y0 = -h / 2;
    const g = this.scene.add.graphics();
    g.fillStyle(0x000000, 0.32).fillRoundedRect(x0 + 5, y0 + 8, w, h, 8);
    g.fillStyle(PALETTE.paper, 1).fillRoundedRect(x0, y0, w, h, 8);
    g.fillStyle(accent, 1).fillRoundedRect(x0, y0, w, headH, { tl: 8, tr: 8, bl: 0, br: 0 });
    g.fillStyle(0x000000, 0.12).fillRect(x0, y0 + headH - 3, w, 3);
    g.lineStyle(1, PALETTE.paperEdge, 1).strokeRoundedRect(x0, y0, w, h, 8);
    this.content.add(g);
    for (const t of sub ? [title, sub] : [title]) this.content.add(t.setPosition(x0 + PAD, y0 + t.y));
    this.drawLines(g, x0, y0 + headH + 8, w);
    if (note) {
      const ny = y0 + headH + 10 + p.lines.length * ROW + 6;
      g.lineStyle(1, PALETTE.paperEdge, 1).lineBetween(x0 + PAD, ny - 4, x0 + w - PAD, ny - 4);
      this.content.add(note.setPosition(x0 + PAD, ny));
    }
  }

  private drawLines(g: Phaser.GameObjects.Graphics, x0: number, top: number, w: number): void {
    const p = this.props;
    const rs = this.rs;
    p.lines.forEach((line, i) => {
      const y = top + i * ROW;
      const { issue, option } = splitLine(line);
      if (i % 2 === 1) g.fillStyle(PALETTE.paperEdge, 0.35).fillRect(x0 + 6, y - 1, w - 12, ROW);
      if (p.changed?.[i]) g.fillStyle(toColour(p.accent), 1).fillCircle(x0 + 9, y + ROW / 2 - 1, 3);
      const right = this.scene.add.text(
        x0 + w - PAD,
        y + 2,
        '',
        textStyle('small', rs, { colour: PALETTE.ink, bold: true }),
      );
      fitText(right.setOrigin(1, 0), issue ? (w - PAD * 2) * 0.58 : w - PAD * 2, option);
      this.content.add(right);
      if (issue) {
        const room = w - PAD * 2 - right.width - 10;
        const left = this.scene.add.text(
          x0 + PAD,
          y + 2,
          '',
          textStyle('small', rs, { colour: PALETTE.inkMuted }),
        );
        this.content.add(fitText(left, room, issue));
      }
    });
  }
}
