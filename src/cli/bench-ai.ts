// Benchmark section: the computer negotiator on the default scenario (or a generated model when
// it is missing): decision time per move (median, 95th percentile) and full games per second on
// one core, with cold caches first (the first games build each side's package space) and then warm.
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

/** Play games timing every decision; returns the times in ms. */
function timedGames(
  model: Model,
  sides: readonly BySide<Negotiator>[],
  games: number,
  seed: number,
  cache: Cache,
): number[] {
  const times: number[] = [];
  for (let g = 0; g < games; g++) {
    const pair = sides[g % sides.length]!;
    let state = newGame(model, seed + g);
    while (!state.outcome) {
      const view = playerView(model, state, state.turn, cache);
      const t0 = performance.now();
      const move = pair[state.turn].decide(view, cache);
      times.push(performance.now() - t0);
      const r = move ? applyMove(model, state, move) : null;
      if (!r?.ok) break;
      state = r.state;
    }
  }
  return times;
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
  const first = timedGames(model, sides.slice(0, 1), 1, 0, cache);
  const ms = (x: number) => x.toFixed(3);
  console.log(
    `  first game, cold caches: ${first.length} moves, median ${ms(quantile(first, 0.5))} ms, max ${ms(Math.max(...first))} ms`,
  );
  const [coldWall, coldCpu] = throughput(model, sides, 100, 1, cache);
  console.log(
    `  games/s, first 100 games (cold caches)  ${coldWall.toFixed(0)} wall, ${coldCpu.toFixed(0)} per CPU-second`,
  );
  const times = timedGames(model, sides, 400, 1000, cache);
  console.log(
    `  decision ms per move (${times.length} moves)  median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}`,
  );
  const [wall, cpu] = throughput(model, sides, 3000, 5000, cache);
  console.log(
    `  games/s, 3000 games (warm)              ${wall.toFixed(0)} wall, ${cpu.toFixed(0)} per CPU-second`,
  );
}
