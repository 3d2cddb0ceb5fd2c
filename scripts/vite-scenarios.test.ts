import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as layer from '../src/scenario';
import { readScenarios } from './vite-scenarios';

const shippedDir = new URL('../scenarios/', import.meta.url).pathname;

describe('readScenarios', () => {
  it('validates every shipped scenario into plain JSON data', () => {
    const r = readScenarios(shippedDir, layer);
    if (!r.ok) throw new Error(r.messages.join('\n'));
    expect(r.scenarios.map((s) => s.fileName)).toEqual([
      'busan-2025.yaml',
      'geneva-2025.yaml',
      'tutorial.yaml',
      'zte-2018.yaml',
    ]);
    expect(JSON.parse(JSON.stringify(r.scenarios))).toEqual(r.scenarios);
    expect(r.scenarios[0]?.file.id).toBe('busan-2025');
  });

  it('fails with located messages when a shipped file has an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-scenarios-'));
    try {
      const good = readFileSync(join(shippedDir, 'tutorial.yaml'), 'utf8');
      writeFileSync(join(dir, 'good.yaml'), good);
      writeFileSync(join(dir, 'typo.yaml'), good.replace(/^title:/m, 'titel:'));
      const r = readScenarios(dir, layer);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.messages.length).toBeGreaterThan(0);
        expect(r.messages.every((m) => /^scenarios\/typo\.yaml:\d+:\d+ error/.test(m))).toBe(true);
        expect(r.messages.join('\n')).toContain('titel');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
