// The fonts the game ships: which faces, made from which OFL packages, and which characters they
// must cover. Shared by scripts/make-fonts.ts (writes the subsets), fonts.test.ts (checks them) and
// the build (preloads the faces the title screen draws with). Plain data: no font tools loaded here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Where the subsets and their style sheet are written (committed: the build needs no font tools). */
export const FONTS_DIR = join(ROOT, 'assets', 'fonts');
/** Where the licence notices go: public/ is copied into the built site as it is. */
export const NOTICES_DIR = join(ROOT, 'public', 'licenses');

/** Latin text or Chinese (CJK ideographs, CJK and full-width punctuation from U+2E80 on). */
export type Script = 'latin' | 'cjk';

/** One shipped face: family and weight as CSS names them, the file written, and its source. */
export interface FaceSpec {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly file: string;
  readonly script: Script;
  /** The source font inside node_modules (a pinned devDependency). */
  readonly source: string;
  /** The npm package the source font and its licence come from. */
  readonly pkg: string;
  /** The package's OFL text, relative to the package. */
  readonly licence: string;
  /** Preloaded in the multi-file build: the title screen draws with it. */
  readonly preload: boolean;
}

/** Inter for data and labels, Noto Serif for headlines, Noto Sans SC for Chinese (none has a Reserved Font Name that we use). */
export const FACES: readonly FaceSpec[] = [
  {
    family: 'Inter',
    weight: 400,
    file: 'inter-400.woff2',
    script: 'latin',
    source: 'files/inter-latin-400-normal.woff2',
    pkg: '@fontsource/inter',
    licence: 'LICENSE',
    preload: true,
  },
  {
    family: 'Inter',
    weight: 700,
    file: 'inter-700.woff2',
    script: 'latin',
    source: 'files/inter-latin-700-normal.woff2',
    pkg: '@fontsource/inter',
    licence: 'LICENSE',
    preload: true,
  },
  {
    family: 'Noto Serif',
    weight: 700,
    file: 'noto-serif-700.woff2',
    script: 'latin',
    source: 'files/noto-serif-latin-700-normal.woff2',
    pkg: '@fontsource/noto-serif',
    licence: 'LICENSE',
    preload: true,
  },
  {
    family: 'Noto Sans SC',
    weight: 400,
    file: 'noto-sans-sc-400.woff2',
    script: 'cjk',
    source: '400Regular/NotoSansSC_400Regular.ttf',
    pkg: '@expo-google-fonts/noto-sans-sc',
    licence: 'LICENSE_FONT',
    preload: false,
  },
];

/** Printable ASCII and the Latin punctuation and signs the game's code and numbers may show. */
const BASE_LATIN = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}\u00a0‘’“”–—…·×−•°±€£¥`;

/** The script a character is drawn in. */
function scriptOf(ch: string): Script {
  return (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 'cjk' : 'latin';
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((f) => join(dir, f));
}

/** Files whose text the player can see: the strings, the shipped scenarios, the screens' code. */
function stringFiles(): string[] {
  const code = (f: string) => f.endsWith('.ts') && !f.endsWith('.test.ts');
  return [
    ...filesUnder(join(ROOT, 'src', 'i18n'), code),
    ...filesUnder(join(ROOT, 'scenarios'), (f) => f.endsWith('.yaml')),
    ...['ui', 'store', 'game'].flatMap((d) => filesUnder(join(ROOT, 'src', d), code)),
  ];
}

/** Every visible character of a text (control characters and the byte-order mark left out). */
function charsOf(text: string): Set<string> {
  return new Set([...text].filter((c) => c >= ' ' && c !== '\ufeff'));
}

/** A file's text less its comments when it is TypeScript (a comment is never shown to a player). */
function visibleText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.ts') ? text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, '$1') : text;
}

/** The characters a face of a script must cover: those of the files (and the Latin base set). */
export function wanted(script: Script, files: readonly string[] = stringFiles()): string[] {
  const all = charsOf(files.map(visibleText).join('') + BASE_LATIN);
  return [...all].filter((c) => scriptOf(c) === script).sort();
}

/** The file name of a face's licence notice in public/licenses/. */
export function noticeName(face: FaceSpec): string {
  return `OFL-${face.family.replace(/\s+/g, '-')}.txt`;
}

/** Characters of `chars` missing from a coverage set, as U+XXXX 'c' for a message. */
export function missing(chars: Iterable<string>, covered: ReadonlySet<string>): string[] {
  return [...chars]
    .filter((c) => !covered.has(c))
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
}
