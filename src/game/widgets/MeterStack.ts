// A titled list of meters (constituencies, security indicators) on an optional dark panel.
// Meters are matched by id on update, so values glide instead of being redrawn from scratch.
import type * as Phaser from 'phaser';
import { DEPTH, PALETTE, textStyle } from '../theme';
import { type BaseProps, Widget } from './base';
import { METER_HEIGHT, MeterBar, type MeterBarProps } from './MeterBar';

/** One row of a stack: a meter's props and a stable id. */
export type MeterItem = Omit<MeterBarProps, 'width' | 'rs' | 'reducedMotion'> & { readonly id: string };

/** Props of a stack of meters. */
export interface MeterStackProps extends BaseProps {
  /** Heading above the meters (already translated); none: no heading. */
  readonly title?: string;
  readonly items: readonly MeterItem[];
  /** Width in design pixels (default 300, panel padding included). */
  readonly width?: number;
  /** Draw a translucent panel behind the meters (default true). */
  readonly panel?: boolean;
}

const PAD = 14;
const TITLE_H = 28;

/** A column of MeterBars. */
export class MeterStack extends Widget<MeterStackProps> {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private bars = new Map<string, MeterBar>();

  constructor(scene: Phaser.Scene, x: number, y: number, props: MeterStackProps) {
    super(scene, x, y, props, DEPTH.hud);
    this.bg = scene.add.graphics();
    this.title = scene.add.text(
      PAD,
      PAD - 2,
      '',
      textStyle('small', this.rs, { colour: PALETTE.brass, bold: true }),
    );
    this.root.add([this.bg, this.title]);
    this.apply(props);
  }

  /** Height in design pixels, for laying out what comes below. */
  get height(): number {
    const head = this.props.title ? TITLE_H : 0;
    return PAD * 2 + head + this.props.items.length * METER_HEIGHT - 6;
  }

  protected apply(prev: MeterStackProps): void {
    const p = this.props;
    const width = p.width ?? 300;
    this.title.setText(p.title ?? '');
    const top = PAD + (p.title ? TITLE_H : 0);
    const seen = new Set<string>();
    p.items.forEach((item, i) => {
      seen.add(item.id);
      const props: MeterBarProps = {
        ...item,
        width: width - PAD * 2,
        reducedMotion: p.reducedMotion,
        rs: p.rs,
      };
      const y = top + i * METER_HEIGHT;
      const bar = this.bars.get(item.id);
      if (bar) bar.setPosition(PAD, y).update(props);
      else {
        const fresh = new MeterBar(this.scene, PAD, y, props);
        this.root.add(fresh.root);
        this.bars.set(item.id, fresh);
      }
    });
    for (const [id, bar] of this.bars) {
      if (!seen.has(id)) {
        bar.destroy();
        this.bars.delete(id);
      }
    }
    if (
      prev === p ||
      prev.width !== p.width ||
      prev.items.length !== p.items.length ||
      prev.title !== p.title ||
      prev.panel !== p.panel
    ) {
      this.drawPanel(width);
    }
  }

  private drawPanel(width: number): void {
    const g = this.bg.clear();
    if (this.props.panel === false) return;
    g.fillStyle(PALETTE.panel, 0.86).fillRoundedRect(0, 0, width, this.height, 10);
    g.lineStyle(1, PALETTE.navyLine, 0.9).strokeRoundedRect(0.5, 0.5, width - 1, this.height - 1, 10);
    if (this.props.title)
      g.fillStyle(PALETTE.brass, 0.5).fillRect(PAD, PAD + TITLE_H - 8, width - PAD * 2, 1);
  }

  protected override dispose(): void {
    for (const bar of this.bars.values()) bar.destroy();
    this.bars.clear();
  }
}
