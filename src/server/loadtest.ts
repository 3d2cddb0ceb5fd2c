// `npm run loadtest -- --server ws://host:port --rooms N --drop F [--json] [--seed S]`:
// N tables, two computer negotiators at each playing over the network from their own views;
// each thinks 100–300 ms (seeded) before a move, like a fast class; a fraction F of the
// connections is cut mid-game and comes back with its reconnection token (as after a reload).
// Latency: from sending a move to receiving the own view that holds it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Move, PlayerView, RngState, Side } from '../engine';
import { nextFloat, nextInt, seedRng } from '../engine';
import { createTable, joinTable, type TableConnection } from '../net';
import { playSeat, type SeatReport } from './bot';
import type { DecideAnswer, DecideRequest } from './decide-worker';
import { loadCatalog } from './catalog';
import { readFlags } from './flags';

const USAGE =
  'Usage: npm run loadtest -- --server ws://host:port --rooms N --drop F [--json] [--seed N] [--scenario ID] [--timeout SECONDS] [--ramp-ms 50] [--workers 1] [--procs 1]';

export interface LoadReport {
  rooms: number;
  completed: number;
  moves: number;
  movesPerSecond: number;
  latencyMs: { p50: number; p95: number; max: number };
  errors: number;
  connections: number;
  dropped: number;
  reconnected: number;
  seconds: number;
  rampMs: number;
  /** How late this process's own event loop ran (its timers and messages), p99: latency it adds. */
  clientLoopDelayMsP99: number;
  scenario: string;
  thinkMs: [number, number];
  procs?: number;
  /** The server's own event-loop delay during the run (from its /__stats), when it offers it. */
  server?: { loopDelayMs: { p50: number; p99: number; max: number } } | null;
}

/** The server's /__stats (reset with `reset`), or null when it has none. */
async function serverStats(server: string, reset: boolean): Promise<LoadReport['server']> {
  try {
    const base = server.trim().replace(/^ws/i, 'http').replace(/\/+$/, '');
    const res = await fetch(
      `${/^https?:/i.test(base) ? base : `http://${base}`}/__stats${reset ? '?reset' : ''}`,
    );
    if (!res.ok) return null;
    const s = (await res.json()) as { loopDelayMs: { p50: number; p99: number; max: number } };
    return {
      loopDelayMs: {
        p50: round1(s.loopDelayMs.p50),
        p99: round1(s.loopDelayMs.p99),
        max: round1(s.loopDelayMs.max),
      },
    };
  } catch {
    return null;
  }
}

/** The q-quantile (0–1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Worker threads that make the decisions; a seat always goes to the same worker (its caches). */
function decisionPool(size: number, root: string) {
  const url = new URL('./decide-worker.ts', import.meta.url);
  // The worker is TypeScript: it is loaded through tsx's API, as the Vite config loads the scenario layer.
  const boot =
    "const { workerData } = require('node:worker_threads');" +
    "import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.file, workerData.file));";
  const threads = Array.from(
    { length: size },
    () => new Worker(boot, { eval: true, workerData: { root, file: url.href } }),
  );
  const waiting = new Map<number, (move: Move | null) => void>();
  for (const t of threads)
    t.on('message', (a: DecideAnswer) => {
      waiting.get(a.id)?.(a.move);
      waiting.delete(a.id);
    });
  let next = 0;
  const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7) >>> 0;
  return {
    decide(
      seat: string,
      scenarioId: string,
      side: Side,
      seed: number,
      view: PlayerView,
    ): Promise<Move | null> {
      const id = next++;
      const req: DecideRequest = { id, seat, scenarioId, side, persona: '', seed, view };
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        // A JSON string crosses to the worker far faster than a structured clone of the view.
        threads[hash(seat) % threads.length]?.postMessage(JSON.stringify(req));
      });
    },
    close: () => Promise.all(threads.map((t) => t.terminate())),
  };
}

function print(report: LoadReport): void {
  console.log(
    `${report.completed}/${report.rooms} tables completed, ${report.moves} moves in ${report.seconds} s`,
  );
  console.log(
    `${report.movesPerSecond} moves/s; latency p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms`,
  );
  console.log(
    `${report.dropped} connections dropped and ${report.reconnected} came back; ${report.errors} errors`,
  );
}

