import { describe, expect, it } from 'vitest';
import { area, binDensity, chartDomain, pointCount, sortFrontier, ticks, zopaPolygon } from './chart-math';

const unit = { x0: 0, x1: 1, y0: 0, y1: 1 };

describe('binDensity', () => {
  it('counts every point inside the domain once, top row for high y', () => {
    const xs = new Float32Array([0.1, 0.1, 0.9, 2]);
    const ys = new Float32Array([0.9, 0.9, 0.1, 0.5]);
    const { counts, max } = binDensity({ xs, ys }, unit, 2, 2);
    expect([...counts]).toEqual([2, 0, 0, 1]);
    expect(max).toBe(2);
  });
  it('takes arrays of points and skips non-finite ones', () => {
    const pts = [
      { x: 0.5, y: 0.5 },
      { x: Number.NaN, y: 0.5 },
    ];
    expect(pointCount(pts)).toBe(2);
    const { counts } = binDensity(pts, unit, 4, 4);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(1);
  });
  it('bins 200 000 points', () => {
    const n = 200_000;
    const xs = new Float64Array(n).map((_, i) => (i % 997) / 997);
    const ys = new Float64Array(n).map((_, i) => (i % 991) / 991);
    const { counts } = binDensity({ xs, ys }, unit, 300, 200);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
  });
});

describe('chartDomain', () => {
  it('spans the points and the extra points, padded', () => {
    const d = chartDomain({ xs: [20, 80], ys: [10, 60] }, [{ x: 90, y: 5 }, null]);
    expect(d.x0).toBeLessThan(20);
    expect(d.x0).toBeGreaterThan(15);
    expect(d.x1).toBeGreaterThan(90);
    expect(d.y0).toBeLessThan(5);
    expect(d.y1).toBeGreaterThan(60);
  });
  it('is the unit square padded when there is nothing to span', () => {
    const d = chartDomain([], []);
    expect(d.x0).toBeLessThan(0);
    expect(d.x1).toBeGreaterThan(1);
  });
});

describe('zopaPolygon', () => {
  const frontier = [
    { x: 1, y: 0 },
    { x: 0, y: 1 },
  ];
  it('is the triangle under a straight frontier beyond the walk-away point', () => {
    const poly = zopaPolygon(frontier, { x: 0.2, y: 0.2 });
    expect(area(poly)).toBeCloseTo(0.18);
    for (const p of poly) {
      expect(p.x).toBeGreaterThanOrEqual(0.2 - 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(0.2 - 1e-9);
      expect(p.x + p.y).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
  it('is empty when walking away beats every deal', () => {
    expect(zopaPolygon(frontier, { x: 0.6, y: 0.6 })).toEqual([]);
    expect(zopaPolygon([], { x: 0, y: 0 })).toEqual([]);
  });
  it('follows a concave staircase frontier', () => {
    const f = [
      { x: 0, y: 1 },
      { x: 0.5, y: 0.9 },
      { x: 0.9, y: 0.5 },
      { x: 1, y: 0 },
    ];
    expect(area(zopaPolygon(f, { x: 0, y: 0 }))).toBeCloseTo(0.5 * 0.95 + 0.4 * 0.7 + 0.1 * 0.25);
  });
});

describe('chart helpers', () => {
  it('sorts the frontier by x', () => {
    expect(
      sortFrontier([
        { x: 0.9, y: 0.1 },
        { x: 0.1, y: 0.9 },
      ]).map((p) => p.x),
    ).toEqual([0.1, 0.9]);
  });
  it('ticks the unit axis in quarters', () => {
    expect(ticks(-0.04, 1.04)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('ticks a score axis at round steps inside the range', () => {
    expect(ticks(17, 83)).toEqual([20, 40, 60, 80]);
    expect(ticks(-2, 102)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(27, 79)).toEqual([30, 40, 50, 60, 70]);
    for (const [lo, hi] of [
      [3.3, 47.1],
      [0.12, 0.31],
      [-40, 260],
    ] as const) {
      const t = ticks(lo, hi);
      expect(t.length).toBeGreaterThanOrEqual(4);
      expect(t.length).toBeLessThanOrEqual(11);
      expect(Math.min(...t)).toBeGreaterThanOrEqual(lo);
      expect(Math.max(...t)).toBeLessThanOrEqual(hi);
    }
  });
});
