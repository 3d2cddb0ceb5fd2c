// The stage's art: hand-written SVGs under assets/art, imported through Vite (inlined as data URIs
// in the single-file build), rasterised by the Preloader at the render scale so they stay crisp.
import type * as Phaser from 'phaser';
import roomUrl from '../../../assets/art/room.svg?url';
import sealUrl from '../../../assets/art/seal.svg?url';
import tableUrl from '../../../assets/art/table.svg?url';
import { base64DataUrl } from './data-url';

/** One piece of art: its texture key, URL and size in design pixels. */
export interface ArtPiece {
  readonly key: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** Every piece the Preloader loads; widgets draw a plain fallback when one is missing. */
export const ART = {
  room: { key: 'art-room', url: base64DataUrl(roomUrl), width: 1280, height: 720 },
  table: { key: 'art-table', url: base64DataUrl(tableUrl), width: 960, height: 250 },
  seal: { key: 'art-seal', url: base64DataUrl(sealUrl), width: 200, height: 200 },
} as const satisfies Record<string, ArtPiece>;
export type ArtName = keyof typeof ART;

/** How an art piece is fitted to its box: stretched, or cropped to keep its aspect ('cover'). */
export interface ArtFit {
  readonly cover?: boolean;
  /** Render scale (device px per design px) for the resampled copy. */
  readonly rs?: number;
}

/**
 * An image of a piece shown at w × h design px, or null when the texture is not loaded. When the
 * box is much smaller than the raster (a compact room) or `cover` is asked, a copy is resampled
 * once on a canvas (cached by size) so thin lines stay smooth and proportions are kept.
 */
export function artImage(
  scene: Phaser.Scene,
  name: ArtName,
  x: number,
  y: number,
  width: number = ART[name].width,
  height: number = ART[name].height,
  fit: ArtFit = {},
): Phaser.GameObjects.Image | null {
  const piece = ART[name];
  if (!scene.textures.exists(piece.key)) return null;
  const src = scene.textures.get(piece.key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const tw = Math.max(1, Math.round(width * (fit.rs ?? 1)));
  const th = Math.max(1, Math.round(height * (fit.rs ?? 1)));
  const shrink = src.width > tw * 1.3 || src.height > th * 1.3;
  const key = fit.cover || shrink ? resampled(scene, piece.key, src, tw, th, fit.cover === true) : piece.key;
  return scene.add.image(x, y, key).setDisplaySize(width, height);
}

function resampled(
  scene: Phaser.Scene,
  base: string,
  src: HTMLImageElement | HTMLCanvasElement,
  tw: number,
  th: number,
  cover: boolean,
): string {
  const key = `${base}@${tw}x${th}${cover ? 'c' : ''}`;
  if (scene.textures.exists(key)) return key;
  const tex = scene.textures.createCanvas(key, tw, th);
  if (!tex) return base;
  const ctx = tex.getContext();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  const s = cover ? Math.max(tw / src.width, th / src.height) : 1;
  const sw = cover ? tw / s : src.width;
  const sh = cover ? th / s : src.height;
  ctx.drawImage(src, (src.width - sw) / 2, (src.height - sh) / 2, sw, sh, 0, 0, tw, th);
  tex.refresh();
  return key;
}

/** Key of a soft round glow texture in a colour (a radial gradient, made once per colour). */
export function glowTexture(scene: Phaser.Scene, colour: number): string {
  const key = `glow-${colour.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const size = 128;
  const tex = scene.textures.createCanvas(key, size, size);
  if (!tex) return key;
  const ctx = tex.getContext();
  const rgb = `${(colour >> 16) & 0xff}, ${(colour >> 8) & 0xff}, ${colour & 0xff}`;
  const grad = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  grad.addColorStop(0, `rgba(${rgb}, 0.5)`);
  grad.addColorStop(0.45, `rgba(${rgb}, 0.22)`);
  grad.addColorStop(1, `rgba(${rgb}, 0)`);
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, size, size);
  tex.refresh();
  return key;
}

/** A soft glow image of w × h design px centred at (x, y). */
export function glowImage(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  colour: number,
): Phaser.GameObjects.Image {
  return scene.add.image(x, y, glowTexture(scene, colour)).setDisplaySize(w, h);
}
