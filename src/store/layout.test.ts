import { describe, expect, it } from 'vitest';
import { CHROME, canvasArea, DESIGN, flows, insideDesign, overlaps, PANELS, type Rect } from './layout';
import { SCREENS } from './vm-types';

const named = (rects: Record<string, Rect>) => Object.entries(rects);

describe('layout', () => {
  it('has panels for every screen', () => {
    expect(Object.keys(PANELS).sort()).toEqual([...SCREENS].sort());
  });

  it('keeps every panel and every piece of chrome inside the design size', () => {
    const all = [...Object.values(PANELS).flatMap(named), ...named(CHROME)];
    expect(all.filter(([, r]) => !insideDesign(r)).map(([name]) => name)).toEqual([]);
    expect(all.every(([, r]) => r.width > 0 && r.height > 0)).toBe(true);
  });

  it('never lets two panels of one screen overlap', () => {
    const clashes = Object.entries(PANELS).flatMap(([screen, rects]) =>
      named(rects).flatMap(([a, ra], i) =>
        named(rects)
          .slice(i + 1)
          .filter(([, rb]) => overlaps(ra, rb))
          .map(([b]) => `${screen}: ${a} × ${b}`),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('keeps the sound and settings buttons clear of every panel', () => {
    const under = Object.values(PANELS)
      .flatMap(named)
      .filter(([, r]) => overlaps(r, CHROME.topBar))
      .map(([name]) => name);
    expect(under).toEqual([]);
  });

  it('counts touching edges as apart and shared area as overlap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(insideDesign({ x: 0, y: 0, ...DESIGN })).toBe(true);
    expect(insideDesign({ x: 1, y: 0, ...DESIGN })).toBe(false);
  });

  it("flows on a viewport taller than wide, the canvas showing only the screen's stage", () => {
    expect([flows(768, 1024), flows(1024, 640), flows(1280, 720)]).toEqual([true, false, false]);
    expect(canvasArea('table', true)).toEqual(PANELS.table.stage);
    expect(canvasArea('outcome', true)).toEqual(PANELS.table.stage);
    expect(canvasArea('debrief', true)).toEqual(PANELS.debrief.chart);
    expect(canvasArea('table', false)).toEqual({ x: 0, y: 0, ...DESIGN });
    const title = canvasArea('title', true);
    expect(insideDesign(title) && title.width < DESIGN.width).toBe(true);
  });
});
