// The negotiating room: wall, window, hanging banners and desk flags as abstract colour fields in
// the two party colours, the table and the name plates. Two layers: the room behind the
// delegations (DEPTH.room) and the table in front of them (DEPTH.table).
import type * as Phaser from 'phaser';
import { DESIGN } from '../keys';
import { type ColourLike, DEPTH, mix, PALETTE, textStyle, toColour } from '../theme';
import { artImage, glowImage } from './art';
import { type BaseProps, type StageSide, sideSign, Widget } from './base';
import { type TableLayout, tableLayout } from './geometry';
import { fitText } from './text-fit';

/** How one party appears in the room. */
export interface PartyLook {
  readonly colour: ColourLike;
  /** Name on the plate in front of the delegation (already translated); none: no plate. */
  readonly name?: string;
}

/** Props of the room. */
export interface TableBackdropProps extends BaseProps {
  /** Size of the room in design pixels (default: the design size; read at construction). */
  readonly width?: number;
  readonly height?: number;
  readonly left: PartyLook;
  readonly right: PartyLook;
  /** Whose turn it is: a warm light falls behind that delegation; null for none. */
  readonly active?: StageSide | null;
}

/** The room and the table; `layout` tells where delegations, plates and cards go. */
export class TableBackdrop extends Widget<TableBackdropProps> {
  /** Positions inside the room (add the widget's x, y for scene coordinates). */
  readonly layout: TableLayout;
  private readonly front: Phaser.GameObjects.Container;
  private readonly banners: Phaser.GameObjects.Graphics;
  private readonly flags: Phaser.GameObjects.Graphics;
  private readonly lights: Record<StageSide, Phaser.GameObjects.Image>;
  private readonly plates: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, x: number, y: number, props: TableBackdropProps) {
    super(scene, x, y, props, DEPTH.room);
    const w = props.width ?? DESIGN.width;
    const h = props.height ?? DESIGN.height;
    const L = tableLayout(w, h);
    this.layout = L;
    const room = artImage(scene, 'room', 0, 0, w, h, { cover: true, rs: this.rs })?.setOrigin(0, 0);
    this.root.add(room ?? scene.add.rectangle(0, 0, w, h, PALETTE.navy).setOrigin(0, 0));
    const light = (sx: number) =>
      glowImage(scene, sx, L.tableTop - 110 * L.k, 440 * L.k, 380 * L.k, PALETTE.brass).setAlpha(0);
    this.lights = { left: light(L.seats.left.x), right: light(L.seats.right.x) };
    this.banners = scene.add.graphics();
    this.root.add([this.lights.left, this.lights.right, this.banners]);

    this.front = scene.add.container(x, y).setDepth(DEPTH.table);
    const tw = 960 * L.k;
    const table = artImage(scene, 'table', L.centerX, L.tableTop - 14 * L.k, tw, 250 * L.k, { rs: this.rs });
    table?.setOrigin(0.5, 0);
    this.front.add(table ?? this.plainTable(L));
    this.flags = scene.add.graphics();
    this.plates = scene.add.container(0, 0);
    this.front.add([this.flags, this.plates]);
    this.apply(props);
  }

  /** Scene coordinates of a delegation's seat (where to put its Delegation widget). */
  seat(side: StageSide): { x: number; y: number } {
    const s = this.layout.seats[side];
    return { x: this.root.x + s.x, y: this.root.y + s.y };
  }

  /** Scene coordinates of the card's resting point and how far cards travel. */
  cardLane(): { x: number; y: number; travel: number } {
    const c = this.layout.card;
    return { x: this.root.x + c.x, y: this.root.y + c.y, travel: this.layout.cardTravel };
  }

  protected apply(prev: TableBackdropProps): void {
    const p = this.props;
    if (prev === p || prev.left.colour !== p.left.colour || prev.right.colour !== p.right.colour)
      this.drawColours();
    if (prev === p || prev.left.name !== p.left.name || prev.right.name !== p.right.name) this.drawPlates();
    for (const side of ['left', 'right'] as const) {
      const target = p.active === side ? 1 : 0;
      const lamp = this.lights[side];
      this.stopTweensOf(lamp);
      this.animate(lamp, { alpha: target }, { duration: 600, ease: 'Sine.easeInOut' });
    }
  }

  private drawColours(): void {
    const L = this.layout;
    const g = this.banners.clear();
    const f = this.flags.clear();
    for (const side of ['left', 'right'] as const) {
      const colour = toColour(this.props[side].colour);
      const b = L.banners[side];
      drawBanner(g, b.x, b.y, L.banners.width, L.banners.height, colour, sideSign(side));
      drawDeskFlag(f, L.deskFlags.x, L.deskFlags.y, L.k, colour, sideSign(side));
    }
    f.fillStyle(PALETTE.brassDark, 1).fillEllipse(L.deskFlags.x, L.deskFlags.y + 4 * L.k, 30 * L.k, 9 * L.k);
    f.fillStyle(PALETTE.brass, 1).fillEllipse(L.deskFlags.x, L.deskFlags.y + 2 * L.k, 24 * L.k, 6 * L.k);
  }

  private drawPlates(): void {
    this.plates.removeAll(true);
    const L = this.layout;
    for (const side of ['left', 'right'] as const) {
      const name = this.props[side].name;
      if (!name) continue;
      const at = L.plates[side];
      const text = this.scene.add
        .text(at.x, at.y, '', textStyle('small', this.rs, { colour: PALETTE.ink, bold: true }))
        .setOrigin(0.5, 0.5);
      const maxW = Math.min(220, 2 * (Math.abs(L.centerX - at.x) - 60 * L.k));
      fitText(text, maxW - 20, name);
      const w = Math.min(maxW, text.width + 28);
      const hgt = 26;
      const plate = this.scene.add.graphics();
      plate.fillStyle(0x000000, 0.3).fillRoundedRect(at.x - w / 2 + 3, at.y - hgt / 2 + 5, w, hgt, 3);
      plate.fillStyle(PALETTE.paper, 1).fillRoundedRect(at.x - w / 2, at.y - hgt / 2, w, hgt, 3);
      plate.fillStyle(toColour(this.props[side].colour), 1).fillRect(at.x - w / 2, at.y + hgt / 2 - 4, w, 4);
      this.plates.add([plate, text]);
    }
  }

  private plainTable(L: TableLayout): Phaser.GameObjects.Graphics {
    const g = this.scene.add.graphics();
    const w = L.tableRight - L.tableLeft;
    g.fillStyle(PALETTE.woodDark, 1).fillRoundedRect(
      L.tableLeft,
      L.tableTop + 20 * L.k,
      w,
      170 * L.k,
      40 * L.k,
    );
    g.fillStyle(PALETTE.wood, 1).fillRoundedRect(L.tableLeft, L.tableTop, w, 138 * L.k, 60 * L.k);
    return g;
  }

  protected override dispose(): void {
    this.front.destroy();
  }

  override setVisible(visible: boolean): this {
    this.front.setVisible(visible);
    return super.setVisible(visible);
  }

  override setPosition(x: number, y: number): this {
    this.front.setPosition(x, y);
    return super.setPosition(x, y);
  }
}

