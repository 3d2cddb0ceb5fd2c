// Pure layout maths for the widgets (no Phaser), so positions and states are unit-tested in node.

/** A point in design pixels. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** Where things stand in the room, for a room of a given size (origin at its top-left). */
export interface TableLayout {
  /** Uniform scale of the art relative to the 1280×720 design. */
  readonly k: number;
  /** Scale for the Delegation widgets: a little larger than k, more so in small rooms. */
  readonly figureScale: number;
  readonly centerX: number;
  /** Back edge of the table top; figures behind it are hidden below this line. */
  readonly tableTop: number;
  /** Front edge of the table top. */
  readonly tableFront: number;
  readonly tableLeft: number;
  readonly tableRight: number;
  /** Base of each delegation (the lead figure's shoulders sit above it). */
  readonly seats: { readonly left: XY; readonly right: XY };
  /** Top-centre of each hanging banner, with its size. */
  readonly banners: {
    readonly left: XY;
    readonly right: XY;
    readonly width: number;
    readonly height: number;
  };
  /** Name plates on the table in front of each delegation. */
  readonly plates: { readonly left: XY; readonly right: XY };
  /** The small crossed desk flags in the middle of the table. */
  readonly deskFlags: XY;
  /** Where an offer card rests (its centre) once it has crossed the table. */
  readonly card: XY;
  /** How far from the resting point a card starts, towards the sending side. */
  readonly cardTravel: number;
}

/** The room's layout for a width × height area (the design is 1280 × 720). */
export function tableLayout(width: number, height: number): TableLayout {
  const k = Math.min(width / 1280, height / 720);
  const cx = width / 2;
  const tableTop = height * 0.58;
  const half = 480 * k;
  const seatY = tableTop + 38 * k;
  const plateY = tableTop + 74 * k;
  const spread = width * 0.25;
  const bannerSpread = width * 0.19;
  return {
    k,
    figureScale: k * (1.12 + 0.5 * Math.max(0, 1 - k)),
    centerX: cx,
    tableTop,
    tableFront: tableTop + 138 * k,
    tableLeft: cx - half,
    tableRight: cx + half,
    seats: { left: { x: cx - spread, y: seatY }, right: { x: cx + spread, y: seatY } },
    banners: {
      left: { x: cx - bannerSpread, y: height * 0.105 },
      right: { x: cx + bannerSpread, y: height * 0.105 },
      width: 62 * k,
      height: height * 0.35,
    },
    plates: { left: { x: cx - spread, y: plateY }, right: { x: cx + spread, y: plateY } },
    deskFlags: { x: cx, y: tableTop + 16 * k },
    card: { x: cx, y: height * 0.42 },
    cardTravel: spread * 0.9,
  };
}

/** How close the deadline is: calm, soon (the last rounds), last (the final round). */
export const URGENCIES = ['calm', 'soon', 'last'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Urgency of round `round` of `total` when rounds left ≤ `soonAt` count as soon. */
export function urgencyOf(round: number, total: number, soonAt = 2): Urgency {
  const left = total - round;
  if (total <= 0 || left <= 0) return 'last';
  return left < soonAt ? 'soon' : 'calm';
}

/** The round clock's pips: centre angles (radians, clockwise from 12 o'clock) and half-width. */
export function clockPips(
  total: number,
  gap = 0.1,
): { readonly angles: readonly number[]; readonly half: number } {
  const n = Math.max(1, Math.floor(total));
  const step = (Math.PI * 2) / n;
  const half = Math.max(0.02, (step - gap) / 2);
  return { angles: Array.from({ length: n }, (_, i) => -Math.PI / 2 + step * (i + 0.5)), half };
}

/** A meter's drawn parts: fill width, and the changed segment between old and new value. */
export interface MeterParts {
  readonly fill: number;
  /** The segment that changed (from < to), in pixels; null when the delta is zero. */
  readonly change: { readonly from: number; readonly to: number; readonly gain: boolean } | null;
}

/** Lay out a meter of `width` px for a 0–100 value that moved by `delta` to get there. */
export function meterParts(value: number, delta: number, width: number): MeterParts {
  const px = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * width;
  const fill = px(value);
  if (!delta || Math.abs(delta) < 0.5) return { fill, change: null };
  const before = px(value - delta);
  return { fill, change: { from: Math.min(before, fill), to: Math.max(before, fill), gain: delta > 0 } };
}

/** A change with its sign ('+7', '−3' with U+2212), or '' for none. */
export function signed(delta: number): string {
  const r = Math.round(delta);
  if (r === 0) return '';
  return r > 0 ? `+${r}` : `\u2212${Math.abs(r)}`;
}

/** Split 'Issue: option' at the first colon; lines without one are all option. */
export function splitLine(line: string): { readonly issue: string; readonly option: string } {
  const i = line.indexOf(': ');
  if (i <= 0) return { issue: '', option: line.trim() };
  return { issue: line.slice(0, i).trim(), option: line.slice(i + 2).trim() };
}

/** A small seeded generator (mulberry32) so effects look the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One piece of a burst (confetti or scattered papers): where it flies and how it turns. */
export interface BurstPiece {
  readonly dx: number;
  readonly dy: number;
  readonly spin: number;
  readonly delay: number;
  readonly size: number;
  readonly colour: number;
}

/** `count` pieces flying out within `spread` px, upward-biased by `lift`, colours cycled. */
export function burst(
  count: number,
  spread: number,
  lift: number,
  colours: readonly number[],
  seed = 7,
): BurstPiece[] {
  const rnd = seeded(seed);
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const angle = rnd() * Math.PI * 2;
    const r = spread * (0.35 + 0.65 * rnd());
    return {
      dx: Math.cos(angle) * r,
      dy: Math.sin(angle) * r * 0.7 - lift * rnd(),
      spin: (rnd() - 0.5) * Math.PI * 4,
      delay: Math.round(rnd() * 160),
      size: 0.6 + rnd() * 0.8,
      colour: colours.length ? (colours[i % colours.length] ?? 0xffffff) : 0xffffff,
    };
  });
}

/** The longest prefix of `full` plus '…' whose width fits `max` (binary search); `full` if it fits. */
export function ellipsize(full: string, max: number, width: (s: string) => number): string {
  if (width(full) <= max) return full;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${full.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${full.slice(0, lo).trimEnd()}…`;
}
