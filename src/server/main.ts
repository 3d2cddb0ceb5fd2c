// `npm run server [-- --port 2567] [--host 0.0.0.0] [--dist dist] [--scenarios scenarios]`:
// the class server. Serves the built game and the tables from one address and prints it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from './catalog';
import { lanAddresses, startServer } from './server';
import { readFlags } from './flags';

export const DEFAULT_PORT = 2567;

const USAGE = `Usage: npm run server -- [--port ${DEFAULT_PORT}] [--host 0.0.0.0] [--dist dist] [--scenarios scenarios]`;

async function main(): Promise<number> {
  const values = readFlags(
    {
      port: { type: 'string' },
      host: { type: 'string' },
      dist: { type: 'string' },
      scenarios: { type: 'string' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  const port = values.port === undefined ? Number(process.env.PORT ?? DEFAULT_PORT) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number (0–65535), not "${values.port}".\n${USAGE}`);
    return 2;
  }
  const cwd = process.cwd();
  const catalog = loadCatalog(join(cwd, values.scenarios ?? 'scenarios'), (l) => console.error(l));
  if (catalog.size === 0) {
    console.error('No valid scenario found: nothing to play.');
    return 1;
  }
  const staticDir = join(cwd, values.dist ?? 'dist');
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ catalog, port, host: values.host ?? '0.0.0.0', staticDir });
  } catch (e) {
    console.error(`Could not start the server: ${(e as Error).message}`);
    return 1;
  }
  if (!existsSync(join(staticDir, 'index.html')))
    console.error(
      `No built game in ${staticDir}: run \`npm run build\` first, or students see only a notice.`,
    );
  const lan = lanAddresses();
  console.log(`Bargaining Chips server: ${catalog.size} scenario(s) (${[...catalog.keys()].join(', ')}).`);
  console.log(`On this computer:     http://localhost:${server.port}/`);
  for (const ip of lan) console.log(`Students type:        http://${ip}:${server.port}/`);
  if (lan.length === 0) console.log('No network address found: students cannot reach this computer yet.');
  console.log(`Bots and load tests:  ws://${lan[0] ?? '127.0.0.1'}:${server.port}`);
  console.log('Stop with Ctrl+C.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(`Server failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
