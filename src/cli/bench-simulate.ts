// Benchmark section: the headless simulator on the default scenario, pragmatist against
// pragmatist, 1000 games. Cold: the `simulate … --json` command in a fresh process (its
// summary.gamesPerSecond: a new process builds every package space and compiles every function
// again), run a few times. In process: the same games (without reasons, as the command plays
// them) first in this process, then with compiled code but an empty cache (every package space
// built again), then with the cache that run filled: what separates the cold rate from the warm
// one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { negotiatorFor, simulate } from '../ai';
import { createCache, type Model, type Side } from '../engine';
import { loadScenario } from '../scenario';

const FILE = 'scenarios/busan-2025.yaml';
const GAMES = 1000;
const COLD_RUNS = 3;

/** The simulate command's games per second in a fresh node process (same loader as this one). */
function coldRun(model: Model): number | string {
  const ids = model.parties.map((p) => p.id);
  const args = [
    ...process.execArgv,
    'src/cli/scenario.ts',
    'simulate',
    FILE,
    `--${ids[0]}`,
    'pragmatist',
    `--${ids[1]}`,
    'pragmatist',
    '--games',
    String(GAMES),
    '--json',
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim().split('\n')[0] ?? ''}`;
  if (r.stderr.length > 0) return `wrote ${r.stderr.length} bytes on stderr`;
  const rate = (JSON.parse(r.stdout) as { summary: { gamesPerSecond: number | null } }).summary
    .gamesPerSecond;
  return rate ?? 'no rate';
}

/** Games per second of `GAMES` pragmatist games in this process with the given cache: of wall time and of CPU time (all threads). */
function warmRun(model: Model, cache: ReturnType<typeof createCache>): [number, number] {
  const side = (s: Side) => (seed: number) => {
    const r = negotiatorFor(model, s, 'pragmatist', { seed });
    if (!r.ok) throw new Error(r.message);
    return r.negotiator;
  };
  // The clock is read where the play starts and ends: the CPU time (of every thread) is read there too.
  const cpu: number[] = [];
  const clock = () => {
    const u = process.cpuUsage();
    cpu.push((u.user + u.system) / 1000);
    return performance.now();
  };
  const report = simulate(model, [side(0), side(1)], { games: GAMES, seed: 1, clock, cache, explain: false });
  const cpuMs = (cpu[1] ?? 0) - (cpu[0] ?? 0);
  return [report.games / ((report.playTime ?? 1) / 1000), report.games / (Math.max(cpuMs, 1e-3) / 1000)];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The simulator section of `npm run bench`. */
export async function run(): Promise<void> {
  console.log('== simulator');
  const loaded = existsSync(FILE) ? loadScenario(readFileSync(FILE, 'utf8'), FILE) : null;
  if (!loaded?.ok) {
    console.log(`  ${FILE} not loadable: skipped`);
    return;
  }
  const model = loaded.model;
  console.log(`${model.id}, pragmatist vs pragmatist, ${GAMES} games from seed 1 (games per second of play)`);
  console.log(
    `  machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} (wall-clock rates fall as the load passes the core count)`,
  );
  const cold = Array.from({ length: COLD_RUNS }, () => coldRun(model));
  const rates = cold.filter((x): x is number => typeof x === 'number');
  const shown = cold.map((x) => (typeof x === 'number' ? x.toFixed(0) : x)).join(', ');
  console.log(`  cold, fresh process (simulate --json)   ${shown}; median ${median(rates).toFixed(0)}`);
  const [first, firstCpu] = warmRun(model, createCache());
  const cache = createCache();
  const [built, builtCpu] = warmRun(model, cache);
  const [again, againCpu] = warmRun(model, cache);
  const row = (a: number, b: number, c: number) =>
    `${a.toFixed(0)} (first in process), ${b.toFixed(0)} (compiled, empty cache), ${c.toFixed(0)} (filled cache)`;
  console.log(`  in process                              ${row(first, built, again)}`);
  console.log(`  per CPU-second of play (all threads)    ${row(firstCpu, builtCpu, againCpu)}`);
}
