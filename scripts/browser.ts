// The one place that decides which Chromium the browser tests and benchmarks run, so every machine
// tests the same browser: CHROME_PATH if set; else the Chromium shipped inside the npm package
// @sparticuz/chromium (installed by `npm ci` like any dependency); a system Chromium only when asked
// for with BROWSER=system. A missing browser is one clear error naming what to set.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Arguments that work as root on these machines (see TOOLCHAIN.md); the package's own include unsafe ones. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required',
];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** A browser we were told to use but cannot: one line that says what to set. */
export class MissingBrowser extends Error {}

/** Runs `exe --version`; a truncated or foreign file fails here rather than in the middle of a test. */
function version(exe: string): string | null {
  try {
    return execFileSync(exe, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The package's folder (its entry is build/index.js; package.json is not exported). */
function packageRoot(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
}

/** The package's version, which names its unpack folder so two versions never share files. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** Runs `fn` with the temp folder pointed at `folder`: the package unpacks into the temp folder. */
async function inFolder<T>(folder: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

/**
 * Unpack the npm-shipped Chromium into node_modules/.cache, in a folder named by its version; a
 * broken earlier unpack (an interrupted run) is removed and redone.
 */
async function npmChromium(): Promise<string> {
  const v = packageVersion();
  const folder = join(process.cwd(), 'node_modules', '.cache', `sparticuz-chromium-${v}`);
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  for (let attempt = 0; attempt < 2; attempt++) {
    mkdirSync(folder, { recursive: true });
    const exe = await inFolder(folder, () => chromium.executablePath());
    if (missingLibraries(exe)) {
      // The binary links against NSS; where the system lacks it, use the copies the package ships.
      const archive = join(packageRoot(), 'bin', 'al2023.tar.br');
      const lib = join(await inFolder(folder, () => inflate(archive)), 'lib');
      process.env.LD_LIBRARY_PATH = [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    }
    if (version(exe)) return exe;
    rmSync(folder, { recursive: true, force: true });
  }
  throw new MissingBrowser(
    `The Chromium in @sparticuz/chromium ${v} does not start here; set CHROME_PATH to a Chrome or Chromium.`,
  );
}

/** True when `ldd` reports a shared library the binary needs and the system lacks. */
function missingLibraries(exe: string): boolean {
  try {
    return execFileSync('ldd', [exe], { encoding: 'utf8' }).includes('not found');
  } catch {
    return false; // no ldd: the version check decides
  }
}

/** The Chromium executable for tests and benchmarks (see the file comment for the order). */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen))
      throw new MissingBrowser(
        `CHROME_PATH=${chosen} does not exist; unset it to use the npm-shipped Chromium.`,
      );
    return chosen;
  }
  if (process.env.BROWSER === 'system') {
    const found = SYSTEM.find((p) => existsSync(p));
    if (!found)
      throw new MissingBrowser(`BROWSER=system but no Chromium in ${SYSTEM.join(', ')}; set CHROME_PATH.`);
    return found;
  }
  return npmChromium();
}
