// The Lab's chart of the package space: every package by both sides' normalised utility, drawn as
// a density (so a million packages draw as fast as ten), the zone of agreement, the walk-away
// lines, the Pareto frontier and the Nash, Kalai–Smorodinsky, maximum-welfare and historical deals.
import { el, fixed, svg } from './dom';
import { GRID, type LabSummary, type Point } from './summary';

const SIZE = 360;
const PAD = { left: 46, right: 12, top: 12, bottom: 40 };
const W = SIZE + PAD.left + PAD.right;
const H = SIZE + PAD.top + PAD.bottom;
const x = (u: number) => PAD.left + u * SIZE;
const y = (u: number) => PAD.top + (1 - u) * SIZE;

/** The markers, in legend order: name, shape and colour. */
export const MARKERS = [
  { key: 'nash', name: 'Nash bargaining solution', shape: 'circle', colour: '#7a1fa2' },
  { key: 'kalai', name: 'Kalai–Smorodinsky point', shape: 'diamond', colour: '#b35900' },
  {
    key: 'maxWelfare',
    name: 'Maximum joint welfare (zone of agreement)',
    shape: 'square',
    colour: '#0b6e4f',
  },
  { key: 'historical', name: 'Historical deal', shape: 'star', colour: '#b00020' },
] as const;

function marker(shape: string, px: number, py: number, colour: string): SVGElement {
  const common = { fill: colour, stroke: '#fff', 'stroke-width': 1.5 };
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: px, cy: py, r: 10, ...common });
    case 'diamond':
      return svg('path', {
        d: `M${px} ${py - 8}L${px + 8} ${py}L${px} ${py + 8}L${px - 8} ${py}Z`,
        ...common,
      });
    case 'square':
      return svg('rect', { x: px - 4, y: py - 4, width: 8, height: 8, ...common });
    default: {
      const pts = Array.from({ length: 10 }, (_, k) => {
        const r = k % 2 === 0 ? 9 : 4;
        const a = (Math.PI * k) / 5 - Math.PI / 2;
        return `${(px + r * Math.cos(a)).toFixed(1)},${(py + r * Math.sin(a)).toFixed(1)}`;
      });
      return svg('polygon', { points: pts.join(' '), ...common });
    }
  }
}

function drawDensity(canvas: HTMLCanvasElement, s: LabSummary): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = new ImageData(GRID, GRID);
  let max = 1;
  for (const n of s.density.all) if (n > max) max = n;
  const scale = Math.log1p(max);
  for (let row = 0; row < GRID; row++)
    for (let col = 0; col < GRID; col++) {
      const k = row * GRID + col;
      const n = s.density.all[k]!;
      if (n === 0) continue;
      const z = s.density.zopa[k]! > 0;
      const a = 0.25 + 0.75 * (Math.log1p(n) / scale);
      const p = ((GRID - 1 - row) * GRID + col) * 4;
      const [r, g, b] = z ? [46, 139, 87] : [110, 118, 129];
      img.data.set([r, g, b, Math.round(255 * a)], p);
    }
  const tmp = document.createElement('canvas');
  tmp.width = GRID;
  tmp.height = GRID;
  tmp.getContext('2d')?.putImageData(img, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tmp, 0, 0, canvas.width, canvas.height);
}

