// Layer rules from DESIGN.md, checked on source text so that breaking one fails `npm test`.
// Dependencies point one way: game/ui/audio → store → ai/scenario → engine.

/** The folders under src/ that form layers; main.ts (the composition root) may import any of them. */
export const LAYERS = ['engine', 'ai', 'scenario', 'store', 'game', 'ui', 'audio', 'i18n', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];

/** Which other layers each layer may import (through that layer's index.ts only). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  engine: [],
  ai: ['engine'],
  scenario: ['engine'],
  i18n: [],
  store: ['engine', 'ai', 'scenario', 'i18n'],
  game: ['store', 'i18n'],
  ui: ['store', 'i18n'],
  audio: ['store'],
  cli: ['engine', 'ai', 'scenario'],
};

/** Packages a layer must not import. */
const BANNED_PACKAGES: Partial<Record<Layer, readonly string[]>> = {
  engine: ['phaser', 'zustand', 'howler', 'yaml', 'node:', 'fs', 'path'],
  ai: ['phaser', 'zustand', 'howler', 'node:', 'fs', 'path'],
  scenario: ['phaser', 'zustand', 'howler', 'node:', 'fs', 'path'],
  store: ['phaser', 'howler'],
  game: ['howler', 'zod', 'yaml'],
  ui: ['phaser', 'howler'],
  audio: ['phaser'],
  i18n: ['phaser', 'zustand', 'howler'],
};

/** Globals that make a layer impure: the engine and the AI must be deterministic and headless. */
const PURE_BANNED: readonly [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random (use the seeded generator in the state)'],
  [/\bDate\.now\b|\bnew Date\(/, 'the clock (Date)'],
  [/\bperformance\.now\b/, 'the clock (performance.now)'],
  [/\b(document|window|localStorage|sessionStorage|navigator)\s*[.[]/, 'the DOM'],
  [/\brequestAnimationFrame\b|\bsetTimeout\b|\bsetInterval\b/, 'timers'],
];
const PURE_LAYERS: readonly Layer[] = ['engine', 'ai', 'scenario'];

/** Test helpers (a layer's testing.ts): a second face, open only to tests, other helpers and benchmarks. */
const TESTING_FACE = /(^|\/)(testing|test-kit)(\.ts)?$/;
const isDevFile = (path: string) => /\.test\.ts$|\/(testing|test-kit)\.ts$|\/cli\/bench[^/]*\.ts$/.test(path);

export interface Violation {
  file: string;
  line: number;
  message: string;
}

/** The layer a path under src/ belongs to, or null for the composition root and other files. */
export function layerOf(path: string): Layer | null {
  const m = /(?:^|\/)src\/([^/]+)\//.exec(path);
  const name = m?.[1];
  return name && (LAYERS as readonly string[]).includes(name) ? (name as Layer) : null;
}

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Check one source file's text against the rules; returns every violation found. */
export function checkSource(path: string, text: string): Violation[] {
  const layer = layerOf(path);
  if (!layer) return [];
  const out: Violation[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const isTest = /\.test\.ts$/.test(path);
  const isDev = isDevFile(path);
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    const line = lineAt(m.index ?? 0);
    if (spec.startsWith('.')) {
      const target = resolveLayer(path, spec);
      const testing = TESTING_FACE.test(spec);
      if (testing && !isDev) {
        out.push({ file: path, line, message: `only tests and benchmarks may import test helpers ('${spec}')` });
      } else if (target && target.layer !== layer) {
        if (!ALLOWED[layer].includes(target.layer) && !(isTest && target.layer === 'scenario')) {
          out.push({ file: path, line, message: `${layer}/ may not import ${target.layer}/ ('${spec}')` });
        } else if (!target.viaIndex && !testing) {
          out.push({ file: path, line, message: `import ${target.layer}/ through its index.ts, not '${spec}'` });
        }
      }
    } else {
      const banned = BANNED_PACKAGES[layer]?.find((p) => spec === p || spec.startsWith(p.endsWith(':') ? p : `${p}/`));
      if (banned && !isTest) out.push({ file: path, line, message: `${layer}/ may not import '${spec}'` });
    }
  }
  if (PURE_LAYERS.includes(layer) && !isTest) {
    const code = stripComments(text);
    for (const [re, what] of PURE_BANNED) {
      const m = re.exec(code);
      if (m) out.push({ file: path, line: lineAt(m.index), message: `${layer}/ must not use ${what}` });
    }
  }
  return out;
}

function resolveLayer(from: string, spec: string): { layer: Layer; viaIndex: boolean } | null {
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  const joined = parts.join('/');
  const layer = layerOf(`${joined}/`);
  if (!layer) return null;
  const rest = joined.slice(joined.lastIndexOf(`src/${layer}`) + `src/${layer}`.length);
  return { layer, viaIndex: rest === '' || rest === '/index' || rest === '/index.ts' };
}

function stripComments(text: string): string {
  // Keep line structure so reported line numbers stay right.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}
