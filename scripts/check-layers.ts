// Fails (exit 1) when src/ holds a file it should not, or a comment that blinds the type checks;
// see scripts/layers.ts. The import and global rules themselves are Biome's (biome.json).
import { checkTree } from './layers';

const violations = checkTree(process.cwd());
for (const v of violations) console.error(`${v.file}${v.line ? `:${v.line}` : ''}: ${v.message}`);
if (violations.length > 0) {
  console.error(`${violations.length} layer rule violation(s).`);
  process.exit(1);
}
console.log('Layer rules (files in src/): no violations.');
