// A table on an instructor's own scenario file: the creator sends the file, the server validates it
// as the game does, the joiner receives it with the table, and both play on it. A broken file, a
// file that is not the one named, and one too large are refused with clear messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlayerView } from '../engine';
import { createTable, joinTable, type TableInfo } from '../net';
import { MAX_SCENARIO_TEXT } from '../net/protocol';
import { loadScenario } from '../scenario';
import type { RunningServer } from './server';
import { nextEvent, startTestServer } from './testing';

const TEXT = readFileSync(join(import.meta.dirname, '../../public/scenarios/my-case.yaml'), 'utf8');
const loaded = loadScenario(TEXT, 'my-case.yaml');
if (!loaded.ok) throw new Error('the example does not load');
const MODEL = loaded.model;
const mine = (text = TEXT, over: Partial<{ scenarioId: string; contentHash: string }> = {}) => ({
  scenarioId: MODEL.id,
  contentHash: MODEL.contentHash,
  scenario: { name: 'my-case.yaml', text },
  ...over,
});

let server: RunningServer;
beforeAll(async () => {
  ({ server } = await startTestServer());
});
afterAll(async () => {
  await server?.close();
});

describe('a table on an instructor’s own file', () => {
  it('is validated by the server, handed to the joiner, and played', async () => {
    expect(server.url).toBeTruthy();
    const a = await createTable(server.url, { ...mine(), seed: 5, name: 'Ada' });
    const view = await nextEvent<PlayerView>(a, 'view');
    expect(view.issues.map((i) => i.id)).toEqual(['fees', 'noise']);
    const b = await joinTable(server.url, a.code, { name: 'Bo' });
    const table = b.table ?? (await nextEvent<TableInfo>(b, 'table'));
    expect(table.scenario).toEqual({ name: 'my-case.yaml', text: TEXT });
    expect(table.scenarioId).toBe('my-case');
    const moved = nextEvent<PlayerView>(b, 'view', (v) => v.log.some((e) => e.kind === 'move'));
    a.move({ type: 'propose', side: 0, package: view.issues.map((i) => i.statusQuo) });
    expect((await moved).turn).toBe(1);
    await a.leave();
    await b.leave();
  });

  it('refuses a broken file with every located problem, as the game and the command line print them', async () => {
    const broken = TEXT.replace(/^id: my-case$/m, 'id: 20').replace('rounds: 4', 'rounds: many');
    await expect(createTable(server.url, mine(broken))).rejects.toMatchObject({
      code: 'badOptions',
      message: expect.stringMatching(
        /cannot be played:\nmy-case\.yaml:\d+:5 error id: .*20 is read as a number.*expected text\nmy-case\.yaml:\d+:\d+ error rules\.rounds: .*"many"/,
      ),
    });
  });

  it('refuses a file that is not the one named, or too large', async () => {
    await expect(createTable(server.url, mine(TEXT, { scenarioId: 'other-case' }))).rejects.toMatchObject({
      code: 'wrongVersion',
    });
    await expect(
      createTable(server.url, mine(TEXT, { contentHash: '0000000000000000' })),
    ).rejects.toMatchObject({
      code: 'wrongVersion',
    });
    await expect(
      createTable(server.url, mine(`${TEXT}#${'x'.repeat(MAX_SCENARIO_TEXT)}`)),
    ).rejects.toMatchObject({ message: expect.stringContaining('too large for a table on the game server') });
  });
});
