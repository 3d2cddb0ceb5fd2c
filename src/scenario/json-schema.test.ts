import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { jsonSchemaText } from './json-schema';
import { loadScenario } from './load';

const dir = new URL('../../scenarios/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (else run `npm run schema`)', () => {
    const committed = read('scenario.schema.json');
    expect(
      committed === jsonSchemaText(),
      'scenarios/scenario.schema.json is stale: run `npm run schema`',
    ).toBe(true);
  });

  it('rejects unknown top-level fields and describes the fields, for editors', () => {
    const schema = JSON.parse(jsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'parties', 'issues', 'payoffs', 'rules']),
    );
    expect(schema.properties.rules.properties.rounds.description).toMatch(/Rounds/);
  });
});

describe('shipped scenarios', () => {
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json');

  it('include the default scenario', () => {
    expect(files).toContain('busan-2025.yaml');
  });

  it.each(files)('%s loads with no errors', (name) => {
    const r = loadScenario(read(name), name);
    expect(r.ok ? [] : r.errors.map(formatDiagnostic)).toEqual([]);
  });

  it.each(files.filter((f) => !f.endsWith('.json')))(
    '%s names the schema for editors on its first line',
    (name) => {
      expect(read(name).split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    },
  );
});
