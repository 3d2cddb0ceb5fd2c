// Benchmark section: whole-space analysis (scoring, then frontier + Nash + Kalai) for the
// default scenario and for a generated model of exactly 10^6 packages.
import { existsSync, readFileSync } from 'node:fs';
import {
  type Analysis,
  analyzeTable,
  checkSpace,
  type Model,
  nextInt,
  packageCount,
  type RngState,
  scoreAll,
  seedRng,
} from '../engine/index';
import { buildModel, type FactorSpec, type SideSpec } from '../engine/testing';
import { loadScenario } from '../scenario/index';

/** A seeded model with 6 issues of 10 options (10^6 packages), 7 constituencies and 3 indicators a side. */
export function millionModel(seed = 1): Model {
  let rng: RngState = seedRng(seed);
  const int = (lo: number, hi: number) => {
    const [x, s] = nextInt(rng, hi - lo + 1);
    rng = s;
    return lo + x;
  };
  const issues = Array.from({ length: 6 }, () => ({ options: 10, statusQuo: 0 }));
  const factor = (): FactorSpec => ({
    weight: int(1, 10),
    baseline: int(30, 70),
    effects: issues.map(() => Array.from({ length: 10 }, () => int(-25, 25))),
    interactions: [{ a: [int(0, 2), int(0, 9)], b: [int(3, 5), int(0, 9)], change: int(-15, 15) }],
    veto: int(0, 3) === 0 ? int(5, 25) : null,
  });
  const side = (): SideSpec => ({
    constituencies: Array.from({ length: 7 }, factor),
    security: Array.from({ length: 3 }, factor),
    approvalWeight: 0.6,
    threshold: 45,
    noDeal: { constituencies: [-10, -5], security: [-5] },
  });
  return buildModel({ id: 'generated-1e6', issues, sides: [side(), side()] });
}

interface Timing {
  score: number;
  solve: number;
  cpu: number;
  heap: number;
  buffers: number;
}

function timeOnce(model: Model): { t: Timing; a: Analysis } {
  const before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const table = scoreAll(model);
  const t1 = performance.now();
  const a = analyzeTable(model, table);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const after = process.memoryUsage();
  const t = {
    score: t1 - t0,
    solve: t2 - t1,
    cpu: (cpu.user + cpu.system) / 1000,
    heap: after.heapUsed - before.heapUsed,
    buffers: after.arrayBuffers - before.arrayBuffers,
  };
  return { t, a };
}

/** Time the analysis of one model (a cold run, then the best of `repeat` warm runs) and print plain figures. */
export function benchModel(label: string, model: Model, repeat = 3): void {
  const refusal = checkSpace(model);
  if (refusal) {
    console.log(`${label}: ${refusal.message}`);
    return;
  }
  const { t: cold, a } = timeOnce(model);
  const warm = Array.from({ length: repeat }, () => timeOnce(model).t).sort(
    (x, y) => x.score + x.solve - (y.score + y.solve),
  )[0]!;
  const ms = (x: number) => x.toFixed(1).padStart(8);
  const mb = (x: number) => (x / 1048576).toFixed(1).padStart(8);
  console.log(
    `${label}: ${packageCount(model)} packages, zopa ${a.zopa.length}, frontier ${a.frontier.length} (all packages: ${a.frontierAll.length})`,
  );
  console.log('                          cold    best of warm');
  console.log(`  score ms              ${ms(cold.score)}    ${ms(warm.score)}`);
  console.log(`  frontier+nash+kalai ms${ms(cold.solve)}    ${ms(warm.solve)}`);
  console.log(`  total ms              ${ms(cold.score + cold.solve)}    ${ms(warm.score + warm.solve)}`);
  const share = (t: Timing) => `${((100 * t.score) / (t.score + t.solve)).toFixed(0)}%`.padStart(8);
  console.log(`  scoring share         ${share(cold)}    ${share(warm)}`);
  console.log(`  cpu ms                ${ms(cold.cpu)}    ${ms(warm.cpu)}`);
  console.log(`  heap used delta MB    ${mb(cold.heap)}    ${mb(warm.heap)}`);
  console.log(`  array buffers MB      ${mb(cold.buffers)}    ${mb(warm.buffers)}`);
}

/** The default scenario through the scenario loader; a note when it is missing or invalid. */
function defaultScenario(): Model | string {
  const file = 'scenarios/busan-2025.yaml';
  if (!existsSync(file)) return `${file} not found: skipped`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  return loaded.ok ? loaded.model : `${file} did not load (${loaded.errors.length} errors): skipped`;
}

/** The analysis section of `npm run bench`. */
export async function run(): Promise<void> {
  console.log('== analysis');
  const busan = defaultScenario();
  if (typeof busan === 'string') console.log(`default scenario: ${busan}`);
  else benchModel(`default scenario (${busan.id})`, busan);
  benchModel('generated model', millionModel());
}
