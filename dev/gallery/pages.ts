// The gallery's pages (dev only): each builds widgets in sample states and can step to the next
// state, so screenshots and the browser test see every widget animate, update and clean up.
import type * as Phaser from 'phaser';
import type { PageHandle, PageName, PageOptions } from './common';
import { chartPage, widgetsPage } from './parts';
import { compactPage, effectsPage, tablePage } from './stage';

export { type PageHandle, type PageName, type PageOptions, PAGES } from './common';

/** Build a page by name. */
export function buildPage(scene: Phaser.Scene, page: PageName, o: PageOptions): PageHandle {
  switch (page) {
    case 'table':
      return tablePage(scene, o);
    case 'widgets':
      return widgetsPage(scene, o);
    case 'chart':
      return chartPage(scene, o);
    case 'debrief':
      return chartPage(scene, o, true);
    case 'compact':
      return compactPage(scene, o);
    case 'blank':
      return { step: () => {}, destroy: () => {}, widgets: [] };
    case 'effects':
      return effectsPage(scene, o);
  }
}
