// Vite plugin for the multi-file build: preloads the font files the title screen draws with, so
// they download beside the script instead of after it (the stage waits for them before its first
// text). The single-file build inlines the fonts into its style sheet and needs no preload.
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { FACES } from './fonts.ts';

/** `<link rel=preload>` for each emitted font marked `preload` in scripts/fonts.ts. */
export function preloadFonts(): Plugin {
  const wanted = new Set(FACES.filter((f) => f.preload).map((f) => `assets/fonts/${f.file}`));
  return {
    name: 'bargaining-chips:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        const files = Object.values(ctx.bundle ?? {}).filter(
          (out) => out.type === 'asset' && out.originalFileNames.some((n) => wanted.has(n)),
        );
        return files.map((out) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `./${out.fileName}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
          },
          injectTo: 'head',
        }));
      },
    },
  };
}