function axes(s: LabSummary): SVGElement[] {
  const out: SVGElement[] = [
    svg('rect', { x: PAD.left, y: PAD.top, width: SIZE, height: SIZE, fill: 'none', stroke: '#444' }),
  ];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(svg('text', { x: x(t), y: PAD.top + SIZE + 16, 'text-anchor': 'middle', class: 'tick' }));
    out[out.length - 1]!.textContent = String(t);
    out.push(svg('text', { x: PAD.left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }));
    out[out.length - 1]!.textContent = String(t);
  }
  const xl = svg('text', { x: PAD.left + SIZE / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis' });
  xl.textContent = `${s.parties[0].name}: utility`;
  const yl = svg('text', {
    x: 12,
    y: PAD.top + SIZE / 2,
    'text-anchor': 'middle',
    class: 'axis',
    transform: `rotate(-90 12 ${PAD.top + SIZE / 2})`,
  });
  yl.textContent = `${s.parties[1].name}: utility`;
  return [...out, xl, yl];
}

/** The chart's element; `update` redraws it for a summary. */
export function createChart(): { el: HTMLElement; update(s: LabSummary): void } {
  const canvas = el('canvas', { width: SIZE * 2, height: SIZE * 2, 'aria-hidden': 'true' });
  canvas.style.cssText = `position:absolute;left:${PAD.left}px;top:${PAD.top}px;width:${SIZE}px;height:${SIZE}px`;
  const overlay = svg('svg', {
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    class: 'overlay',
  });
  const title = svg('title');
  const stage = el('div', { class: 'chart-stage' }, canvas, overlay);
  stage.style.cssText = `position:relative;width:${W}px;height:${H}px`;
  const caption = el('figcaption', { class: 'muted' });
  const legend = el('ul', { class: 'legend' });
  const figure = el('figure', { class: 'chart', 'data-testid': 'chart' }, stage, caption, legend);
  const update = (s: LabSummary) => {
    drawDensity(canvas, s);
    const parts: SVGElement[] = [title, ...axes(s)];
    // Walk-away lines: the zone of agreement lies above and to the right of both.
    const [r0, r1] = s.reservation;
    if (r0 >= 0 && r0 <= 1)
      parts.push(
        svg('line', { x1: x(r0), x2: x(r0), y1: y(0), y2: y(1), class: 'walk', 'data-testid': 'walk-0' }),
      );
    if (r1 >= 0 && r1 <= 1)
      parts.push(
        svg('line', { x1: x(0), x2: x(1), y1: y(r1), y2: y(r1), class: 'walk', 'data-testid': 'walk-1' }),
      );
    if (s.frontier.length > 0)
      parts.push(
        svg('polyline', {
          points: s.frontier.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(' '),
          class: 'frontier',
          'data-testid': 'frontier',
          'data-points': s.frontier.length,
        }),
      );
    for (const m of MARKERS) {
      const p: Point | null = s[m.key];
      if (!p) continue;
      const g = svg(
        'g',
        { 'data-marker': m.key, 'data-u0': p.u[0], 'data-u1': p.u[1] },
        marker(m.shape, x(p.u[0]), y(p.u[1]), m.colour),
      );
      const t = svg('title');
      t.textContent = `${m.name}: ${fixed(p.u[0], 3)}, ${fixed(p.u[1], 3)} — ${p.label}`;
      g.append(t);
      parts.push(g);
    }
    overlay.replaceChildren(...parts);
    const describe = `${s.packages.toLocaleString('en-US')} packages by ${s.parties[0].name}'s utility (across) and ${s.parties[1].name}'s (up); ${s.zopa.toLocaleString('en-US')} in the zone of agreement; Pareto frontier of ${s.frontier.length}.`;
    title.textContent = describe;
    overlay.setAttribute('aria-label', describe);
    caption.textContent = describe;
    legend.replaceChildren(
      el('li', {}, el('span', { class: 'swatch all', 'aria-hidden': 'true' }), 'Packages (darker: more)'),
      el('li', {}, el('span', { class: 'swatch zopa', 'aria-hidden': 'true' }), 'Zone of agreement'),
      el(
        'li',
        {},
        el('span', { class: 'swatch frontier', 'aria-hidden': 'true' }),
        'Pareto frontier (zone of agreement)',
      ),
      el('li', {}, el('span', { class: 'swatch walk', 'aria-hidden': 'true' }), 'Walk-away values'),
      ...MARKERS.filter((m) => s[m.key]).map((m) => {
        const icon = svg(
          'svg',
          { width: 20, height: 20, 'aria-hidden': 'true' },
          marker(m.shape, 10, 10, m.colour),
        );
        return el('li', {}, icon, m.name);
      }),
    );
  };
  return { el: figure, update };
}
