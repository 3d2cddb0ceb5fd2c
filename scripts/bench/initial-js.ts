// The first page load's JavaScript: the entry script and its modulepreloads in a built index.html,
// and their gzipped size (level 6, as web servers send it). Shared by `npm run bench`, the build
// test that holds the budget, and `npx tsx scripts/bench/initial-js.ts` after `npm run build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first page load's gzipped JavaScript may not exceed this (kB of 1024 bytes). */
export const JS_BUDGET_KB = 430;

/** Gzipped size in bytes of files. */
export const gzipped = (paths: readonly string[]) =>
  paths.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);

/** The JavaScript a first visit loads before anything else: the entry script and its modulepreloads. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const src = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    const initial = /^<script\b[^>]*type="module"/.test(tag) || /\brel="modulepreload"/.test(tag);
    return src && initial ? [src] : [];
  });
}

/** The initial scripts of a built site folder and their gzipped size in kB. */
export function initialJs(dist: string): { files: string[]; kb: number } {
  const files = initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  return { files, kb: gzipped(files.map((f) => join(dist, f))) / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, kb } = initialJs(resolve(import.meta.dirname, '..', '..', 'dist'));
  console.log(
    `initial JavaScript gzipped (${files.length} file(s)): ${kb.toFixed(1)} kB (budget <= ${JS_BUDGET_KB} kB)`,
  );
}
