import { describe, expect, it } from 'vitest';
import { checkSource, layerOf } from './layers';

describe('layer rules', () => {
  it('finds the layer of a path', () => {
    expect(layerOf('src/engine/score.ts')).toBe('engine');
    expect(layerOf('src/main.ts')).toBeNull();
  });
  it('rejects phaser in the engine', () => {
    const v = checkSource('src/engine/score.ts', "import Phaser from 'phaser';\n");
    expect(v.map((x) => x.message)).toEqual(["engine/ may not import 'phaser'"]);
  });
  it('rejects Math.random and Date.now in the engine, with the line', () => {
    const v = checkSource('src/engine/rng.ts', 'const a = 1;\nconst b = Math.random();\nconst c = Date.now();\n');
    expect(v.map((x) => x.line)).toEqual([2, 3]);
  });
  it('ignores banned words in comments', () => {
    expect(checkSource('src/engine/rng.ts', '// never Math.random here\n')).toEqual([]);
  });
  it('rejects the DOM in the AI', () => {
    expect(checkSource('src/ai/x.ts', 'document.title = "x";\n')).toHaveLength(1);
  });
  it('rejects upward imports: engine → store, game → engine', () => {
    expect(checkSource('src/engine/a.ts', "import { x } from '../store';\n")).toHaveLength(1);
    expect(checkSource('src/game/scenes/Table.ts', "import { score } from '../../engine';\n")).toHaveLength(1);
  });
  it('rejects reaching past another layer index', () => {
    const v = checkSource('src/ai/a.ts', "import { score } from '../engine/score';\n");
    expect(v[0]?.message).toMatch(/through its index/);
  });
  it('accepts allowed imports through the index', () => {
    expect(checkSource('src/ai/a.ts', "import type { Model } from '../engine';\n")).toEqual([]);
    expect(checkSource('src/game/a.ts', "import { useStore } from '../store/index';\n")).toEqual([]);
    expect(checkSource('src/engine/a.ts', "import { b } from './b';\n")).toEqual([]);
  });
  it('opens test helpers (testing.ts) to tests and benchmarks only', () => {
    expect(checkSource('src/ai/a.test.ts', "import { randomModel } from '../engine/testing';\n")).toEqual([]);
    expect(checkSource('src/cli/bench-ai.ts', "import { randomModel } from '../engine/testing';\n")).toEqual([]);
    expect(checkSource('src/ai/a.ts', "import { randomModel } from '../engine/testing';\n")).toHaveLength(1);
    expect(checkSource('src/engine/a.ts', "import { buildModel } from './testing';\n")).toHaveLength(1);
  });
  it('nothing imports game/', () => {
    expect(checkSource('src/store/a.ts', "import { T } from '../game';\n")).toHaveLength(1);
  });
});
