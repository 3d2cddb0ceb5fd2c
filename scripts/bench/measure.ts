// Measurements taken in headless Chromium: time to a usable screen, frame intervals, JS heap.
import type { Browser, Page } from 'playwright-core';

/** When a page counts as usable: every selector visible, and the window flag (if any) set. */
export interface ReadySpec {
  readonly selectors: readonly string[];
  readonly flag?: string;
}

// Code that runs in the page is kept as plain JavaScript text: tsx rewrites named functions with a
// helper (__name) that does not exist in the page, so serialised TypeScript functions would fail there.

/** Runs inside the page from its first script on: stamps the first frame at which it is ready. */
const READY_PROBE = `(spec) => {
  const visible = (sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.width > 0 && r.height > 0;
  };
  const tick = () => {
    if (spec.selectors.every(visible) && (!spec.flag || window[spec.flag])) window.__benchReadyAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

/** Resolves with the intervals between n consecutive animation frames. */
const FRAME_PROBE = `(n) => new Promise((done) => {
  const ts = [];
  const step = (t) => {
    ts.push(t);
    if (ts.length > n) done(ts.slice(1).map((x, i) => x - ts[i]));
    else requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/** Source text that calls page-side code with a JSON argument. */
const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;

/** What went wrong while a page loaded: failed requests, error responses, console and page errors. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url().slice(0, 120)} (${r.failure()?.errorText})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url().slice(0, 120)}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message.slice(0, 200)}`));
  return problems;
}

/** One cold load in a fresh browser context (empty cache): ms from navigation to ready. */
export async function coldLoad(
  browser: Browser,
  url: string,
  ready: ReadySpec,
  timeoutMs = 20_000,
): Promise<{ ms: number; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript({ content: call(READY_PROBE, ready) });
    await page.goto(url);
    const reached = await page
      .waitForFunction(() => '__benchReadyAt' in window, null, { timeout: timeoutMs })
      .then(() => true)
      .catch(() => false);
    if (!reached)
      return {
        ms: Number.NaN,
        problems: [
          ...problems,
          `never became ready (waited ${timeoutMs / 1000} s for ${JSON.stringify(ready)})`,
        ],
      };
    const ms = await page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt);
    return { ms, problems };
  } finally {
    await context.close();
  }
}

/** Intervals in ms between `frames` consecutive animation frames. */
export function frameIntervals(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(call(FRAME_PROBE, frames)) as Promise<number[]>;
}

/** What the page holds after a forced garbage collection, in bytes. */
export interface HeapUse {
  /** V8's used heap (Runtime.getHeapUsage). */
  readonly js: number;
  /** Of that, compiled code and its metadata (bytecode, machine code, feedback): grows while V8 warms up. */
  readonly code: number;
  /** Array buffers and external strings kept outside the JS heap (typed arrays live there). */
  readonly buffers: number;
}

/** Node types of a heap snapshot that are V8 code rather than the page's data. */
const CODE_TYPES = new Set(['code']);

/** Sum of the self sizes of a snapshot's nodes of the code types (the snapshot is V8's JSON format). */
export function codeBytes(snapshot: {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}): number {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const names = types[0] as string[];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width)
    if (CODE_TYPES.has(names[snapshot.nodes[i + typeAt]!]!)) code += snapshot.nodes[i + sizeAt]!;
  return code;
}

/**
 * After forcing garbage collection (three rounds, through the DevTools protocol): the used JS heap,
 * the part of it that is compiled code (from a heap snapshot), and the buffers outside it.
 */
export async function heapAfterGc(page: Page): Promise<HeapUse> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return {
      js: usage.usedSize,
      code: codeBytes(JSON.parse(chunks.join(''))),
      buffers: usage.backingStorageSize,
    };
  } finally {
    await cdp.detach();
  }
}