/** A banner hanging from a brass rod: the party colour, a lighter stripe, folds and a notched hem. */
function drawBanner(
  g: Phaser.GameObjects.Graphics,
  cx: number,
  top: number,
  w: number,
  h: number,
  colour: number,
  sign: number,
): void {
  const x0 = cx - w / 2;
  const notch = w * 0.3;
  g.fillStyle(0x000000, 0.25).fillRect(x0 + 6, top + 6, w, h - notch);
  g.fillStyle(colour, 1);
  g.beginPath();
  g.moveTo(x0, top);
  g.lineTo(x0 + w, top);
  g.lineTo(x0 + w, top + h);
  g.lineTo(cx, top + h - notch);
  g.lineTo(x0, top + h);
  g.closePath();
  g.fillPath();
  const stripeX = sign < 0 ? x0 + w * 0.68 : x0 + w * 0.16;
  g.fillStyle(mix(colour, 0xffffff, 0.55), 0.9).fillRect(stripeX, top, w * 0.14, h - notch * 0.9);
  g.fillStyle(0x000000, 0.14).fillRect(x0 + w * 0.33, top, w * 0.12, h - notch * 0.5);
  g.fillStyle(0xffffff, 0.07).fillRect(x0 + w * 0.05, top, w * 0.1, h - notch * 0.2);
  g.fillStyle(0x000000, 0.18).fillRect(x0, top, w, 10);
  g.fillStyle(PALETTE.brass, 1).fillRoundedRect(x0 - 10, top - 6, w + 20, 7, 3);
  g.fillCircle(x0 - 11, top - 2.5, 5).fillCircle(x0 + w + 11, top - 2.5, 5);
}

/** A small desk flag on a pole, leaning toward its side. */
function drawDeskFlag(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  k: number,
  colour: number,
  sign: number,
): void {
  const topX = x + sign * 20 * k;
  const topY = y - 72 * k;
  g.lineStyle(2.5 * k, PALETTE.brass, 1).lineBetween(x, y, topX, topY);
  const fw = 40 * k * sign;
  const fh = 26 * k;
  g.fillStyle(colour, 1);
  g.beginPath();
  g.moveTo(topX, topY + 2 * k);
  g.lineTo(topX + fw, topY + 6 * k);
  g.lineTo(topX + fw * 0.98, topY + fh + 6 * k);
  g.lineTo(topX + 1.2 * sign * k, topY + fh + 1 * k);
  g.closePath();
  g.fillPath();
  g.fillStyle(mix(colour, 0xffffff, 0.55), 0.85).fillRect(
    Math.min(topX + fw * 0.12, topX + fw * 0.24),
    topY + 4 * k,
    Math.abs(fw) * 0.12,
    fh,
  );
  g.fillStyle(PALETTE.brass, 1).fillCircle(topX, topY - 2 * k, 2.6 * k);
}
