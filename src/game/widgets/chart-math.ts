// Pure maths of the deal chart (any units: scores 0–100 or utilities 0–1): the plotted domain, density binning of many points (up to a few
// hundred thousand) and the zone of possible agreement as a polygon under the Pareto frontier.

/** A point of the chart: x is side A's value, y side B's. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

/** Points as an array of {x, y} or as two parallel typed arrays (cheaper for 200k points). */
export type PointSource = readonly Pt[] | { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> };

/** The chart's markers, in legend order. */
export const MARKER_KINDS = ['walkAway', 'nash', 'kalai', 'historical', 'yours'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A closed interval on each axis. */
export interface Domain {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Number of points in a source. */
export function pointCount(src: PointSource): number {
  return 'xs' in src ? Math.min(src.xs.length, src.ys.length) : src.length;
}

/** Call `f(x, y)` for every finite point of a source, without allocating. */
export function eachPoint(src: PointSource, f: (x: number, y: number) => void): void {
  if ('xs' in src) {
    const n = pointCount(src);
    for (let i = 0; i < n; i++) {
      const x = src.xs[i]!;
      const y = src.ys[i]!;
      if (Number.isFinite(x) && Number.isFinite(y)) f(x, y);
    }
  } else {
    for (const p of src) if (Number.isFinite(p.x) && Number.isFinite(p.y)) f(p.x, p.y);
  }
}

/** The domain: the extent of the points and the extra points (at least [0, 1]² when empty), padded. */
export function chartDomain(src: PointSource, extra: readonly (Pt | null | undefined)[], pad = 0.04): Domain {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const take = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  };
  eachPoint(src, take);
  for (const p of extra) if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) take(p.x, p.y);
  if (x0 > x1) return chartDomain([{ x: 0, y: 0 }], [{ x: 1, y: 1 }], pad);
  if (x1 - x0 < 1e-9) [x0, x1] = [x0 - 0.5, x1 + 0.5];
  if (y1 - y0 < 1e-9) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const px = (x1 - x0) * pad;
  const py = (y1 - y0) * pad;
  return { x0: x0 - px, x1: x1 + px, y0: y0 - py, y1: y1 + py };
}

/** Counts of points per cell of a cols × rows grid over the domain; row 0 is the top (high y). */
export function binDensity(
  src: PointSource,
  d: Domain,
  cols: number,
  rows: number,
): { counts: Uint32Array; max: number } {
  const counts = new Uint32Array(Math.max(0, cols * rows));
  let max = 0;
  if (cols <= 0 || rows <= 0) return { counts, max };
  const sx = cols / (d.x1 - d.x0);
  const sy = rows / (d.y1 - d.y0);
  eachPoint(src, (x, y) => {
    if (x < d.x0 || x > d.x1 || y < d.y0 || y > d.y1) return;
    const c = Math.min(cols - 1, Math.floor((x - d.x0) * sx));
    const r = Math.min(rows - 1, Math.floor((d.y1 - y) * sy));
    const i = r * cols + c;
    const v = counts[i]! + 1;
    counts[i] = v;
    if (v > max) max = v;
  });
  return { counts, max };
}

/** The points of the frontier sorted by x ascending (non-finite dropped). */
export function sortFrontier(frontier: readonly Pt[]): Pt[] {
  return frontier
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x || b.y - a.y);
}

/**
 * The zone of possible agreement drawn as a polygon: the area under the frontier polyline that
 * both sides prefer to walking away (x ≥ walk.x and y ≥ walk.y). Empty array when there is none.
 */
export function zopaPolygon(frontier: readonly Pt[], walk: Pt): Pt[] {
  const f = sortFrontier(frontier);
  const first = f[0];
  const last = f[f.length - 1];
  if (!first || !last) return [];
  const far = -1e6;
  const subject: Pt[] = [{ x: far, y: far }, { x: far, y: first.y }, ...f, { x: last.x, y: far }];
  const clipped = clip(
    clip(
      subject,
      (p) => p.x >= walk.x,
      (a, b) => cutX(a, b, walk.x),
    ),
    (p) => p.y >= walk.y,
    (a, b) => cutY(a, b, walk.y),
  );
  return area(clipped) > 1e-9 ? clipped : [];
}

/** Sutherland–Hodgman against one half-plane. */
function clip(poly: readonly Pt[], inside: (p: Pt) => boolean, cut: (a: Pt, b: Pt) => Pt): Pt[] {
  const out: Pt[] = [];
  poly.forEach((cur, i) => {
    const prev = poly[(i + poly.length - 1) % poly.length]!;
    const ci = inside(cur);
    const pi = inside(prev);
    if (ci) {
      if (!pi) out.push(cut(prev, cur));
      out.push(cur);
    } else if (pi) out.push(cut(prev, cur));
  });
  return out;
}

function cutX(a: Pt, b: Pt, x: number): Pt {
  const t = (x - a.x) / (b.x - a.x);
  return { x, y: a.y + (b.y - a.y) * t };
}

function cutY(a: Pt, b: Pt, y: number): Pt {
  const t = (y - a.y) / (b.y - a.y);
  return { x: a.x + (b.x - a.x) * t, y };
}

/** Absolute area of a polygon (shoelace). */
export function area(poly: readonly Pt[]): number {
  let s = 0;
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length]!;
    s += p.x * q.y - q.x * p.y;
  });
  return Math.abs(s) / 2;
}

/** Tick values on [lo, hi] at a round step (1, 2, 2.5 or 5 times a power of ten), at least four. */
export function ticks(lo: number, hi: number): number[] {
  const raw = Math.max(hi - lo, 1e-9) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw - 1e-12) ?? 10) * power;
  const at = (by: number) => {
    const out: number[] = [];
    for (let k = Math.ceil(lo / by - 1e-9); k * by <= hi + 1e-9; k++)
      out.push(Math.round(k * by * 1000) / 1000 + 0);
    return out;
  };
  const coarse = at(step);
  return coarse.length >= 4 ? coarse : at(step / 2);
}
