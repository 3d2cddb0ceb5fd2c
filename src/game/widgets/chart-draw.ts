// Drawing helpers of the deal chart: the density raster (one canvas texture, any number of points)
// and the marker symbols shared by the plot and its legend.
import type * as Phaser from 'phaser';
import { PALETTE } from '../theme';
import { binDensity, type Domain, type MarkerKind, type PointSource } from './chart-math';

let textureSeq = 0;

/**
 * Rasterise the points into a new canvas texture of w × h design px at render scale rs, as
 * squares of `cell` design px whose opacity grows with the log of the count. Returns its key.
 */
export function densityTexture(
  scene: Phaser.Scene,
  src: PointSource,
  d: Domain,
  w: number,
  h: number,
  rs: number,
  colour: number,
  cell = 2,
): string {
  const key = `deal-chart-density-${++textureSeq}`;
  const pw = Math.max(1, Math.round(w * rs));
  const ph = Math.max(1, Math.round(h * rs));
  const tex = scene.textures.createCanvas(key, pw, ph);
  if (!tex) return key;
  const px = Math.max(1, Math.round(cell * rs));
  const cols = Math.floor(pw / px);
  const rows = Math.floor(ph / px);
  const { counts, max } = binDensity(src, d, cols, rows);
  const ctx = tex.getContext();
  const img = ctx.createImageData(pw, ph);
  const data = img.data;
  const r = (colour >> 16) & 0xff;
  const g = (colour >> 8) & 0xff;
  const b = colour & 0xff;
  const logMax = Math.log1p(Math.max(1, max));
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const c = counts[row * cols + col]!;
      if (c === 0) continue;
      const a = Math.round(255 * (0.35 + 0.65 * (Math.log1p(c) / logMax)));
      for (let yy = row * px; yy < row * px + px - (px > 2 ? 1 : 0); yy++) {
        let o = (yy * pw + col * px) * 4;
        for (let xx = 0; xx < px - (px > 2 ? 1 : 0); xx++, o += 4) {
          data[o] = r;
          data[o + 1] = g;
          data[o + 2] = b;
          data[o + 3] = a;
        }
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  tex.refresh();
  return key;
}

/** Colour of each marker kind (the player's own deal uses the accent passed in). */
export const MARKER_COLOURS: Record<MarkerKind, number> = {
  walkAway: PALETTE.textMuted,
  nash: PALETTE.good,
  kalai: 0x6fb7ff,
  historical: PALETTE.brass,
  yours: PALETTE.white,
};

/** Draw a marker symbol centred at (x, y) with half-size s. */
export function drawMarker(
  g: Phaser.GameObjects.Graphics,
  kind: MarkerKind,
  x: number,
  y: number,
  s: number,
  colour: number,
): void {
  const rim = PALETTE.night;
  switch (kind) {
    case 'walkAway':
      g.lineStyle(3, colour, 1)
        .lineBetween(x - s, y - s, x + s, y + s)
        .lineBetween(x - s, y + s, x + s, y - s);
      return;
    case 'nash':
      g.fillStyle(colour, 1).lineStyle(2, rim, 1);
      path(g, diamond(x, y, s * 1.55), true)
        .fillPath()
        .strokePath();
      return;
    case 'kalai':
      g.fillStyle(colour, 1).lineStyle(2, rim, 1);
      g.fillTriangle(x, y - s * 1.2, x + s * 1.1, y + s * 0.8, x - s * 1.1, y + s * 0.8);
      g.strokeTriangle(x, y - s * 1.2, x + s * 1.1, y + s * 0.8, x - s * 1.1, y + s * 0.8);
      return;
    case 'historical':
      g.fillStyle(colour, 1).fillRect(x - s, y - s, 2 * s, 2 * s);
      g.lineStyle(2, rim, 1).strokeRect(x - s, y - s, 2 * s, 2 * s);
      return;
    case 'yours':
      g.fillStyle(colour, 1).lineStyle(2, rim, 1);
      path(g, star(x, y, s * 1.5, s * 0.65), true)
        .fillPath()
        .strokePath();
      return;
  }
}

function diamond(x: number, y: number, s: number): XYs {
  return [
    { x, y: y - s },
    { x: x + s, y },
    { x, y: y + s },
    { x: x - s, y },
  ];
}

function star(x: number, y: number, outer: number, inner: number): XYs {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    return { x: x + Math.cos(a) * r, y: y + Math.sin(a) * r };
  });
}

type XYs = readonly { readonly x: number; readonly y: number }[];

/** Radius of the dots that mark where an offer path starts (hollow) and ends (filled). */
export const OFFER_DOT = 4.5;

/**
 * Draw one side's offers as a path (dashed if asked) revealed up to `t` (0–1), with a halo so it
 * reads over the cloud, a hollow dot at the first offer and a filled dot at the last.
 */
export function drawOfferPath(
  g: Phaser.GameObjects.Graphics,
  pts: XYs,
  colour: number,
  dashes: boolean,
  t = 1,
): void {
  if (pts.length === 0) return;
  const upto = Math.max(1, Math.round(pts.length * t));
  const shown = pts.slice(0, upto);
  for (const [width, c] of [
    [5, PALETTE.night],
    [2.5, colour],
  ] as const) {
    g.lineStyle(width, c, 1);
    shown.slice(1).forEach((q, i) => {
      const a = shown[i]!;
      if (dashes && c === colour) dashed(g, a.x, a.y, q.x, q.y, 7, 4);
      else g.lineBetween(a.x, a.y, q.x, q.y);
    });
  }
  const first = shown[0]!;
  g.fillStyle(PALETTE.night, 1).fillCircle(first.x, first.y, OFFER_DOT + 1);
  g.lineStyle(2, colour, 1).strokeCircle(first.x, first.y, OFFER_DOT);
  if (upto === pts.length && pts.length > 1) {
    const last = pts[pts.length - 1]!;
    g.fillStyle(PALETTE.night, 1).fillCircle(last.x, last.y, OFFER_DOT + 1.5);
    g.fillStyle(colour, 1).fillCircle(last.x, last.y, OFFER_DOT);
  }
}

/** Begin a path through the points (closed if asked); the caller fills and/or strokes it. */
export function path(g: Phaser.GameObjects.Graphics, pts: XYs, closed: boolean): Phaser.GameObjects.Graphics {
  g.beginPath();
  pts.forEach((p, i) => {
    if (i === 0) g.moveTo(p.x, p.y);
    else g.lineTo(p.x, p.y);
  });
  if (closed) g.closePath();
  return g;
}

/** Draw a dashed line from (x1, y1) to (x2, y2). */
export function dashed(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash = 6,
  gap = 5,
): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let t = 0; t < len; t += dash + gap) {
    const e = Math.min(len, t + dash);
    g.lineBetween(x1 + ux * t, y1 + uy * t, x1 + ux * e, y1 + uy * e);
  }
}