/** Run the tables in `procs` child processes (each with its own connections and decision worker). */
async function spread(
  procs: number,
  rooms: number,
  rampMs: number,
  values: Record<string, string | boolean | undefined>,
): Promise<LoadReport> {
  const started = performance.now();
  const script = fileURLToPath(import.meta.url);
  const runs: Promise<(LoadReport & { latencies: number[] }) | null>[] = [];
  let first = 0;
  for (let i = 0; i < procs; i++) {
    const count = Math.floor(rooms / procs) + (i < rooms % procs ? 1 : 0);
    if (count === 0) continue;
    const args = [
      ...process.execArgv,
      script,
      ...['--server', String(values.server), '--rooms', String(count), '--first', String(first)],
      ...[
        '--drop',
        String(values.drop),
        '--seed',
        String(values.seed),
        '--scenario',
        String(values.scenario),
      ],
      ...['--timeout', String(values.timeout), '--scenarios', String(values.scenarios)],
      ...['--ramp-ms', String(rampMs * procs), '--workers', String(values.workers), '--child'],
    ];
    first += count;
    runs.push(
      new Promise((resolve) => {
        execFile(process.execPath, args, { maxBuffer: 64 * 2 ** 20 }, (_err, stdout) => {
          try {
            resolve(JSON.parse(stdout));
          } catch {
            resolve(null);
          }
        });
      }),
    );
  }
  const parts = await Promise.all(runs);
  const seconds = (performance.now() - started) / 1000;
  const ok = parts.filter((p): p is LoadReport & { latencies: number[] } => p !== null);
  const latencies = ok.flatMap((p) => p.latencies).sort((x, y) => x - y);
  const sum = (f: (p: LoadReport) => number) => ok.reduce((n, p) => n + f(p), 0);
  const moves = sum((p) => p.moves);
  return {
    rooms,
    completed: sum((p) => p.completed),
    moves,
    movesPerSecond: round1(moves / seconds),
    latencyMs: {
      p50: round1(quantile(latencies, 0.5)),
      p95: round1(quantile(latencies, 0.95)),
      max: round1(latencies[latencies.length - 1] ?? 0),
    },
    errors: sum((p) => p.errors) + (parts.length - ok.length) * 1,
    connections: rooms * 2,
    dropped: sum((p) => p.dropped),
    reconnected: sum((p) => p.reconnected),
    seconds: round1(seconds),
    rampMs,
    clientLoopDelayMsP99: Math.max(0, ...ok.map((p) => p.clientLoopDelayMsP99)),
    scenario: ok[0]?.scenario ?? String(values.scenario),
    thinkMs: [100, 300],
    procs,
  };
}

