import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESIGN, PANELS } from '../store';
import { layoutVariables } from './layout';

const css = readFileSync(new URL('./overlay.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** Each rule as [selector, declarations]. */
const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => [m[1]!.trim(), m[2]!] as const);
const PLACING = /^\s*(left|top|right|bottom|width|height|max-height)\s*:\s*(.+?);?\s*$/;

describe('overlay layout', () => {
  it('defines every layout property overlay.css uses', () => {
    const vars = layoutVariables();
    const used = [...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((v) => !vars.has(v))).toEqual([]);
  });

  it('places the overlay, the panels and the chrome only through layout properties', () => {
    const placed = rules.filter(([sel]) => /^\.(overlay|[\w-]+-panel|topbar|notice|settings)$/.test(sel));
    expect(placed.length).toBeGreaterThan(10);
    const copied = placed.flatMap(([sel, body]) =>
      body
        .split(';')
        .map((d) => PLACING.exec(`${d};`))
        .filter((m) => m !== null && /\d+px/.test(m[2]!) && !/^0(px)?$/.test(m[2]!.trim()))
        .map((m) => `${sel} ${m![1]}: ${m![2]}`),
    );
    expect(copied).toEqual([]);
  });

  it('gives a name used on several screens the same rectangle', () => {
    const seen = new Map<string, unknown>();
    for (const panels of Object.values(PANELS))
      for (const [name, rect] of Object.entries(panels)) {
        if (seen.has(name)) expect(rect, name).toEqual(seen.get(name));
        seen.set(name, rect);
      }
  });

  it('writes rectangles in design pixels with a right inset', () => {
    const vars = layoutVariables();
    expect(vars.get('--design-w')).toBe(`${DESIGN.width}px`);
    expect(vars.get('--compose-x')).toBe(`${PANELS.table.compose.x}px`);
    expect(vars.get('--top-bar-r')).toBe('10px');
  });
});
