// The one test command (`npm test`): type-check, lint (incl. layer rules), unit suites in node,
// browser suites in headless Chromium; ends with the plain line `N passed, N failed, N skipped`.
// Set SKIP_E2E=1 to run only the node side (e.g. while developing the engine).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, MissingBrowser } from './browser.ts';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const reports = join(process.cwd(), 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** A step that is a single check (tsc, lint) counts as one test. */
function step(name: string, cmd: string, args: string[]): void {
  if (run(name, cmd, args) === 0) total.passed++;
  else {
    total.failed++;
    console.error(`${name}: FAILED`);
  }
}

/** Add a runner's JSON report; a missing report with a failed exit counts as one failure. */
function suite(name: string, code: number, file: string, read: (json: unknown) => Tally): void {
  if (!existsSync(file)) {
    total.failed += code === 0 ? 0 : 1;
    if (code !== 0) console.error(`${name}: FAILED with no report`);
    return;
  }
  const t = read(JSON.parse(readFileSync(file, 'utf8')));
  total.passed += t.passed;
  total.failed += t.failed + (t.failed === 0 && code !== 0 ? 1 : 0);
  total.skipped += t.skipped;
  console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
// engine, ai and scenario against the ES library alone: a DOM or node API there does not compile.
step('typecheck (pure layers)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.pure.json']);
step('lint', 'npx', ['biome', 'lint', '.']);
step('layer rules (files in src/)', 'npx', ['tsx', 'scripts/check-layers.ts']);

const unitFile = join(reports, 'unit.json');
const unitCode = run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
suite('unit', unitCode, unitFile, (json) => {
  const j = json as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests };
});

/** The browser the browser suite will use, named once; a missing one is one clear line and one failure. */
async function browserReady(): Promise<boolean> {
  try {
    const exe = await chromiumPath();
    const version = spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`\nbrowser: ${version || exe}`);
    return true;
  } catch (e) {
    if (!(e instanceof MissingBrowser)) throw e;
    console.error(`browser: ${e.message}`);
    total.failed++;
    return false;
  }
}

if (process.env.SKIP_E2E !== '1' && existsSync('tests/e2e') && (await browserReady())) {
  const buildCode = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  if (buildCode !== 0) total.failed++;
  else {
    const e2eFile = join(reports, 'e2e.json');
    const code = run('browser', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
    });
    suite('browser', code, e2eFile, (json) => {
      const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } })
        .stats;
      return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
    });
  }
}

console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
