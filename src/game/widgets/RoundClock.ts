// The round clock: one pip per round around a dial, the current round's number in the middle and a
// caption under it. Near the deadline the ring turns amber, then red, and pulses.
import type * as Phaser from 'phaser';
import { DEPTH, mix, PALETTE, textStyle } from '../theme';
import { glowImage, glowTexture } from './art';
import { type BaseProps, Widget } from './base';
import { clockPips, type Urgency, urgencyOf } from './geometry';

/** Props of the round clock. */
export interface RoundClockProps extends BaseProps {
  /** Current round, 1-based. */
  readonly round: number;
  readonly total: number;
  /** Caption under the dial, e.g. 'Round 3 of 8' (already translated). */
  readonly caption: string;
  /** Rounds left below which the clock counts as urgent (default 2). */
  readonly soonAt?: number;
  /** Dial radius in design pixels (default 40). */
  readonly radius?: number;
}

const URGENT_COLOUR: Record<Urgency, number> = { calm: PALETTE.brass, soon: PALETTE.warn, last: PALETTE.bad };

/** A dial of round pips with the round number; animates the sweep and pulses when urgent. */
export class RoundClock extends Widget<RoundClockProps> {
  private readonly dial: Phaser.GameObjects.Graphics;
  private readonly halo: Phaser.GameObjects.Image;
  private readonly number: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly sweep = { r: 0 };

  constructor(scene: Phaser.Scene, x: number, y: number, props: RoundClockProps) {
    super(scene, x, y, props, DEPTH.hud);
    const r = props.radius ?? 40;
    this.halo = glowImage(scene, 0, 0, 2 * r + 56, 2 * r + 56, PALETTE.brass).setAlpha(0);
    this.dial = scene.add.graphics();
    this.number = scene.add.text(0, 0, '', textStyle('big', this.rs)).setOrigin(0.5, 0.52);
    this.caption = scene.add
      .text(0, r + 12, '', textStyle('small', this.rs, { colour: PALETTE.text, bold: true }))
      .setOrigin(0.5, 0);
    this.root.add([this.halo, this.dial, this.number, this.caption]);
    this.sweep.r = Math.max(0, props.round - 1);
    this.apply(props);
  }

  protected apply(prev: RoundClockProps): void {
    const p = this.props;
    this.number.setText(`${Math.max(0, Math.round(p.round))}`);
    this.caption.setText(p.caption);
    this.stopTweensOf(this.sweep);
    this.animate(
      this.sweep,
      { r: p.round },
      { duration: 700, ease: 'Cubic.easeInOut', onUpdate: () => this.draw() },
    );
    this.draw();
    const urgency = urgencyOf(p.round, p.total, p.soonAt);
    const was = prev === p ? null : urgencyOf(prev.round, prev.total, prev.soonAt);
    if (urgency !== was) this.setUrgency(urgency);
  }

  private setUrgency(u: Urgency): void {
    const r = this.props.radius ?? 40;
    const size = 2 * r + 56;
    this.stopTweensOf(this.halo);
    this.halo.setTexture(glowTexture(this.scene, URGENT_COLOUR[u])).setDisplaySize(size, size);
    this.halo.setAlpha(u === 'calm' ? 0 : 1);
    if (u === 'calm') return;
    const grow = this.halo.scaleX * 1.15;
    this.animate(
      this.halo,
      { scaleX: grow, scaleY: grow, alpha: 0.45 },
      {
        duration: u === 'last' ? 520 : 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      },
    );
  }

  private draw(): void {
    const p = this.props;
    const r = p.radius ?? 40;
    const u = urgencyOf(p.round, p.total, p.soonAt);
    const accent = URGENT_COLOUR[u];
    const g = this.dial.clear();
    g.fillStyle(PALETTE.panel, 0.92).fillCircle(0, 0, r + 9);
    g.lineStyle(1.5, mix(accent, PALETTE.navy, 0.3), 0.9).strokeCircle(0, 0, r + 9);
    const { angles, half } = clockPips(p.total, p.total > 16 ? 0.04 : 0.12);
    const done = this.sweep.r;
    angles.forEach((a, i) => {
      const k = Math.max(0, Math.min(1, done - i));
      g.lineStyle(7, PALETTE.track, 1);
      g.beginPath();
      g.arc(0, 0, r, a - half, a + half, false);
      g.strokePath();
      if (k > 0) {
        const current = i === Math.ceil(done) - 1;
        g.lineStyle(7, current ? accent : mix(accent, PALETTE.text, 0.25), current ? 1 : 0.75);
        g.beginPath();
        g.arc(0, 0, r, a - half, a - half + 2 * half * k, false);
        g.strokePath();
      }
    });
  }
}
