// A news flash between rounds: a kicker chip, a headline and a short body on a dark panel.
// A new headline slides in; `visible: false` slides it away.
import type * as Phaser from 'phaser';
import { type ColourLike, DEPTH, inkOn, PALETTE, textStyle, toColour } from '../theme';
import { type BaseProps, Widget } from './base';

/** Props of the news panel. */
export interface NewsTickerProps extends BaseProps {
  /** Small label over the headline, e.g. 'News' (already translated). */
  readonly kicker?: string;
  readonly headline: string;
  readonly body?: string;
  /** Colour of the kicker and the side bar (default brass). */
  readonly accent?: ColourLike;
  /** Width in design pixels (default 420). */
  readonly width?: number;
  /** Show or hide the panel (default true). */
  readonly visible?: boolean;
}

const PAD = 16;

/** The news panel; its x, y is the top-left corner when shown. */
export class NewsTicker extends Widget<NewsTickerProps> {
  private readonly home = { x: 0, y: 0 };
  private readonly content: Phaser.GameObjects.Container;
  private panelHeight = 0;

  constructor(scene: Phaser.Scene, x: number, y: number, props: NewsTickerProps) {
    super(scene, x, y, props, DEPTH.news);
    this.home.x = x;
    this.home.y = y;
    this.content = scene.add.container(0, 0);
    this.root.add(this.content);
    this.apply({ ...props, headline: '', visible: false });
  }

  /** Move the resting position (and the widget, if it is not mid-animation). */
  override setPosition(x: number, y: number): this {
    this.home.x = x;
    this.home.y = y;
    return super.setPosition(x, y);
  }

  /** Height of the panel in design pixels. */
  get height(): number {
    return this.panelHeight;
  }

  protected apply(prev: NewsTickerProps): void {
    const p = this.props;
    const show = p.visible !== false;
    const wasShown = prev.visible !== false;
    const fresh =
      p.headline !== prev.headline ||
      p.body !== prev.body ||
      p.kicker !== prev.kicker ||
      p.width !== prev.width;
    if (fresh || prev === p) this.build();
    this.stopTweensOf(this.root);
    if (prev === p) {
      this.root.setVisible(show).setPosition(this.home.x, this.home.y).setAlpha(1);
    } else if (show && (fresh || !wasShown)) {
      this.root
        .setVisible(true)
        .setPosition(this.home.x + 60, this.home.y)
        .setAlpha(0);
      this.animate(this.root, { x: this.home.x, alpha: 1 }, { duration: 520, ease: 'Cubic.easeOut' });
    } else if (!show && wasShown) {
      this.animate(
        this.root,
        { x: this.home.x + 60, alpha: 0 },
        {
          duration: 300,
          ease: 'Cubic.easeIn',
          onComplete: () => this.root.setVisible(false),
        },
      );
    } else if (!show) this.root.setVisible(false);
  }

  private build(): void {
    this.content.removeAll(true);
    const p = this.props;
    const w = p.width ?? 420;
    const rs = this.rs;
    const accent = toColour(p.accent ?? PALETTE.brass);
    let y = PAD;
    const parts: Phaser.GameObjects.GameObject[] = [];
    if (p.kicker) {
      const k = this.scene.add.text(
        PAD + 8,
        y + 3,
        p.kicker,
        textStyle('small', rs, { colour: inkOn(accent), bold: true }),
      );
      const chip = this.scene.add
        .graphics()
        .fillStyle(accent, 1)
        .fillRoundedRect(PAD, y, k.width + 16, 24, 4);
      parts.push(chip, k);
      y += 32;
    }
    const head = this.scene.add.text(PAD, y, p.headline, {
      ...textStyle('title', rs, { wrap: w - PAD * 2 }),
      maxLines: 2,
    });
    parts.push(head);
    y += head.height + 6;
    if (p.body) {
      const body = this.scene.add.text(PAD, y, p.body, {
        ...textStyle('body', rs, { colour: PALETTE.textMuted, wrap: w - PAD * 2 }),
        maxLines: 3,
      });
      parts.push(body);
      y += body.height;
    }
    const h = y + PAD;
    this.panelHeight = h;
    const bg = this.scene.add.graphics();
    bg.fillStyle(0x000000, 0.3).fillRoundedRect(4, 6, w, h, 10);
    bg.fillStyle(PALETTE.panel, 0.95).fillRoundedRect(0, 0, w, h, 10);
    bg.lineStyle(1, PALETTE.navyLine, 1).strokeRoundedRect(0.5, 0.5, w - 1, h - 1, 10);
    bg.fillStyle(accent, 1).fillRoundedRect(0, 0, 5, h, { tl: 10, bl: 10, tr: 0, br: 0 });
    this.content.add([bg, ...parts]);
  }
}
