// `npm run bot -- --server ws://host:port --code CODE [--persona P] [--name N] [--seed S]`:
// the computer negotiator fills a seat at a network table (an instructor fills empty seats this
// way). It plays from its own view only, like a student's browser, and prints the outcome.
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { createCache } from '../engine';
import { joinTable, type TableInfo } from '../net';
import { playSeat, seatNegotiator } from './bot';
import { loadCatalog } from './catalog';
import { readFlags } from './flags';

const USAGE =
  'Usage: npm run bot -- --server ws://host:port --code CODE [--persona ID] [--name NAME] [--seed N] [--scenarios DIR]';

async function main(): Promise<number> {
  const values = readFlags(
    {
      server: { type: 'string' },
      code: { type: 'string' },
      persona: { type: 'string' },
      name: { type: 'string' },
      seed: { type: 'string' },
      scenarios: { type: 'string' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  const server = values.server;
  const code = values.code;
  if (typeof server !== 'string' || typeof code !== 'string') {
    console.error(`--server and --code are needed.\n${USAGE}`);
    return 2;
  }
  const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    console.error(`--seed must be a whole number, not "${values.seed}".`);
    return 2;
  }
  const catalog = loadCatalog(join(process.cwd(), String(values.scenarios ?? 'scenarios')));
  const persona = typeof values.persona === 'string' ? values.persona : '';
  const name = typeof values.name === 'string' ? values.name : `Computer (${persona || 'default'})`;
  let conn: Awaited<ReturnType<typeof joinTable>>;
  try {
    conn = await joinTable(server, code, { name });
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const table = await new Promise<TableInfo>((resolve) => {
    if (conn.table) resolve(conn.table);
    else conn.on('table', resolve);
  });
  const model = catalog.get(table.scenarioId);
  if (!model || model.contentHash !== table.contentHash) {
    console.error(`This bot does not have scenario "${table.scenarioId}" in the version the table plays.`);
    await conn.leave();
    return 1;
  }
  let negotiator: ReturnType<typeof seatNegotiator>;
  try {
    negotiator = seatNegotiator(model, table.you, persona, seed);
  } catch (e) {
    console.error((e as Error).message);
    await conn.leave();
    return 2;
  }
  const cache = createCache();
  console.log(`Joined table ${conn.code} as side ${table.you} (${negotiator.id}); playing…`);
  const report = await playSeat(conn, {
    decide: (view) => negotiator.decide(view, cache),
    think: () => 600,
    onError: (e) => console.error(`refused: ${e.message}`),
  });
  const outcome = report.view?.outcome;
  console.log(`Game over after ${report.moves} own moves: ${outcome ? outcome.kind : 'unknown'}.`);
  await conn.leave();
  return report.errors === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Bot failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
