import { defineConfig } from 'vitest/config';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => {
  // `vite build --mode single` (or SINGLE=1) builds one self-contained HTML file that runs from
  // file:// (LMS upload, e-mail): scripts, art and audio are inlined.
  const single = mode === 'single' || process.env.SINGLE === '1';
  return {
    // Relative base so the build runs from any sub-folder of a course site.
    base: './',
    plugins: single ? [viteSingleFile()] : [],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      // Phaser alone is ~1.4 MB unminified; everything else is kept small.
      chunkSizeWarningLimit: 1600,
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
