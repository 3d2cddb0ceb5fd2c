// Vite plugin: validates the shipped scenarios (scenarios/*.yaml) in node at build and dev time and
// serves them as `virtual:scenarios`, a list of already validated file objects, which the game
// imports lazily (a chunk of its own, fetched while the fonts load: not part of the initial
// JavaScript). The browser then compiles them with `compileScenario` and never loads the YAML
// parser or the schema library.
// A shipped file with errors fails the build (or shows Vite's error overlay in dev) with located
// messages, so whoever edited it sees the line and column.
// The build also copies the shipped files and the JSON Schema into the site's scenarios/ folder
// (beside public/scenarios/: the instructors' README and example), as templates to start from.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type * as ScenarioLayer from '../src/scenario';

/** The module id the game imports. */
export const SCENARIOS_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${SCENARIOS_ID}`;

/** One shipped scenario as the virtual module lists it. */
export interface ShippedScenario {
  readonly fileName: string;
  readonly file: ScenarioLayer.ScenarioFile;
}

/** The parts of the scenario layer the plugin runs. */
export type Loader = Pick<typeof ScenarioLayer, 'loadScenario' | 'formatDiagnostic'>;

// The scenario layer is TypeScript with extensionless imports: it is loaded through tsx when first
// needed rather than bundled into Vite's config, so loading the config (also for Vitest) stays light.
let loader: Promise<Loader> | null = null;
const loadLayer = (): Promise<Loader> => {
  loader ??= import('tsx/esm/api').then(
    ({ tsImport }) => tsImport('../src/scenario/index.ts', import.meta.url) as Promise<Loader>,
  );
  return loader;
};

/** Validated scenarios of a folder, or every located error message of the files that fail. */
export function readScenarios(
  dir: string,
  { loadScenario, formatDiagnostic }: Loader,
): { ok: true; scenarios: ShippedScenario[] } | { ok: false; messages: string[] } {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  const scenarios: ShippedScenario[] = [];
  const messages: string[] = [];
  for (const fileName of names) {
    const r = loadScenario(readFileSync(join(dir, fileName), 'utf8'), fileName);
    if (r.ok) scenarios.push({ fileName, file: r.file });
    else messages.push(...r.errors.map((d) => formatDiagnostic({ ...d, file: `scenarios/${d.file}` })));
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, scenarios };
}

/** The plugin; `dir` is the scenarios folder relative to the project root. */
export function shippedScenarios(dir = 'scenarios'): Plugin {
  let folder = resolve(dir);
  let layer = resolve('src/scenario');
  const isScenario = (file: string) => resolve(file).startsWith(folder) && file.endsWith('.yaml');
  const reload = (server: ViteDevServer, file: string) => {
    if (!isScenario(file)) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'bargaining-chips:scenarios',
    configResolved(config) {
      folder = resolve(config.root, dir);
      layer = resolve(config.root, 'src/scenario');
    },
    // The scenario layer's modules only declare things (schemas, functions, constants): marking
    // them side-effect free lets the bundler drop the unused loader, and with it yaml and zod.
    transform: {
      filter: { id: /[\\/]src[\\/]scenario[\\/][^\\/]+\.ts$/ },
      handler(code, id) {
        if (!resolve(id).startsWith(layer) || id.endsWith('.test.ts')) return null;
        return { code, map: null, moduleSideEffects: false };
      },
    },
    resolveId: {
      filter: { id: /^virtual:scenarios$/ },
      handler: (id) => (id === SCENARIOS_ID ? RESOLVED_ID : null),
    },
    load: {
      filter: { id: /^\0virtual:scenarios$/ },
      async handler(id) {
        if (id !== RESOLVED_ID) return null;
        for (const n of readdirSync(folder).filter((f) => f.endsWith('.yaml')))
          this.addWatchFile(join(folder, n));
        const r = readScenarios(folder, await loadLayer());
        if (!r.ok) this.error(`shipped scenarios have errors:\n${r.messages.join('\n')}`);
        return `export default ${JSON.stringify(r.scenarios)};\n`;
      },
    },
    generateBundle() {
      if (this.meta.watchMode) return;
      const names = readdirSync(folder).filter((f) => f.endsWith('.yaml') || f === 'scenario.schema.json');
      for (const n of names.sort())
        this.emitFile({
          type: 'asset',
          fileName: `scenarios/${n}`,
          source: readFileSync(join(folder, n), 'utf8'),
        });
    },
    configureServer(server) {
      server.watcher.add(join(folder, '*.yaml'));
      server.watcher.on('add', (f) => reload(server, f));
      server.watcher.on('unlink', (f) => reload(server, f));
    },
    handleHotUpdate({ file, server }) {
      if (!isScenario(file)) return;
      reload(server, file);
      return [];
    },
  };
}
