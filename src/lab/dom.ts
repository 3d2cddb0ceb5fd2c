// Small DOM helpers for the Lab: elements with attributes and text (never HTML from a file).
type Attrs = Record<string, string | number | boolean | undefined>;

/** An element with attributes (`text` sets textContent) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svg(tag: string, attrs: Attrs = {}, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== false) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** Numbers as the CLI writes them. */
export const fixed = (x: number, digits: number): string => x.toFixed(digits);
export const count = (n: number): string => n.toLocaleString('en-US');
export const percent = (x: number, digits = 1): string => `${(100 * x).toFixed(digits)}%`;
