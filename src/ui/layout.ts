// The overlay's positions come from the store's layout module, never from numbers copied into
// overlay.css: at start-up every rectangle becomes CSS custom properties on the overlay element.
import { CHROME, DESIGN, PANELS, type Rect } from '../store';

/** CSS name of a layout key: `topBar` → `top-bar`. */
const cssName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function rectVariables(name: string, r: Rect): [string, string][] {
  return [
    [`--${name}-x`, `${r.x}px`],
    [`--${name}-y`, `${r.y}px`],
    [`--${name}-w`, `${r.width}px`],
    [`--${name}-h`, `${r.height}px`],
    // Right inset, for boxes anchored to the right edge that size to their content.
    [`--${name}-r`, `${DESIGN.width - r.x - r.width}px`],
  ];
}

/** Every layout custom property (`--design-w`, `--compose-x`, `--top-bar-r`, …) with its value. */
export function layoutVariables(): Map<string, string> {
  const rects = new Map<string, Rect>();
  for (const panels of Object.values(PANELS))
    for (const [key, rect] of Object.entries(panels)) rects.set(cssName(key), rect);
  for (const [key, rect] of Object.entries(CHROME)) rects.set(cssName(key), rect);
  return new Map([
    ['--design-w', `${DESIGN.width}px`],
    ['--design-h', `${DESIGN.height}px`],
    ...[...rects].flatMap(([name, r]) => rectVariables(name, r)),
  ]);
}

/** Put the layout on an element as custom properties (the overlay's root, once). */
export function applyLayout(el: HTMLElement): void {
  for (const [name, value] of layoutVariables()) el.style.setProperty(name, value);
}
