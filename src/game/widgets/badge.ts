// Shared pieces of the ending effects: a caption badge, a paper sheet, and a burst of pieces.
import type * as Phaser from 'phaser';
import { PALETTE, textStyle } from '../theme';
import type { BurstPiece } from './geometry';

/** A caption on a dark pill with an accent rim, centred at (x, y); returns its container. */
export function captionBadge(
  scene: Phaser.Scene,
  x: number,
  y: number,
  caption: string,
  sub: string | undefined,
  accent: number,
  rs: number,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const title = scene.add.text(0, sub ? -11 : 0, caption, textStyle('headline', rs)).setOrigin(0.5);
  const parts: Phaser.GameObjects.GameObject[] = [title];
  let w = title.width;
  if (sub) {
    const s = scene.add
      .text(0, 15, sub, textStyle('small', rs, { colour: PALETTE.textMuted }))
      .setOrigin(0.5);
    parts.push(s);
    w = Math.max(w, s.width);
  }
  const bw = w + 48;
  const bh = sub ? 66 : 48;
  const g = scene.add.graphics();
  g.fillStyle(0x000000, 0.35).fillRoundedRect(-bw / 2 + 4, -bh / 2 + 6, bw, bh, bh / 2);
  g.fillStyle(PALETTE.panel, 0.97).fillRoundedRect(-bw / 2, -bh / 2, bw, bh, bh / 2);
  g.lineStyle(2, accent, 1).strokeRoundedRect(-bw / 2, -bh / 2, bw, bh, bh / 2);
  c.add([g, ...parts]);
  return c;
}

/** A sheet of paper with faint lines of text, centred at (x, y). */
export function paperSheet(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  g.fillStyle(0x000000, 0.3).fillRect(-w / 2 + 3, -h / 2 + 5, w, h);
  g.fillStyle(PALETTE.paper, 1).fillRect(-w / 2, -h / 2, w, h);
  g.fillStyle(PALETTE.inkMuted, 0.35);
  const rows = Math.floor((h - 24) / 9);
  for (let i = 0; i < rows; i++) {
    const lw = (w - 24) * (i % 4 === 3 ? 0.55 : 0.92);
    g.fillRect(-w / 2 + 12, -h / 2 + 14 + i * 9, lw, 2.5);
  }
  return g;
}

/** Small confetti rectangles, one per burst piece, at (x, y); the caller animates them. */
export function confetti(
  scene: Phaser.Scene,
  x: number,
  y: number,
  pieces: readonly BurstPiece[],
): Phaser.GameObjects.Rectangle[] {
  return pieces.map((p) => scene.add.rectangle(x, y, 9 * p.size, 5 * p.size, p.colour));
}
