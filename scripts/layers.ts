// The part of DESIGN.md's layer rules that Biome and tsc cannot see. Imports and globals are
// checked by biome.json (noRestrictedImports, noRestrictedGlobals, …) with rules/*.grit, and the
// pure layers by tsconfig.pure.json; those see only the TypeScript files they are given and obey
// comments that switch checks off. So this checks which files may be in src/ at all, and the
// comments that would blind the type checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Violation {
  file: string;
  line: number;
  message: string;
}

/** Files in src/ that are not TypeScript, and where they may live. */
const DATA_FILES: readonly RegExp[] = [
  /^src\/ui\/[^/]+\.css$/, // the overlay's stylesheet
  /^src\/lab\/[^/]+\.css$/, // the Scenario Lab's stylesheet
  /^src\/[^/]+\/fixtures\/[^/]+\.(?:ya?ml|json)$/, // test fixtures
];

/** The layers that must run anywhere: checked against the ES library alone (tsconfig.pure.json). */
const PURE = /^src\/(?:engine|ai|scenario)\//;
const TEST = /\.test\.ts$|^src\/[^/]+\/fixtures\//;

/** Whether a file may exist at this path (relative to the repository, with '/'). */
export function checkPath(path: string): Violation[] {
  const refuse = (message: string) => [{ file: path, line: 0, message }];
  if (path.endsWith('.d.ts')) {
    return /^src\/[^/]+\.d\.ts$/.test(path)
      ? []
      : refuse('ambient declarations live in src/*.d.ts only, where every layer can see them');
  }
  if (path.endsWith('.ts') || DATA_FILES.some((re) => re.test(path))) return [];
  return refuse(
    'src/ holds TypeScript only: another file (.js, .mjs, …) would escape the type checks and layer rules',
  );
}

/** Comments in a TypeScript file that would switch a type check off. */
export function checkText(path: string, text: string): Violation[] {
  const out: Violation[] = [];
  const pure = PURE.test(path) && !TEST.test(path);
  text.split('\n').forEach((line, i) => {
    if (/^\s*\/\/\/\s*<reference\b/.test(line)) {
      out.push({
        file: path,
        line: i + 1,
        message: 'no triple-slash references: types and libraries come from tsconfig*.json',
      });
    }
    if (pure && /@ts-(?:ignore|nocheck|expect-error)\b/.test(line)) {
      out.push({
        file: path,
        line: i + 1,
        message:
          'no @ts-ignore/@ts-nocheck/@ts-expect-error in the pure layers: they would hide a DOM or node API',
      });
    }
  });
  return out;
}

/** Every violation under root/src. */
export function checkTree(root: string): Violation[] {
  const out: Violation[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (!entry.isFile())
        out.push({ file: path, line: 0, message: 'no links or special files in src/' });
      else {
        out.push(...checkPath(path));
        if (path.endsWith('.ts')) out.push(...checkText(path, readFileSync(join(root, path), 'utf8')));
      }
    }
  };
  walk('src');
  return out;
}
