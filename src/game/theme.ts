// The stage's look in one place: palette, fonts, text sizes, depths and colour helpers.
// Runtime-free of Phaser (types only), so the colour maths is unit-tested in node.
import type * as Phaser from 'phaser';

/** A colour as a CSS hex string ('#1f5fa8', '#fff') or a 0xRRGGBB number. */
export type ColourLike = string | number;

/** The palette: a deep navy room, warm wood, brass, paper; signal colours for meters. */
export const PALETTE = {
  night: 0x081424,
  navy: 0x0d1b2e,
  navyLift: 0x15294a,
  navyLine: 0x2b4a72,
  panel: 0x0f2038,
  wood: 0x8a5531,
  woodDark: 0x4f2d18,
  woodLight: 0xc08250,
  brass: 0xd2ac62,
  brassDark: 0x8c6a2c,
  paper: 0xf5f0e4,
  paperEdge: 0xd8cfbb,
  ink: 0x1c2633,
  inkMuted: 0x5a6574,
  text: 0xe8eef6,
  textMuted: 0xa3b3c8,
  good: 0x3dbb8c,
  warn: 0xe5a93b,
  bad: 0xe35b50,
  track: 0x223a5c,
  white: 0xffffff,
} as const;

/** Skin tones of the stylised figures: the same set on both sides. */
export const SKIN_TONES = [0xe7c6a4, 0xc99670, 0x9c6b4a] as const;
/** Hair colours of the stylised figures. */
export const HAIR_TONES = [0x2a2320, 0x5b4a3f, 0x9aa0a8] as const;

/** Font stacks: the shipped fonts first (src/ui/fonts.ts loads them before the stage draws). */
export const FONTS = {
  sans: '"Inter", "Noto Sans SC", Arial, sans-serif',
  serif: '"Noto Serif", "Noto Sans SC", Georgia, serif',
} as const;

/** Text sizes in design pixels; nothing on the stage is smaller than `small` (17: 13.6 px at 1024×640). */
export const SIZES = { small: 17, body: 17, label: 18, title: 22, headline: 24, big: 32 } as const;

/** Draw order of the stage's layers (higher is in front). */
export const DEPTH = {
  room: 0,
  banners: 5,
  delegation: 10,
  table: 20,
  tableProps: 25,
  card: 30,
  hud: 40,
  news: 45,
  chart: 50,
  effects: 60,
  flash: 70,
} as const;

/** Durations in ms shared by the widgets' tweens. */
export const MOTION = { quick: 220, normal: 480, slow: 900, card: 820 } as const;

/** The colour as a 0xRRGGBB number; unreadable strings become the fallback. */
export function toColour(c: ColourLike, fallback: number = PALETTE.brass): number {
  if (typeof c === 'number')
    return Number.isFinite(c) ? Math.max(0, Math.min(0xffffff, Math.round(c))) : fallback;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (!m?.[1]) return fallback;
  const hex = m[1].length === 3 ? [...m[1]].map((ch) => ch + ch).join('') : m[1];
  return Number.parseInt(hex, 16);
}

/** '#rrggbb' for a colour number (Text styles want CSS strings). */
export function cssColour(c: ColourLike): string {
  return `#${toColour(c).toString(16).padStart(6, '0')}`;
}

/** Linear mix of two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: ColourLike, b: ColourLike, t: number): number {
  const x = toColour(a);
  const y = toColour(b);
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number) => {
    const p = (x >> shift) & 0xff;
    const q = (y >> shift) & 0xff;
    return Math.round(p + (q - p) * k) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Relative luminance 0–1 (WCAG), to pick readable ink on a party colour. */
export function luminance(c: ColourLike): number {
  const n = toColour(c);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 0xff) + 0.7152 * lin((n >> 8) & 0xff) + 0.0722 * lin(n & 0xff);
}

/** Dark ink or white, whichever reads better on the background colour. */
export function inkOn(background: ColourLike): number {
  return luminance(background) > 0.35 ? PALETTE.ink : PALETTE.white;
}

/** A meter's colour: red below the veto, amber below the threshold, else by value. */
export function meterColour(value: number, threshold?: number | null, veto?: number | null): number {
  if (veto != null && value < veto) return PALETTE.bad;
  if (threshold != null) return value < threshold ? PALETTE.warn : PALETTE.good;
  if (value < 35) return mix(PALETTE.bad, PALETTE.warn, value / 35);
  if (value < 65) return mix(PALETTE.warn, PALETTE.good, (value - 35) / 30);
  return PALETTE.good;
}

/** Text variants of the stage. */
export const TEXT_VARIANTS = ['label', 'body', 'small', 'title', 'headline', 'big', 'number'] as const;
export type TextVariant = (typeof TEXT_VARIANTS)[number];

const VARIANT_STYLE: Record<TextVariant, { size: number; serif: boolean; bold: boolean }> = {
  label: { size: SIZES.label, serif: false, bold: false },
  body: { size: SIZES.body, serif: false, bold: false },
  small: { size: SIZES.small, serif: false, bold: false },
  title: { size: SIZES.title, serif: true, bold: true },
  headline: { size: SIZES.headline, serif: true, bold: true },
  big: { size: SIZES.big, serif: false, bold: true },
  number: { size: SIZES.label, serif: false, bold: true },
};

/** Options for `textStyle`: colour, size (never under 14), weight, wrap width, alignment. */
export interface TextOptions {
  readonly colour?: ColourLike;
  readonly size?: number;
  readonly bold?: boolean;
  readonly wrap?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly lineSpacing?: number;
}

/** A Text style in the theme's fonts, rendered at the render scale so it stays crisp. */
export function textStyle(
  variant: TextVariant,
  rs: number,
  opts: TextOptions = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  const v = VARIANT_STYLE[variant];
  const size = Math.max(SIZES.small, Math.round(opts.size ?? v.size));
  return {
    fontFamily: v.serif ? FONTS.serif : FONTS.sans,
    fontSize: `${size}px`,
    fontStyle: (opts.bold ?? v.bold) ? 'bold' : '',
    color: cssColour(opts.colour ?? PALETTE.text),
    align: opts.align ?? 'left',
    resolution: rs,
    lineSpacing: opts.lineSpacing ?? Math.round(size * 0.2),
    ...(opts.wrap ? { wordWrap: { width: opts.wrap, useAdvancedWrap: true } } : {}),
  };
}

/** The render scale RS of a scene: its camera's zoom (1 or 2), used as Text resolution. */
export function renderScale(scene: Phaser.Scene, override?: number): number {
  if (override && override >= 1) return Math.min(4, override);
  const zoom = scene.cameras?.main?.zoom ?? 1;
  return zoom >= 1 ? Math.min(4, zoom) : 1;
}
