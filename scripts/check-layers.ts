// Fails (exit 1) when any file under src/ breaks a layer rule of DESIGN.md; see scripts/layers.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSource } from './layers';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.ts$/.test(entry.name)) yield path;
  }
}

const root = process.cwd();
const violations = [...walk(join(root, 'src'))].flatMap((file) =>
  checkSource(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8')),
);
for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message}`);
if (violations.length > 0) {
  console.error(`${violations.length} layer rule violation(s).`);
  process.exit(1);
}
console.log('Layer rules: no violations.');
