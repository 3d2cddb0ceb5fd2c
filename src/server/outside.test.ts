// A table on an instructor's own scenario file: the creator sends the file, the server validates it
// as the game does, the joiner receives it with the table, and both play on it. A broken file, a
// file that is not the one named, and one too large are refused with clear messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlayerView } from '../engine';
import { createTable, joinTable, type TableConnection, type TableInfo } from '../net';
import { MAX_SCENARIO_TEXT } from '../net/protocol';
import { loadScenario } from '../scenario';
import { loadCatalog } from './catalog';
import { type RunningServer, startServer } from './server';

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
  server = await startServer({
    catalog: loadCatalog(join(import.meta.dirname, '../../scenarios')),
    port: 0,
    host: '127.0.0.1',
    computerDelayMs: 0,
    graceSeconds: 2,
    log: () => {},
  });
});
afterAll(async () => {
  await server?.close();
});

function first<T>(conn: TableConnection, event: 'view' | 'table'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} in time`)), 5000);
    const off = conn.on(event, ((v: T) => {
      clearTimeout(timer);
      off();
      resolve(v);
    }) as never);
  });
}

describe('a table on an instructor’s own file', () => {
  it('is validated by the server, handed to the joiner, and played', async () => {
    expect(server.url).toBeTruthy();
    const a = await createTable(server.url, { ...mine(), seed: 5, name: 'Ada' });
    const view = await first<PlayerView>(a, 'view');
    expect(view.issues.map((i) => i.id)).toEqual(['fees', 'noise']);
    const b = await joinTable(server.url, a.code, { name: 'Bo' });
    const table = b.table ?? (await first<TableInfo>(b, 'table'));
    expect(table.scenario).toEqual({ name: 'my-case.yaml', text: TEXT });
    expect(table.scenarioId).toBe('my-case');
    const moved = new Promise<PlayerView>((resolve) => {
      const off = b.on('view', (v) => {
        if (v.log.some((e) => e.kind === 'move')) {
          off();
          resolve(v);
        }
      });
    });
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
