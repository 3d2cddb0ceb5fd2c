import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { preloadFonts } from './scripts/vite-fonts.ts';
import { inlineFavicon, offline } from './scripts/vite-offline.ts';
import { shippedScenarios } from './scripts/vite-scenarios.ts';

export default defineConfig(({ mode, command }) => {
  // `vite build --mode single` (or SINGLE=1) builds one self-contained HTML file that runs from
  // file:// (LMS upload, e-mail): scripts, art, fonts and audio are inlined. The multi-file build
  // preloads the fonts and adds a service worker, so a hosted game works offline once loaded.
  const single = mode === 'single' || process.env.SINGLE === '1';
  return {
    // Relative base so the build runs from any sub-folder of a course site.
    base: './',
    // src/offline.ts registers the service worker only where the build has one.
    // The title links to the Scenario Lab (lab.html) only where the build has that page.
    define: { __SERVICE_WORKER__: JSON.stringify(command === 'build' && !single), __LAB__: JSON.stringify(!single) },
    // Shipped scenarios are validated at build time and served as `virtual:scenarios`.
    plugins: single
      ? [shippedScenarios(), inlineFavicon(import.meta.dirname), viteSingleFile()]
      : [shippedScenarios(), preloadFonts(), offline()],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      // One chunk: Phaser is ~1.4 MB minified (~348 kB gzipped), the game ~0.2 MB (~73 kB gz).
      // `npm run bench` prints the gzipped total; the warning fires only past 1.8 MB.
      chunkSizeWarningLimit: 1800,
      // The Scenario Lab (lab.html) is a second page with its own entry: none of its code enters the
      // game's first load. The single file is the game alone.
      ...(single
        ? {}
        : {
            rolldownOptions: {
              input: {
                index: resolve(import.meta.dirname, 'index.html'),
                lab: resolve(import.meta.dirname, 'lab.html'),
              },
            },
          }),
    },
    // The Lab's workers import in chunks of their own.
    worker: { format: 'es' },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
