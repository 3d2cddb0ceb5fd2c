import { describe, expect, it } from 'vitest';
import { type Box, type LabelRequest, overlaps, placeLabels, spreadMarkers } from './chart-labels';

const bounds: Box = { x: 0, y: 0, w: 560, h: 400 };
const RADIUS = 10;

/** Every property the chart relies on, checked box by box against the requests. */
function check(reqs: readonly LabelRequest[], within: Box = bounds): void {
  const placed = placeLabels(reqs, within, RADIUS);
  expect(placed).toHaveLength(reqs.length);
  placed.forEach((p, i) => {
    const r = reqs[i]!;
    expect([p.w, p.h]).toEqual([r.w, r.h]);
    expect(p.x).toBeGreaterThanOrEqual(within.x);
    expect(p.y).toBeGreaterThanOrEqual(within.y);
    expect(p.x + p.w).toBeLessThanOrEqual(within.x + within.w);
    expect(p.y + p.h).toBeLessThanOrEqual(within.y + within.h);
    for (const [j, q] of placed.entries())
      if (j !== i) expect(overlaps(p, q), `labels ${i} and ${j}`).toBe(false);
    for (const m of reqs) {
      const marker = { x: m.x - RADIUS, y: m.y - RADIUS, w: 2 * RADIUS, h: 2 * RADIUS };
      expect(overlaps(p, marker), `label ${i} covers a marker`).toBe(false);
    }
    // The leader starts on the marker's rim and ends on the label's edge.
    if (p.leader) {
      expect(Math.hypot(p.leader.x1 - r.x, p.leader.y1 - r.y)).toBeCloseTo(RADIUS);
      const onEdge =
        Math.min(
          Math.abs(p.leader.x2 - p.x),
          Math.abs(p.leader.x2 - p.x - p.w),
          Math.abs(p.leader.y2 - p.y),
          Math.abs(p.leader.y2 - p.y - p.h),
        ) < 1e-9;
      expect(onEdge).toBe(true);
    }
  });
}

const five = (at: (i: number) => { x: number; y: number }): LabelRequest[] =>
  [70, 40, 56, 80, 62].map((w, i) => ({ ...at(i), w, h: 18 }));

describe('placeLabels', () => {
  it('keeps five labels apart when their markers coincide', () => check(five(() => ({ x: 280, y: 200 }))));
  it('keeps labels apart for markers a few pixels from each other', () =>
    check(five((i) => ({ x: 300 + (i % 2) * 4, y: 150 + i * 3 }))));
  it('keeps labels inside the plot for a cluster in a corner', () => {
    check(five((i) => ({ x: 552 - i, y: 8 + i })));
    check(five((i) => ({ x: 4 + i * 2, y: 396 - i })));
  });
  it('keeps labels apart on a random cloud of clusters', () => {
    let s = 7;
    const rnd = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    for (let trial = 0; trial < 40; trial++) {
      const cx = 20 + rnd() * 520;
      const cy = 20 + rnd() * 360;
      check(five(() => ({ x: cx + rnd() * 12 - 6, y: cy + rnd() * 12 - 6 })));
    }
  });
  it('puts a lone label right beside its marker', () => {
    const [p] = placeLabels([{ x: 200, y: 200, w: 40, h: 16 }], bounds, RADIUS);
    const gap = Math.hypot(p!.x + p!.w / 2 - 200, p!.y + p!.h / 2 - 200);
    expect(gap).toBeLessThan(50);
  });
});

describe('spreadMarkers', () => {
  const far = (a: { x: number; y: number }[], d: number) =>
    a.every((p, i) => a.every((q, j) => i === j || Math.hypot(p.x - q.x, p.y - q.y) >= d - 1e-9));

  it('leaves markers that are apart where they are', () => {
    const pts = [
      { x: 10, y: 10 },
      { x: 100, y: 10 },
    ];
    expect(spreadMarkers(pts, 20)).toEqual(pts);
  });
  it('spreads coinciding and chained markers at least d apart, around their centre', () => {
    for (const pts of [
      Array.from({ length: 5 }, () => ({ x: 200, y: 200 })),
      [
        { x: 200, y: 200 },
        { x: 210, y: 200 },
        { x: 220, y: 204 },
        { x: 400, y: 300 },
      ],
    ]) {
      const out = spreadMarkers(pts, 20);
      expect(far(out, 20)).toBe(true);
      for (const [i, p] of out.entries())
        expect(Math.hypot(p.x - pts[i]!.x, p.y - pts[i]!.y)).toBeLessThan(40);
    }
  });
});
