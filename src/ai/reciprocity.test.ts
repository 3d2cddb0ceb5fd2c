// Reciprocity's measures: the floor drawn per game, stubbornness, and the tempers by difficulty.
import { describe, expect, it } from 'vitest';
import { drawFloor, STONEWALLING, stubbornness, TEMPERS } from './reciprocity';

describe('reciprocity', () => {
  it('draws its floor from the game seed, within the persona’s range', () => {
    const draws = Array.from({ length: 200 }, (_, seed) => drawFloor(0.3, 0.1, seed, 1));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.2);
    expect(Math.max(...draws)).toBeLessThanOrEqual(0.4);
    expect(Math.max(...draws) - Math.min(...draws)).toBeGreaterThan(0.15);
    expect(drawFloor(0.3, 0.1, 7, 1)).toBe(drawFloor(0.3, 0.1, 7, 1));
    expect(drawFloor(0.3, 0.1, 7, 0)).not.toBe(drawFloor(0.3, 0.1, 7, 1));
  });

  it('counts a side as stubborn by how little of its own time-driven concession it matched', () => {
    expect(stubbornness(0, 0.2)).toBe(1);
    expect(stubbornness(0.1, 0.2)).toBeCloseTo(0.5);
    expect(stubbornness(0.3, 0.2)).toBe(0);
    expect(stubbornness(0, 0)).toBe(0);
    expect(STONEWALLING).toBeGreaterThan(0.5);
  });

  it('gives each difficulty its temper: harder walks out sooner and more, easier closes sooner', () => {
    expect(TEMPERS.hard.finalFrom).toBeLessThan(TEMPERS.normal.finalFrom);
    expect(TEMPERS.normal.finalFrom).toBeLessThan(TEMPERS.easy.finalFrom);
    expect(TEMPERS.hard.walkOut).toBeGreaterThan(TEMPERS.easy.walkOut);
    expect(TEMPERS.easy.closeFrom).toBeLessThan(TEMPERS.hard.closeFrom);
    expect(TEMPERS.easy.closeGap).toBeGreaterThan(TEMPERS.hard.closeGap);
  });
});
