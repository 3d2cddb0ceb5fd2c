import { describe, expect, it } from 'vitest';
import { cssColour, inkOn, luminance, meterColour, mix, PALETTE, textStyle, toColour } from './theme';

describe('theme colours', () => {
  it('reads 6- and 3-digit hex strings and numbers', () => {
    expect(toColour('#1f5fa8')).toBe(0x1f5fa8);
    expect(toColour('fff')).toBe(0xffffff);
    expect(toColour(0x123456)).toBe(0x123456);
  });
  it('falls back on unreadable colours', () => {
    expect(toColour('red', 0x010203)).toBe(0x010203);
    expect(toColour(Number.NaN, 0x010203)).toBe(0x010203);
  });
  it('writes CSS hex with leading zeros', () => {
    expect(cssColour(0x00ff00)).toBe('#00ff00');
  });
  it('mixes linearly and clamps t', () => {
    expect(mix(0x000000, 0xffffff, 0)).toBe(0x000000);
    expect(mix(0x000000, 0xffffff, 1)).toBe(0xffffff);
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x000000, 0xffffff, 7)).toBe(0xffffff);
  });
  it('picks white ink on navy and dark ink on paper', () => {
    expect(luminance(PALETTE.navy)).toBeLessThan(luminance(PALETTE.paper));
    expect(inkOn(PALETTE.navy)).toBe(PALETTE.white);
    expect(inkOn(PALETTE.paper)).toBe(PALETTE.ink);
  });
});

describe('meterColour', () => {
  it('is red below the veto whatever the threshold', () => {
    expect(meterColour(10, 5, 20)).toBe(PALETTE.bad);
  });
  it('is amber below the threshold and green at or above it', () => {
    expect(meterColour(54, 55)).toBe(PALETTE.warn);
    expect(meterColour(55, 55)).toBe(PALETTE.good);
  });
  it('runs from red to green by value without marks', () => {
    expect(meterColour(0)).toBe(PALETTE.bad);
    expect(meterColour(90)).toBe(PALETTE.good);
    expect(meterColour(50)).not.toBe(PALETTE.bad);
  });
});

describe('textStyle', () => {
  it('never goes under 17 px (13.6 px at 1024×640) and uses the render scale as resolution', () => {
    const s = textStyle('small', 2, { size: 9 });
    expect(s.fontSize).toBe('17px');
    expect(s.resolution).toBe(2);
  });
  it('wraps only when asked', () => {
    expect(textStyle('body', 1).wordWrap).toBeUndefined();
    expect(textStyle('body', 1, { wrap: 200 }).wordWrap?.width).toBe(200);
  });
});
