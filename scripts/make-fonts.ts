// `npx tsx scripts/make-fonts.ts`: subsets the shipped fonts (scripts/fonts.ts) to the characters
// the game's strings, scenarios and screens use, writes WOFF2 and their @font-face style sheet into
// assets/fonts/ and each font's OFL notice into public/licenses/. Run it after adding text in a new
// script or alphabet; fonts.test.ts fails until then. Works offline: the sources are devDependencies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { coverage } from './font-coverage.ts';
import { FACES, FONTS_DIR, type FaceSpec, missing, NOTICES_DIR, noticeName, wanted } from './fonts.ts';

const require = createRequire(import.meta.url);

/** A package's folder and version (its package.json is not always exported, so go via its entry or a file). */
function packageOf(pkg: string, file: string): { dir: string; version: string } {
  const path = require.resolve(`${pkg}/${file}`);
  let dir = dirname(path);
  while (!dir.endsWith(pkg)) dir = dirname(dir);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/** CSS unicode-range for a set of characters, as single code points and runs. */
function unicodeRange(chars: readonly string[]): string {
  const cps = chars.map((c) => c.codePointAt(0) ?? 0).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    const hex = (n: number) => n.toString(16);
    runs.push(j > i ? `U+${hex(cps[i]!)}-${hex(cps[j]!)}` : `U+${hex(cps[i]!)}`);
    i = j + 1;
  }
  return runs.join(',');
}

async function makeFace(face: FaceSpec): Promise<{ bytes: number; version: string; chars: string[] }> {
  const { dir, version } = packageOf(face.pkg, face.source);
  const chars = wanted(face.script);
  const out = await subsetFont(readFileSync(join(dir, face.source)), chars.join(''), {
    targetFormat: 'woff2',
  });
  const lost = missing(chars, await coverage(out));
  if (lost.length > 0)
    throw new Error(`${face.pkg}/${face.source} lacks ${lost.join(', ')}: choose a source that has them`);
  writeFileSync(join(FONTS_DIR, face.file), out);
  writeFileSync(join(NOTICES_DIR, noticeName(face)), readFileSync(join(dir, face.licence)));
  return { bytes: out.length, version, chars };
}

async function main(): Promise<void> {
  mkdirSync(FONTS_DIR, { recursive: true });
  mkdirSync(NOTICES_DIR, { recursive: true });
  const rules: string[] = [];
  const sources: string[] = [];
  for (const face of FACES) {
    const { bytes, version, chars } = await makeFace(face);
    // Latin faces apply to everything; the Chinese face only to its characters, so it loads only when used.
    const range = face.script === 'cjk' ? `\n  unicode-range: ${unicodeRange(chars)};` : '';
    rules.push(
      `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-weight: ${face.weight};\n` +
        `  font-display: swap;\n  src: url('./${face.file}') format('woff2');${range}\n}`,
    );
    sources.push(
      `${face.family} ${face.weight}: ${face.pkg} ${version}, SIL OFL 1.1 (licenses/${noticeName(face)})`,
    );
    console.log(`${face.file}: ${chars.length} characters, ${(bytes / 1024).toFixed(1)} kB`);
  }
  const header = `/*! Fonts: subsets made by scripts/make-fonts.ts (do not edit).\n${sources.map((s) => ` * ${s}`).join('\n')} */`;
  writeFileSync(join(FONTS_DIR, 'fonts.css'), `${header}\n${rules.join('\n')}\n`);
  writeFileSync(
    join(NOTICES_DIR, 'FONTS.txt'),
    `The game ships subsets of these fonts, each under the SIL Open Font License 1.1:\n\n${sources.join('\n')}\n`,
  );
}

await main();
