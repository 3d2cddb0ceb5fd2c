// Headless Chromium for node scripts (bench, build checks), launched exactly as the browser tests
// launch it: playwright.config.ts holds the one list of arguments and the browser's path.
import { type Browser, chromium } from 'playwright-core';
import config from '../../playwright.config';

/** Launch headless Chromium (CHROME_PATH, else Debian's /usr/bin/chromium); never downloads one. */
export async function launchChromium(): Promise<Browser> {
  const options = config.use?.launchOptions ?? {};
  if (!options.executablePath) {
    throw new Error("No Chromium found: install Debian's chromium package or set CHROME_PATH.");
  }
  return chromium.launch({ ...options, headless: true });
}

/** Median of a list of numbers (NaN for an empty list). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th quantile (0..1) by nearest rank. */
export function quantile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
}
