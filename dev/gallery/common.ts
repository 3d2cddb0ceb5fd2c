// Shared bits of the gallery pages (dev only): page types, sample colours and texts.
import type { Mood, Widget } from '../../src/game/widgets';

/** Page names, as in `gallery.html?page=…`. */
export const PAGES = ['table', 'compact', 'widgets', 'chart', 'debrief', 'effects', 'blank'] as const;
export type PageName = (typeof PAGES)[number];

/** Options every page gets from the URL. */
export interface PageOptions {
  readonly reducedMotion: boolean;
  /** Points in the chart (default 200 000). */
  readonly points: number;
}

/** A built page: advance to the next sample state, or destroy everything it made. */
export interface PageHandle {
  step(): void;
  destroy(): void;
  /** The page's widgets (e.g. to switch reduced motion on all of them). */
  readonly widgets: readonly Widget<object>[];
}

export const US = '#2f6db3';
export const CN = '#c23b3b';
export const MOOD_CYCLE: readonly [Mood, Mood][] = [
  ['neutral', 'neutral'],
  ['pleased', 'tense'],
  ['tense', 'angry'],
  ['angry', 'pleased'],
];
export const NEWS = [
  {
    headline: 'Magnet shortage idles two car plants in Ohio',
    body: 'Rare-earth licences are stuck; the Detroit makers ask for a quick deal.',
  },
  {
    headline: 'Record harvest leaves soybeans piling up in Iowa',
    body: 'Storage runs short as the usual buyers stay away from the market.',
  },
];

/** A page made of widgets only. */
export function handle(widgets: Widget<object>[], step: () => void): PageHandle {
  return {
    step,
    widgets,
    destroy: () => {
      for (const w of widgets) w.destroy();
    },
  };
}
