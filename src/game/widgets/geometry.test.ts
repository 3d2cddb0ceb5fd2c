import { describe, expect, it } from 'vitest';
import {
  burst,
  clockPips,
  ellipsize,
  meterParts,
  seeded,
  signed,
  splitLine,
  tableLayout,
  urgencyOf,
} from './geometry';

describe('tableLayout', () => {
  it('places the delegations symmetrically about the centre', () => {
    const L = tableLayout(1280, 720);
    expect(L.k).toBe(1);
    expect(L.centerX - L.seats.left.x).toBeCloseTo(L.seats.right.x - L.centerX);
    expect(L.seats.left.y).toBeGreaterThan(L.tableTop);
  });
  it('scales with the smaller side and keeps everything inside the room', () => {
    const L = tableLayout(540, 330);
    expect(L.k).toBeCloseTo(540 / 1280);
    for (const p of [L.seats.left, L.seats.right, L.plates.left, L.plates.right, L.card]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(540);
      expect(p.y).toBeLessThan(330);
    }
    expect(L.figureScale).toBeGreaterThan(L.k);
  });
});

describe('urgencyOf', () => {
  it('is calm early, soon near the end, last in the final round', () => {
    expect(urgencyOf(1, 8)).toBe('calm');
    expect(urgencyOf(7, 8)).toBe('soon');
    expect(urgencyOf(8, 8)).toBe('last');
    expect(urgencyOf(5, 8, 4)).toBe('soon');
  });
});

describe('clockPips', () => {
  it('gives one pip per round, clockwise from 12 o’clock', () => {
    const { angles, half } = clockPips(8);
    expect(angles).toHaveLength(8);
    expect(angles[0]).toBeGreaterThan(-Math.PI / 2);
    expect(angles[7]!).toBeGreaterThan(angles[0]!);
    expect(half).toBeLessThan(Math.PI / 8);
  });
});

describe('meterParts', () => {
  it('marks a gain between the old and the new value', () => {
    const m = meterParts(70, 20, 200);
    expect(m.fill).toBe(140);
    expect(m.change).toEqual({ from: 100, to: 140, gain: true });
  });
  it('marks a loss beyond the fill and clamps to the bar', () => {
    const m = meterParts(10, -30, 100);
    expect(m.change).toEqual({ from: 10, to: 40, gain: false });
    expect(meterParts(120, 0, 100)).toEqual({ fill: 100, change: null });
  });
});

describe('text helpers', () => {
  it('signs changes with a true minus', () => {
    expect(signed(7.4)).toBe('+7');
    expect(signed(-3)).toBe('\u22123');
    expect(signed(0.2)).toBe('');
  });
  it('splits an offer line at the first colon', () => {
    expect(splitLine('Soybeans: 25 Mt: a year')).toEqual({ issue: 'Soybeans', option: '25 Mt: a year' });
    expect(splitLine('No deal')).toEqual({ issue: '', option: 'No deal' });
  });
  it('ellipsizes to the longest prefix that fits', () => {
    const width = (s: string) => s.length * 10;
    expect(ellipsize('short', 100, width)).toBe('short');
    const cut = ellipsize('a rather long label', 80, width);
    expect(cut.endsWith('…')).toBe(true);
    expect(width(cut)).toBeLessThanOrEqual(80);
    expect(width(ellipsize('a rather long label', 90, width))).toBeGreaterThan(80);
  });
});

describe('seeded effects', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seeded(3);
    const b = seeded(3);
    const xs = Array.from({ length: 50 }, () => a());
    expect(xs).toEqual(Array.from({ length: 50 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
  it('bursts the asked number of pieces within the spread, colours cycled', () => {
    const pieces = burst(10, 100, 0, [1, 2]);
    expect(pieces).toHaveLength(10);
    expect(pieces.map((p) => p.colour).slice(0, 4)).toEqual([1, 2, 1, 2]);
    for (const p of pieces) expect(Math.hypot(p.dx, p.dy)).toBeLessThanOrEqual(100.0001);
  });
});
