// Probes for the layer rules of DESIGN.md: each probe is a small file written into the folder it
// targets; the real tools then run over it (Biome with biome.json and rules/*.grit, tsc with
// tsconfig.pure.json, the file check of scripts/layers.ts) and each probe must be refused by the
// tools it names. Clean files must pass, so these tests can fail. Probe files are removed as soon
// as the tools have run, also when a step throws. No other test reads src/ as a tree.
import { execFile } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPath, checkTree } from './layers';

/**
 * A tool that can refuse a probe: a Biome rule's name, `plugin` (rules/*.grit), `tsc` (with
 * tsconfig.pure.json) or `files` (scripts/check-layers.ts).
 */
type Tool = string;

interface Probe {
  /** What the probe tries, as a test name. */
  readonly name: string;
  /** The folder under src/ it is written to. */
  readonly folder: string;
  readonly code: string;
  /** The file's extension; `ts` unless said. */
  readonly ext?: string;
  /** Every tool expected to refuse it; empty for the clean controls. */
  readonly refusedBy: readonly Tool[];
}

const PROBES: readonly Probe[] = [
  {
    name: 'an import that leaves src/ for node_modules',
    folder: 'engine',
    code: "import x from '../../node_modules/phaser/src/phaser.js';\nexport { x };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'require()',
    folder: 'engine',
    code: "export const x = require('phaser');\n",
    refusedBy: ['noCommonJs', 'noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'import() of a template literal',
    folder: 'engine',
    code: 'export const x = import(`phaser`);\n',
    refusedBy: ['plugin'],
  },
  {
    name: "Math['random']()",
    folder: 'engine',
    code: "export const x = Math['random']();\n",
    refusedBy: ['noJsRestrictedProperties', 'plugin'],
  },
  {
    name: 'const { random } = Math',
    folder: 'ai',
    code: 'export const { random } = Math;\n',
    refusedBy: ['noJsRestrictedProperties', 'plugin'],
  },
  {
    name: 'Math.random()',
    folder: 'scenario',
    code: 'export const x = Math.random();\n',
    refusedBy: ['noJsRestrictedProperties'],
  },
  { name: 'an alias of Math', folder: 'engine', code: 'export const M = Math;\n', refusedBy: ['plugin'] },
  {
    name: 'crypto.getRandomValues',
    folder: 'engine',
    code: 'export const x = crypto.getRandomValues(new Uint8Array(1));\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'Date()',
    folder: 'engine',
    code: 'export const x = Date();\n',
    refusedBy: ['noRestrictedGlobals'],
  },
  {
    name: 'Date.now()',
    folder: 'ai',
    code: 'export const x = Date.now();\n',
    refusedBy: ['noRestrictedGlobals'],
  },
  {
    name: 'new Date()',
    folder: 'scenario',
    code: 'export const x = new Date();\n',
    refusedBy: ['noRestrictedGlobals'],
  },
  {
    name: 'performance.now()',
    folder: 'ai',
    code: 'export const x = performance.now();\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: "fetch('x')",
    folder: 'engine',
    code: "export const x = fetch('x');\n",
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'document.body',
    folder: 'engine',
    code: 'export const x = document.body;\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'window',
    folder: 'ai',
    code: 'export const x = window;\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'setTimeout',
    folder: 'scenario',
    code: 'export const x = setTimeout;\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'process.env',
    folder: 'engine',
    code: 'export const x = process.env;\n',
    refusedBy: ['noRestrictedGlobals', 'tsc'],
  },
  {
    name: 'globalThis.Math.random()',
    folder: 'engine',
    code: 'export const x = globalThis.Math.random();\n',
    refusedBy: ['noRestrictedGlobals'],
  },
  {
    name: 'the clock through Intl',
    folder: 'ai',
    code: 'export const x = new Intl.DateTimeFormat().format();\n',
    refusedBy: ['noRestrictedGlobals'],
  },
  {
    name: 'code from a string',
    folder: 'engine',
    code: "export const x = [eval('1'), new Function('return Math.random()')];\n",
    refusedBy: ['noGlobalEval', 'noRestrictedGlobals'],
  },
  {
    name: 'a declare that makes the DOM look local',
    folder: 'engine',
    code: 'declare const document: { title: string };\nexport const x = document.title;\n',
    refusedBy: ['plugin'],
  },
  {
    name: 'node:fs in the engine',
    folder: 'engine',
    code: "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n",
    refusedBy: ['noNodejsModules', 'tsc'],
  },
  {
    name: 'test helpers in engine production code',
    folder: 'engine',
    code: "import { buildModel } from './testing';\nexport { buildModel };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: "engine/testing.ts from ai's production code",
    folder: 'ai',
    code: "import { randomModel } from '../engine/testing';\nexport { randomModel };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: "import 'zustand' in the engine",
    folder: 'engine',
    code: "import 'zustand';\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'zod in the engine',
    folder: 'engine',
    code: "import { z } from 'zod';\nexport const s = z.string();\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'yaml in the ai',
    folder: 'ai',
    code: "import { parse } from 'yaml';\nexport { parse };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: "import 'phaser' in the store",
    folder: 'store',
    code: "import 'phaser';\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'a relative import with .. inside',
    folder: 'store',
    code: "export * from './x/../../game';\n",
    refusedBy: ['noRestrictedImports', 'plugin'],
  },
  {
    name: 'an import of ../game/… from ui',
    folder: 'ui',
    code: "import { SCENE_KEYS } from '../game/keys';\nexport { SCENE_KEYS };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'zustand in ui (the store is its door)',
    folder: 'ui',
    code: "import { createStore } from 'zustand/vanilla';\nexport { createStore };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'a scene that skips the store for the engine',
    folder: 'game/scenes',
    code: "import { seedRng } from '../../engine';\nexport { seedRng };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'a scene that reaches past widgets/index.ts',
    folder: 'game/scenes',
    code: "import { Delegation } from '../widgets/Delegation';\nexport { Delegation };\n",
    refusedBy: ['noRestrictedImports'],
  },
  {
    name: 'an import of ../engine/score (not its index) from store',
    folder: 'store',
    code: "import { scorePackage } from '../engine/score';\nexport { scorePackage };\n",
    refusedBy: ['noRestrictedImports'],
  },
];

/** Clean files: every tool must accept them, or the probes above prove nothing. */
const CONTROLS: readonly Probe[] = [
  {
    name: 'engine: seeded randomness, Math.floor, its own files',
    folder: 'engine',
    code: "import { nextInt, seedRng } from './rng';\nexport const x = nextInt(seedRng(Math.floor(Math.PI)), 6);\n",
    refusedBy: [],
  },
  {
    name: 'store: the engine and zustand/vanilla through the doors',
    folder: 'store',
    code: "import { createStore } from 'zustand/vanilla';\nimport { seedRng } from '../engine';\nexport const s = createStore(() => ({ rng: seedRng(1) }));\n",
    refusedBy: [],
  },
  {
    name: 'game/scenes: the store, widgets and keys through their doors, and an asset',
    folder: 'game/scenes',
    code: "import { selectStage } from '../../store';\nimport { Delegation } from '../widgets';\nimport { SCENE_KEYS } from '../keys';\nimport url from '../../../assets/art/seal.svg?url';\nexport { selectStage, Delegation, SCENE_KEYS, url };\n",
    refusedBy: [],
  },
];

/**
 * Probes that escape or blind the type checks (their node types would reach every file of the
 * pure check), so they run in a second round without tsc.
 */
const BLINDING: readonly Probe[] = [
  {
    name: 'a .js file',
    folder: 'engine',
    ext: 'js',
    code: 'export const x = Math.floor(2.5);\n',
    refusedBy: ['files'],
  },
  {
    name: 'a .mjs file',
    folder: 'ai',
    ext: 'mjs',
    code: 'export const x = 1;\n',
    refusedBy: ['files'],
  },
  {
    name: 'a triple-slash reference that brings node types into the pure check',
    folder: 'engine',
    code: '/// <reference types="node" />\nexport const x = process.env;\n',
    refusedBy: ['files', 'noRestrictedGlobals'],
  },
  {
    name: '@ts-ignore over an API the pure check would refuse',
    folder: 'scenario',
    code: '// @ts-ignore\nexport const x = new TextEncoder();\n',
    refusedBy: ['files'],
  },
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tag = `${process.pid}-${Date.now().toString(36)}`;
const ALL = [...PROBES, ...CONTROLS, ...BLINDING];
const files = ALL.map((p, i) => `src/${p.folder}/__layer_probe_${tag}_${i}.${p.ext ?? 'ts'}`);
const refusals = new Map<string, Set<Tool>>(files.map((f) => [f, new Set<Tool>()]));
const refusalsOf = (p: Probe): Tool[] => [...refusals.get(files[ALL.indexOf(p)]!)!];

function removeProbes(): void {
  for (const f of files) rmSync(join(ROOT, f), { force: true });
}

/** Probes left by a run that was killed before it could clean up (older than ten minutes). */
function removeStaleProbes(): void {
  const src = join(ROOT, 'src');
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    const path = join(src, f);
    if (/__layer_probe_/.test(f) && Date.now() - statSync(path).mtimeMs > 600_000)
      rmSync(path, { force: true });
  }
}

/** Writes some probes, runs the tools over them and removes them again, also on failure. */
async function round(probes: readonly Probe[], typecheck: boolean): Promise<void> {
  const mine = probes.map((p) => files[ALL.indexOf(p)]!);
  try {
    probes.forEach((p, i) => {
      writeFileSync(join(ROOT, mine[i]!), p.code);
    });
    for (const v of checkTree(ROOT)) refusals.get(v.file)?.add('files');
    await Promise.all([lint(mine), typecheck ? pureTypecheck() : null]);
  } finally {
    removeProbes();
  }
}

/** A command's standard output; a non-zero exit is expected (the probes fail) and not an error. */
async function output(cmd: string, args: string[]): Promise<string> {
  try {
    return (await promisify(execFile)(cmd, args, { cwd: ROOT, maxBuffer: 64 << 20 })).stdout;
  } catch (e) {
    const stdout = (e as { stdout?: string }).stdout;
    if (typeof stdout !== 'string') throw e;
    return stdout;
  }
}

/** Records which Biome rules (or `plugin` for rules/*.grit) report an error in each probe file. */
async function lint(paths: readonly string[]): Promise<void> {
  const stdout = await output('npx', [
    'biome',
    'lint',
    '--reporter=json',
    '--max-diagnostics=none',
    ...paths,
  ]);
  const report = JSON.parse(stdout) as {
    diagnostics: { severity: string; category: string; location: { path: string } }[];
  };
  for (const d of report.diagnostics) {
    if (d.severity !== 'error') continue;
    refusals.get(d.location.path.split('\\').join('/'))?.add(d.category.split('/').at(-1) ?? d.category);
  }
}

/** Records which probe files fail the pure layers' type check. */
async function pureTypecheck(): Promise<void> {
  const stdout = await output('npx', ['tsc', '--noEmit', '--pretty', 'false', '-p', 'tsconfig.pure.json']);
  for (const line of stdout.split('\n')) {
    const m = /^(.+?)\(\d+,\d+\): error TS\d+/.exec(line);
    if (m?.[1]) refusals.get(m[1].split('\\').join('/'))?.add('tsc');
  }
}

describe('layer rules refuse each probe', () => {
  beforeAll(async () => {
    removeStaleProbes();
    await round([...PROBES, ...CONTROLS], true);
    await round(BLINDING, false);
  }, 120_000);
  afterAll(removeProbes);

  for (const p of [...PROBES, ...BLINDING]) {
    it(`${p.folder}: ${p.name} (${p.refusedBy.join(', ')})`, () => {
      for (const tool of p.refusedBy) expect(refusalsOf(p), tool).toContain(tool);
    });
  }

  for (const p of CONTROLS) {
    it(`accepts a clean file — ${p.name}`, () => {
      expect(refusalsOf(p)).toEqual([]);
    });
  }
});

describe('files in src/', () => {
  it('allows TypeScript, the overlay stylesheet, fixtures and the root declarations', () => {
    for (const path of [
      'src/engine/score.ts',
      'src/ui/overlay.css',
      'src/cli/fixtures/a.yaml',
      'src/scenarios.d.ts',
    ]) {
      expect(checkPath(path), path).toEqual([]);
    }
  });
  it('refuses scripts of other kinds, stray data and declarations inside a layer', () => {
    for (const path of [
      'src/engine/x.cjs',
      'src/ui/x.tsx',
      'src/engine/x.css',
      'src/engine/x.json',
      'src/engine/x.d.ts',
    ]) {
      expect(checkPath(path), path).toHaveLength(1);
    }
  });
});
