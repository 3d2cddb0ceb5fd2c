// Benchmark section: the computer negotiator on the default scenario (or a generated model when
// it is missing): decision time per move (median, 95th percentile), for the player view as built
// and for the same view rebuilt from JSON (as a server would send it: it must find the package
// space the first view built), and full games per second on one core, cold caches first.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Negotiator, negotiatorFor, playGame } from '../ai';
import {
  applyMove,
  type BySide,
  type Cache,
  createCache,
  type Model,
  newGame,
  type PlayerView,
  packageCount,
  playerView,
} from '../engine';
import { randomModel } from '../engine/testing';
import { loadScenario } from '../scenario';

const FILE = 'scenarios/busan-2025.yaml';

/** The default scenario, or a generated stand-in with personas when it is missing or invalid. */
function benchModel(): { model: Model; label: string } {
  if (existsSync(FILE)) {
    const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE);
    if (loaded.ok) return { model: loaded.model, label: `default scenario (${loaded.model.id})` };
  }
  const m = randomModel(1, { issues: [10, 10], options: [3, 3], factors: [6, 6], range: 30 });
  const personas = ([0, 1] as const).map((side) => ({
    id: `${m.parties[side].id}-pragmatist`,
    side,
    name: 'pragmatist',
    description: '',
    difficulty: 'normal' as const,
    concession: 1,
    floor: 0.3,
    empathy: 0.5,
  }));
  return { model: { ...m, personas }, label: `generated model (${FILE} not loadable)` };
}

const pairs = (model: Model): BySide<Negotiator>[] => {
  const get = (side: 0 | 1, name: string) => {
    const r = negotiatorFor(model, side, name);
    return r.ok ? r.negotiator : null;
  };
  const out: BySide<Negotiator>[] = [];
  for (const [a, b] of [
    ['pragmatist', 'pragmatist'],
    ['hardliner', 'dealmaker'],
    ['dealmaker', 'hardliner'],
    ['linear', 'pragmatist'],
  ]) {
    const x = get(0, a!);
    const y = get(1, b!);
    if (x && y) out.push([x, y]);
  }
  return out;
};

/** Decision times in ms: for the view as built, and for the same view rebuilt from JSON. */
interface Timed {
  readonly fresh: number[];
  readonly json: number[];
  /** Cache misses (builds) while deciding from the JSON views. */
  readonly jsonBuilds: number;
}

/** Play games timing every decision, also from the view round-tripped through JSON (as a server sends it). */
function timedGames(
  model: Model,
  sides: readonly BySide<Negotiator>[],
  games: number,
  seed: number,
  cache: Cache,
): Timed {
  const fresh: number[] = [];
  const json: number[] = [];
  let jsonBuilds = 0;
  for (let g = 0; g < games; g++) {
    const pair = sides[g % sides.length]!;
    let state = newGame(model, seed + g);
    while (!state.outcome) {
      const view = playerView(model, state, state.turn, cache);
      const copy = JSON.parse(JSON.stringify(view)) as PlayerView;
      const t0 = performance.now();
      const move = pair[state.turn].decide(view, cache);
      const t1 = performance.now();
      const built = cache.stats().misses;
      const t2 = performance.now();
      pair[state.turn].decide(copy, cache);
      const t3 = performance.now();
      jsonBuilds += cache.stats().misses - built;
      fresh.push(t1 - t0);
      json.push(t3 - t2);
      const r = move ? applyMove(model, state, move, cache) : null;
      if (!r?.ok) break;
      state = r.state;
    }
  }
  return { fresh, json, jsonBuilds };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** Games per second of wall and of CPU time (CPU is fairer on a shared machine). */
function throughput(
  model: Model,
  sides: readonly BySide<Negotiator>[],
  games: number,
  seed: number,
  cache: Cache,
): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let g = 0; g < games; g++) playGame(model, sides[g % sides.length]!, seed + g, cache);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return [games / wall, games / ((cpu.user + cpu.system) / 1e6)];
}

/** The computer-negotiator section of `npm run bench`. */
export async function run(): Promise<void> {
  const { model, label } = benchModel();
  const sides = pairs(model);
  console.log('== computer negotiator');
  console.log(
    `${label}: ${packageCount(model).toLocaleString('en-US')} packages, ${model.rules.rounds} rounds, ${sides.length} persona pairings`,
  );
  if (sides.length === 0) {
    console.log('  no personas to play: skipped');
    return;
  }
  const cache = createCache();
  const first = timedGames(model, sides.slice(0, 1), 1, 0, cache).fresh;
  const ms = (x: number) => x.toFixed(3);
  const line = (xs: number[]) =>
    `median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))}`;
  console.log(
    `  first game, cold caches: ${first.length} moves, median ${ms(quantile(first, 0.5))} ms, max ${ms(Math.max(...first))} ms`,
  );
  const [coldWall, coldCpu] = throughput(model, sides, 100, 1, cache);
  console.log(
    `  games/s, next 100 games (cache filling)  ${coldWall.toFixed(0)} wall, ${coldCpu.toFixed(0)} per CPU-second`,
  );
  const t = timedGames(model, sides, 400, 1000, cache);
  console.log(`  decision ms per move (${t.fresh.length} moves), view as built:        ${line(t.fresh)}`);
  console.log(
    `  decision ms per move, same view via JSON round trip: ${line(t.json)} (${t.jsonBuilds} cache builds)`,
  );
  const [wall, cpu] = throughput(model, sides, 3000, 5000, cache);
  console.log(
    `  games/s, 3000 games (warm)               ${wall.toFixed(0)} wall, ${cpu.toFixed(0)} per CPU-second`,
  );
}
