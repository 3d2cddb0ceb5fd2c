// One meter: label, value 0–100, a bar coloured by value, a marker of the change that led here,
// a threshold tick and a veto tick. The bar and the number glide to a new value.
import type * as Phaser from 'phaser';
import { cssColour, DEPTH, meterColour, PALETTE, textStyle } from '../theme';
import { type BaseProps, Widget } from './base';
import { meterParts, signed } from './geometry';
import { fitText, textWidth } from './text-fit';

/** Props of a meter. */
export interface MeterBarProps extends BaseProps {
  readonly label: string;
  /** 0–100 */
  readonly value: number;
  /** The change that led to `value` (e.g. the preview of a package); 0 or absent: none. */
  readonly delta?: number;
  /** Text shown for the change instead of the default '+7' / '−3'. */
  readonly deltaText?: string;
  /** A level to reach (e.g. the ratification threshold): a light tick; amber below it. */
  readonly threshold?: number | null;
  /** A veto level: a red tick; red below it. */
  readonly veto?: number | null;
  /** Force the alarm look (red, pulsing) e.g. when a veto is triggered. */
  readonly alarm?: boolean;
  /** Total width in design pixels (default 280). */
  readonly width?: number;
}

/** Height of a meter row in design pixels. */
export const METER_HEIGHT = 46;
const BAR_Y = 26;
const BAR_H = 10;

/** A labelled 0–100 bar that animates to new values. */
export class MeterBar extends Widget<MeterBarProps> {
  private readonly label: Phaser.GameObjects.Text;
  private readonly number: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly ticks: Phaser.GameObjects.Graphics;
  /** The value the bar currently shows (tweened). */
  private readonly shown = { v: 0, d: 0 };
  /** Alarm pulse 0–1 (tweened while the alarm is on). */
  private readonly pulse = { a: 0 };

  constructor(scene: Phaser.Scene, x: number, y: number, props: MeterBarProps) {
    super(scene, x, y, props, DEPTH.hud);
    const rs = this.rs;
    this.label = scene.add
      .text(0, BAR_Y - 5, '', textStyle('body', rs, { colour: PALETTE.text }))
      .setOrigin(0, 1);
    this.number = scene.add.text(0, BAR_Y - 5, '', textStyle('body', rs, { bold: true })).setOrigin(1, 1);
    this.change = scene.add.text(0, BAR_Y - 5, '', textStyle('small', rs, { bold: true })).setOrigin(1, 1);
    this.bar = scene.add.graphics();
    this.ticks = scene.add.graphics();
    this.root.add([this.bar, this.ticks, this.label, this.number, this.change]);
    this.shown.v = clamp(props.value);
    this.shown.d = props.delta ?? 0;
    this.apply(props);
  }

  private get width(): number {
    return this.props.width ?? 280;
  }

  protected apply(prev: MeterBarProps): void {
    const p = this.props;
    this.number.setX(this.width);
    this.drawTicks();
    this.layoutChange();
    this.stopTweensOf(this.shown);
    const target = clamp(p.value);
    this.animate(
      this.shown,
      { v: target, d: p.delta ?? 0 },
      { duration: 650, ease: 'Cubic.easeOut', onUpdate: () => this.draw() },
    );
    this.draw();
    if (p.alarm !== prev.alarm || prev === p) {
      this.stopTweensOf(this.pulse);
      this.pulse.a = p.alarm ? 0.6 : 0;
      if (p.alarm)
        this.animate(
          this.pulse,
          { a: 1 },
          { duration: 520, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', onUpdate: () => this.draw() },
        );
      this.draw();
    }
    this.fitLabel();
  }

  /** Keep the label clear of the number and the change text. */
  private fitLabel(): void {
    const room = this.width - textWidth(this.number, '100') - this.change.width - 18;
    fitText(this.label, room, this.props.label);
  }

  private layoutChange(): void {
    const d = this.props.delta ?? 0;
    const text = this.props.deltaText ?? signed(d);
    this.change.setText(text);
    this.change.setColor(cssColour(d > 0 ? PALETTE.good : d < 0 ? PALETTE.bad : PALETTE.textMuted));
  }

  private draw(): void {
    const w = this.width;
    const p = this.props;
    const v = this.shown.v;
    const num = `${Math.round(v)}`;
    if (this.number.text !== num) this.number.setText(num);
    this.change.setX(w - this.number.width - 8);
    const colour = p.alarm ? PALETTE.bad : meterColour(v, p.threshold, p.veto);
    const parts = meterParts(v, this.shown.d, w);
    const g = this.bar.clear();
    g.fillStyle(PALETTE.track, 1).fillRoundedRect(0, BAR_Y, w, BAR_H, BAR_H / 2);
    if (parts.fill > 1)
      g.fillStyle(colour, 1).fillRoundedRect(0, BAR_Y, Math.max(BAR_H, parts.fill), BAR_H, BAR_H / 2);
    if (parts.change) {
      const c = parts.change;
      const tint = c.gain ? 0xffffff : PALETTE.bad;
      g.fillStyle(tint, c.gain ? 0.35 : 0.55).fillRect(
        c.from,
        BAR_Y + 2,
        Math.max(2, c.to - c.from),
        BAR_H - 4,
      );
      const before = c.gain ? c.from : c.to;
      g.fillStyle(PALETTE.text, 1).fillRect(before - 1, BAR_Y - 3, 2, BAR_H + 6);
    }
    if (this.pulse.a > 0)
      g.lineStyle(2, PALETTE.bad, this.pulse.a).strokeRoundedRect(-3, BAR_Y - 3, w + 6, BAR_H + 6, 7);
  }

  private drawTicks(): void {
    const w = this.width;
    const g = this.ticks.clear();
    const at = (v: number) => (clamp(v) / 100) * w;
    const { threshold, veto } = this.props;
    if (threshold != null) {
      const x = at(threshold);
      g.fillStyle(PALETTE.text, 0.9).fillRect(x - 1, BAR_Y - 4, 2, BAR_H + 8);
      g.fillTriangle(x - 5, BAR_Y + BAR_H + 9, x + 5, BAR_Y + BAR_H + 9, x, BAR_Y + BAR_H + 3);
    }
    if (veto != null) {
      const x = at(veto);
      g.fillStyle(PALETTE.bad, 1).fillRect(x - 1.5, BAR_Y - 4, 3, BAR_H + 8);
      g.fillTriangle(x - 5, BAR_Y + BAR_H + 9, x + 5, BAR_Y + BAR_H + 9, x, BAR_Y + BAR_H + 3);
    }
  }
}

function clamp(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(100, v)) : 0;
}
