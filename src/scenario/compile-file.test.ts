import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, loadScenario, type ScenarioFile } from './index';

const SHIPPED = ['busan-2025.yaml', 'tutorial.yaml'] as const;
const load = (fileName: string) => {
  const r = loadScenario(
    readFileSync(new URL(`../../scenarios/${fileName}`, import.meta.url), 'utf8'),
    fileName,
  );
  if (!r.ok) throw new Error(`${fileName} does not load`);
  return r;
};

describe('compileScenario', () => {
  for (const fileName of SHIPPED) {
    it(`gives ${fileName} the loader's model and content hash after a JSON round trip`, () => {
      const loaded = load(fileName);
      const shipped = JSON.parse(JSON.stringify(loaded.file)) as ScenarioFile;
      const r = compileScenario(shipped, fileName);
      if (!r.ok) throw new Error(r.error);
      expect(r.model.contentHash).toBe(loaded.model.contentHash);
      expect(r.model.contentHash).toMatch(/^[0-9a-f]{16}$/);
      expect(r.model).toEqual(loaded.model);
    });
  }

  it('gives a different hash when the content differs', () => {
    const file = load('tutorial.yaml').file;
    const a = compileScenario(file, 'a.yaml');
    const b = compileScenario({ ...file, title: `${file.title}!` }, 'b.yaml');
    expect(a.ok && b.ok && a.model.contentHash !== b.model.contentHash).toBe(true);
  });

  it('reports broken data by file name instead of throwing', () => {
    const r = compileScenario({ id: 'x' } as unknown as ScenarioFile, 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('bad.yaml');
    const n = compileScenario(null as unknown as ScenarioFile, 'null.yaml');
    expect(n.ok).toBe(false);
  });
});
