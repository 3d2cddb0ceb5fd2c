// Nothing overlaps, nothing is cut, everything is readable: at each viewport the stage's text
// labels (Phaser Text objects, read through the test hook) and the overlay's panels are measured
// in CSS pixels. Fails on a label under another label or under a panel, on panels that overlap, on
// text shortened with an ellipsis or cut by its box, and on text rendered under 13 px.
import type { Page } from '@playwright/test';
import { expect, open, shot, test } from './fixtures';

const LINK = 'scenario=busan-2025&side=us&persona=cn-pragmatist&seed=7';
/** The smallest text allowed on screen, in CSS pixels. */
const MIN_PX = 13;

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Measure {
  readonly labels: (Box & { readonly px: number })[];
  readonly panels: Box[];
  readonly overlayMinPx: number;
  readonly overlaySmallest: string;
  readonly cut: string[];
}

/** Every visible stage label and overlay panel, in CSS pixels, and the overlay's smallest text. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    type Obj = {
      type: string;
      visible: boolean;
      alpha: number;
      list?: Obj[];
      text?: string;
      width: number;
      style?: { fontSize: string | number };
      getBounds(): { x: number; y: number; width: number; height: number };
    };
    type Scene = {
      children: { list: Obj[] };
      cameras: { main: { zoom: number; scrollX: number; scrollY: number } };
    };
    type Hook = { game: { scale: { width: number }; scene: { getScenes(active: boolean): Scene[] } } };
    const game = (window as unknown as { bargainingChips: Hook }).bargainingChips.game;
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    const scene = game.scene.getScenes(true)[0]!;
    const cam = scene.cameras.main;
    // Design px to CSS px: the camera zooms by the render scale, the page stretches the canvas.
    const s = canvas.width / (game.scale.width / cam.zoom);
    const labels: Measure['labels'] = [];
    const walk = (objs: Obj[]) => {
      for (const o of objs) {
        if (!o.visible || o.alpha === 0) continue;
        if (o.list) walk(o.list);
        if (o.type !== 'Text' || !o.text || o.text.trim() === '') continue;
        const b = o.getBounds();
        const scale = o.width > 0 ? b.width / o.width : 1;
        labels.push({
          name: o.text.replace(/\s+/g, ' ').slice(0, 40),
          x: canvas.left + (b.x - cam.scrollX) * s,
          y: canvas.top + (b.y - cam.scrollY) * s,
          w: b.width * s,
          h: b.height * s,
          px: Number.parseFloat(String(o.style?.fontSize)) * scale * s,
        });
      }
    };
    walk(scene.children.list);
    const visible = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const panels = [
      ...document.querySelectorAll<HTMLElement>('.overlay .panel, .overlay .notice, .overlay .topbar'),
    ]
      .filter(visible)
      .map((p) => {
        const r = p.getBoundingClientRect();
        return { name: p.className, x: r.left, y: r.top, w: r.width, h: r.height };
      });
    const overlay = document.querySelector<HTMLElement>('.overlay')!;
    const zoom = overlay.getBoundingClientRect().width / overlay.offsetWidth;
    let overlayMinPx = Number.POSITIVE_INFINITY;
    let overlaySmallest = '';
    const cut: string[] = [];
    for (const el of overlay.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.sr-only') || !visible(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own) continue;
      const css = getComputedStyle(el);
      const px = Number.parseFloat(css.fontSize) * zoom;
      if (px < overlayMinPx) {
        overlayMinPx = px;
        overlaySmallest = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
      }
      const clips = css.overflowX === 'hidden' || css.overflowX === 'clip' || css.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1)
        cut.push(`${el.tagName} "${el.textContent?.slice(0, 40)}"`);
    }
    for (const l of labels) if (l.name.includes('…')) cut.push(`stage "${l.name}"`);
    return { labels, panels, overlayMinPx, overlaySmallest, cut };
  });
}

const apart = (a: Box, b: Box) =>
  a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;

/** Pairs of boxes that overlap, by name. */
function clashes(a: readonly Box[], b: readonly Box[] | null): string[] {
  const out: string[] = [];
  a.forEach((x, i) => {
    for (const y of b ?? a.slice(i + 1)) if (!apart(x, y)) out.push(`"${x.name}" × "${y.name}"`);
  });
  return out;
}

/** Measure the screen, check it, and return the smallest text (stage and overlay) for the report. */
async function check(
  page: Page,
  screen: string,
  labels: number,
): Promise<{ stage: number; overlay: number }> {
  await shot(page, `layout-${screen}`);
  const m = await measure(page);
  expect(m.labels.length, `${screen}: the stage has labels`).toBeGreaterThanOrEqual(labels);
  expect(clashes(m.labels, null), `${screen}: stage labels overlap`).toEqual([]);
  expect(clashes(m.labels, m.panels), `${screen}: a panel covers a stage label`).toEqual([]);
  expect(clashes(m.panels, null), `${screen}: panels overlap`).toEqual([]);
  expect(m.cut, `${screen}: cut or shortened text`).toEqual([]);
  const stage = Math.min(...m.labels.map((l) => l.px));
  const small = m.labels.filter((l) => l.px < MIN_PX).map((l) => `${l.name} ${l.px.toFixed(1)}px`);
  expect(small, `${screen}: stage text under ${MIN_PX} px`).toEqual([]);
  expect(m.overlayMinPx, `${screen}: smallest overlay text ${m.overlaySmallest}`).toBeGreaterThanOrEqual(
    MIN_PX,
  );
  return { stage, overlay: m.overlayMinPx };
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}x${size.height} nothing overlaps, nothing is cut and no text is under ${MIN_PX} px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page, LINK);
    await expect(page.getByRole('heading', { name: /Confidential briefing/ })).toBeVisible();
    // In the flowing layout the briefing's stage (the room with both name plates) shows above the
    // panel; in landscape the briefing panel covers the room on purpose.
    const briefing = size.height > size.width ? await check(page, 'briefing', 2) : null;
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('radiogroup', { name: 'Soybean purchases' }).getByRole('radio').nth(2).click();
    await page.getByRole('button', { name: 'Propose this package' }).click();
    await expect(page.getByText('China proposed in round 1:')).toBeVisible();
    const table = await check(page, 'table', 6);
    await page.getByRole('button', { name: 'Walk away' }).click();
    await page.getByRole('button', { name: 'Yes, walk away' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /walked away/ })).toBeVisible();
    const outcome = await check(page, 'outcome', 4);
    // The smallest sizes measured, for the record (test-results/e2e/*/stdout).
    console.log(`${size.width}x${size.height} smallest text:`, { briefing, table, outcome });
  });
}