async function main(): Promise<number> {
  const values = readFlags(
    {
      server: { type: 'string' },
      rooms: { type: 'string', default: '10' },
      drop: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      scenario: { type: 'string', default: 'busan-2025' },
      timeout: { type: 'string', default: '300' },
      scenarios: { type: 'string', default: 'scenarios' },
      workers: { type: 'string', default: '1' },
      'ramp-ms': { type: 'string', default: '50' },
      procs: { type: 'string', default: '1' },
      first: { type: 'string', default: '0' },
      child: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;
  const rooms = Number(values.rooms);
  const drop = Number(values.drop);
  const seed = Number(values.seed);
  const timeout = Number(values.timeout);
  const json = values.json === true;
  if (typeof values.server !== 'string') {
    console.error(`--server is needed.\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 10_000 || !(drop >= 0 && drop <= 1)) {
    console.error(`--rooms must be 1–10000 and --drop 0–1.\n${USAGE}`);
    return 2;
  }
  if (!Number.isSafeInteger(seed) || !(timeout > 0)) {
    console.error(`--seed must be a whole number and --timeout positive.\n${USAGE}`);
    return 2;
  }
  const server = values.server;
  const catalog = loadCatalog(join(process.cwd(), String(values.scenarios)));
  const model = catalog.get(String(values.scenario));
  if (!model) {
    console.error(`Unknown scenario "${values.scenario}" (have: ${[...catalog.keys()].join(', ')}).`);
    return 2;
  }
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) {
    console.error(`--workers must be 1–16.\n${USAGE}`);
    return 2;
  }
  const rampMs = Number(values['ramp-ms']);
  if (!(rampMs >= 0 && rampMs <= 10_000)) {
    console.error(`--ramp-ms must be 0–10000.\n${USAGE}`);
    return 2;
  }
  const procs = Number(values.procs);
  if (!Number.isInteger(procs) || procs < 1 || procs > 32) {
    console.error(`--procs must be 1–32.\n${USAGE}`);
    return 2;
  }
  if (procs > 1 && !values.child) {
    await serverStats(values.server, true);
    const report = await spread(procs, rooms, rampMs, values);
    report.server = await serverStats(values.server, false);
    if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else print(report);
    return report.errors === 0 && report.completed === rooms ? 0 : 1;
  }
  if (!values.child) await serverStats(values.server, true);
  const pool = decisionPool(workers, process.cwd());
  const THINK: [number, number] = [100, 300];
  let errors = 0;
  const reports: SeatReport[] = [];
  let completed = 0;
  const started = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  const table = async (k: number): Promise<void> => {
    // Everything random for this table comes from its own seed: the run is reproducible however
    // the tables are spread over processes.
    let rng: RngState = seedRng(seed * 100_003 + k);
    const float = () => {
      const [x, next] = nextFloat(rng);
      rng = next;
      return x;
    };
    const int = (n: number) => {
      const [x, next] = nextInt(rng, n);
      rng = next;
      return x;
    };
    const thinkSeeds = [int(2 ** 31), int(2 ** 31)];
    const drops = [float() < drop, float() < drop];
    const dropAt = [1 + int(3), 1 + int(3)];
    const gameSeed = seed * 1000 + k;
    const conns: TableConnection[] = [];
    try {
      const a = await createTable(server, {
        scenarioId: model.id,
        contentHash: model.contentHash,
        seed: gameSeed,
        name: `load-${k}-a`,
      });
      conns.push(a);
      const b = await joinTable(server, a.code, { name: `load-${k}-b` });
      conns.push(b);
      const plays = conns.map((conn, side) => {
        let think: RngState = seedRng(thinkSeeds[side] ?? 0);
        const seat = `${k}:${side}`;
        return playSeat(conn, {
          decide: (view) => pool.decide(seat, model.id, side as Side, gameSeed + side, view),
          think: () => {
            const [x, next] = nextFloat(think);
            think = next;
            return THINK[0] + x * (THINK[1] - THINK[0]);
          },
          ...(drops[side]
            ? { dropAfterMoves: dropAt[side] ?? 1, reconnectAfterMs: 200 + (dropAt[side] ?? 1) * 100 }
            : {}),
        });
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeout * 1000);
      });
      const done = await Promise.race([Promise.all(plays), limit]);
      clearTimeout(timer);
      if (!done) {
        errors++;
        return;
      }
      reports.push(...done);
      for (const r of done) errors += r.errors;
      if (done.every((r) => r.view?.outcome)) completed++;
      else errors++;
    } catch {
      errors++;
    } finally {
      await Promise.all(conns.map((c) => c.leave().catch(() => {})));
    }
  };

  // Tables open --ramp-ms apart (default 50 ms: 100 tables in 5 s), as a class arrives, not in one burst.
  const all: Promise<void>[] = [];
  const first = Number(values.first) || 0;
  for (let k = first; k < first + rooms; k++) {
    all.push(table(k));
    await new Promise((r) => setTimeout(r, rampMs));
  }
  await Promise.all(all);
  await pool.close();
  const seconds = (performance.now() - started) / 1000;
  const latencies = reports.flatMap((r) => r.latencies).sort((x, y) => x - y);
  const moves = reports.reduce((n, r) => n + r.moves, 0);
  const dropped = reports.filter((r) => r.dropped).length;
  const report: LoadReport = {
    rooms,
    completed,
    moves,
    movesPerSecond: round1(moves / seconds),
    latencyMs: {
      p50: round1(quantile(latencies, 0.5)),
      p95: round1(quantile(latencies, 0.95)),
      max: round1(latencies[latencies.length - 1] ?? 0),
    },
    errors,
    connections: rooms * 2,
    dropped,
    reconnected: reports.filter((r) => r.dropped && r.view?.outcome).length,
    seconds: round1(seconds),
    rampMs,
    clientLoopDelayMsP99: round1(loop.percentile(99) / 1e6),
    scenario: model.id,
    thinkMs: THINK,
  };
  if (!values.child) report.server = await serverStats(values.server, false);
  if (values.child) process.stdout.write(`${JSON.stringify({ ...report, latencies })}\n`);
  else if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    console.log(`${report.completed}/${rooms} tables completed, ${moves} moves in ${report.seconds} s`);
    console.log(
      `${report.movesPerSecond} moves/s; latency p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms`,
    );
    console.log(`${dropped} connections dropped and ${report.reconnected} came back; ${errors} errors`);
  }
  return errors === 0 && completed === rooms ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Load test failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
