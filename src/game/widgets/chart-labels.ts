// Placing the chart's marker labels so that none covers another label or any marker, even when the
// markers sit on top of each other: each label tries spots around its marker, nearest first, with a
// backtracking search; a leader line joins label and marker. Pure geometry, in pixels.

/** An axis-aligned box: top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label to place: its marker's centre and the label's size. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A placed label and its leader line (from the marker's rim to the label's nearest edge). */
export interface PlacedLabel extends Box {
  readonly leader: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  } | null;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.w + margin &&
    b.x < a.x + a.w + margin &&
    a.y < b.y + b.h + margin &&
    b.y < a.y + a.h + margin
  );
}

const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

const DIRECTIONS = 16;
const RINGS = [6, 18, 34, 56, 84, 120, 170];
const GAP = 3;
const MAX_STEPS = 20_000;

/** Candidate boxes around a marker, nearest ring first; upper-right is preferred within a ring. */
function candidates(r: LabelRequest, radius: number, bounds: Box, markers: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const ring of RINGS) {
    for (let k = 0; k < DIRECTIONS; k++) {
      const a = -Math.PI / 4 + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * ((2 * Math.PI) / DIRECTIONS);
      const cx = r.x + Math.cos(a) * (radius + ring + r.w / 2);
      const cy = r.y + Math.sin(a) * (radius + ring + r.h / 2);
      const box = { x: cx - r.w / 2, y: cy - r.h / 2, w: r.w, h: r.h };
      if (inside(box, bounds) && !markers.some((m) => overlaps(box, m, GAP))) out.push(box);
    }
  }
  return out;
}

/** The leader from the marker's rim to the nearest point of the box, or null when they touch. */
function leaderTo(r: LabelRequest, radius: number, b: Box): PlacedLabel['leader'] {
  const nx = Math.min(Math.max(r.x, b.x), b.x + b.w);
  const ny = Math.min(Math.max(r.y, b.y), b.y + b.h);
  const d = Math.hypot(nx - r.x, ny - r.y);
  if (d <= radius + 2) return null;
  return { x1: r.x + ((nx - r.x) / d) * radius, y1: r.y + ((ny - r.y) / d) * radius, x2: nx, y2: ny };
}

/** Stack labels down the bounds' right edge (then the next column left): the fallback, labels apart. */
function stacked(reqs: readonly LabelRequest[], bounds: Box): Box[] {
  const out: Box[] = [];
  let right = bounds.x + bounds.w;
  let y = bounds.y;
  let colWidth = 0;
  for (const r of reqs) {
    if (y + r.h > bounds.y + bounds.h) {
      right -= colWidth + GAP * 2;
      y = bounds.y;
      colWidth = 0;
    }
    out.push({ x: right - r.w, y, w: r.w, h: r.h });
    y += r.h + GAP * 2;
    colWidth = Math.max(colWidth, r.w);
  }
  return out;
}

/**
 * Place one label per request inside `bounds`: no two labels overlap, and no label covers any
 * marker (a box of `radius` around each request's point). Markers may coincide. Should the search
 * find no such placement, labels are stacked down the right edge: still apart, leaders kept.
 */
export function placeLabels(reqs: readonly LabelRequest[], bounds: Box, radius = 10): PlacedLabel[] {
  const markers = reqs.map((r) => ({ x: r.x - radius, y: r.y - radius, w: 2 * radius, h: 2 * radius }));
  const options = reqs.map((r) => candidates(r, radius, bounds, markers));
  // Most constrained first: the label with the fewest spots chooses before the others.
  const order = reqs.map((_, i) => i).sort((a, b) => options[a]!.length - options[b]!.length || a - b);
  const chosen: (Box | null)[] = reqs.map(() => null);
  let steps = 0;
  const search = (k: number): boolean => {
    if (k === order.length) return true;
    const i = order[k]!;
    for (const box of options[i]!) {
      if (++steps > MAX_STEPS) return false;
      if (chosen.some((c) => c !== null && overlaps(c, box, GAP))) continue;
      chosen[i] = box;
      if (search(k + 1)) return true;
      chosen[i] = null;
    }
    return false;
  };
  const boxes = search(0) ? (chosen as Box[]) : stacked(reqs, bounds);
  return boxes.map((b, i) => ({ ...b, leader: leaderTo(reqs[i]!, radius, b) }));
}

/**
 * Where to draw markers so that none hides another: markers closer than `d` (chained) form a
 * cluster, drawn on a small ring around its centre, adjacent ones `d` apart; lone markers stay.
 */
export function spreadMarkers(
  pts: readonly { x: number; y: number }[],
  d: number,
): { x: number; y: number }[] {
  const cluster = pts.map((_, i) => i);
  const root = (i: number): number => (cluster[i] === i ? i : root(cluster[i]!));
  pts.forEach((p, i) => {
    for (let j = 0; j < i; j++)
      if (Math.hypot(p.x - pts[j]!.x, p.y - pts[j]!.y) < d) cluster[root(i)] = root(j);
  });
  const out = pts.map((p) => ({ x: p.x, y: p.y }));
  for (const r of new Set(pts.map((_, i) => root(i)))) {
    const members = pts.flatMap((_, i) => (root(i) === r ? [i] : []));
    const n = members.length;
    if (n < 2) continue;
    const cx = members.reduce((s, i) => s + pts[i]!.x, 0) / n;
    const cy = members.reduce((s, i) => s + pts[i]!.y, 0) / n;
    const ring = d / (2 * Math.sin(Math.PI / n));
    members.forEach((i, k) => {
      const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
      out[i] = { x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a) };
    });
  }
  return out;
}
