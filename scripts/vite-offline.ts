// The hosted game works offline once loaded (DESIGN): vite-plugin-pwa (Workbox) writes a service
// worker that precaches every built file, versioned by content hashes, and a web app manifest.
// Only the multi-file build gets it: never the single file (file:// has no service workers) nor dev.
// src/offline.ts registers it once the first scene is drawn (the plugin's own script would do so at
// the load event, while the title is still drawing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The theme's night navy (PALETTE.night in src/game/theme.ts): browser chrome and splash screen. */
const THEME = '#081424';

/** Service worker, its registration script and the manifest for the multi-file build. */
export function offline(): Plugin[] {
  return VitePWA({
    injectRegister: null,
    registerType: 'autoUpdate',
    manifest: {
      name: 'Bargaining Chips',
      short_name: 'Bargaining Chips',
      description: 'A negotiation game of tariffs, soybeans and export controls.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME,
      background_color: THEME,
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,woff2,ogg,mp3,txt,webmanifest}'],
      // The network client (src/net and the Colyseus SDK) is fetched only when network play is
      // chosen, which needs the network anyway: offline play never downloads it. Nor does a
      // student's visit download the instructors' Scenario Lab (lab.html, its page and workers).
      globIgnores: ['**/net-*.js', 'lab.html', '**/lab-*.{js,css}', '**/analysis-worker-*.js', '**/tournament-worker-*.js'],
      // lab.html is a page of its own: the worker never answers it with the game's index.html.
      navigateFallbackDenylist: [/\/lab\.html(?:[?#]|$)/],
      // The game's one script is ~1.6 MB; the default limit (2 MiB) leaves too little room.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });
}

/** For the single-file build: the favicon inlined as a data: URL, so the file links nothing outside. */
export function inlineFavicon(root: string): Plugin {
  const svg = readFileSync(join(root, 'public', 'favicon.svg'));
  const url = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  return {
    name: 'bargaining-chips:inline-favicon',
    apply: 'build',
    transformIndexHtml: (html) => html.replace(/href="[^"]*favicon\.svg"/, `href="${url}"`),
  };
}
