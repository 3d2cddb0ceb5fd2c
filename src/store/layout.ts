// Where things sit on the screen, in design pixels: the one source for the stage (Phaser scenes)
// and the overlay (DOM panels, which get these rectangles as CSS custom properties at start-up).
// It lives in store/ because that is the one layer both game/ and ui/ may import; it is plain data.
import type { Screen } from './vm-types';

/** A rectangle in design pixels (origin at the top-left of the design area). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Fixed panels fill it; panels that size to their content may grow up to it and then scroll. */
  readonly height: number;
}

/** The design size everything lays out in (a projector's 1280×720); the page scales it to fit. */
export const DESIGN = { width: 1280, height: 720 } as const;

/** The stage's own area above the home panel, beside the board (room, news, meters, the ending). */
const TABLE_STAGE: Rect = { x: 0, y: 0, width: 660, height: 420 };
/** The offer on the table, the preview at home and the transcript, under the stage. */
const TABLE_HOME: Rect = { x: 8, y: 426, width: 644, height: 288 };

/** The panels of each screen; on one screen they never overlap. `stage` and `chart` are canvas areas. */
export const PANELS = {
  title: { title: { x: 440, y: 64, width: 400, height: 300 } },
  setup: { setup: { x: 660, y: 70, width: 580, height: 620 } },
  lobby: { lobby: { x: 660, y: 70, width: 580, height: 620 } },
  handover: { handover: { x: 390, y: 150, width: 500, height: 340 } },
  briefing: { briefing: { x: 40, y: 56, width: 1200, height: 652 } },
  table: {
    stage: TABLE_STAGE,
    home: TABLE_HOME,
    compose: { x: 668, y: 52, width: 604, height: 662 },
  },
  outcome: { stage: TABLE_STAGE, outcome: { x: 668, y: 52, width: 604, height: 662 } },
  debrief: {
    chart: { x: 10, y: 56, width: 630, height: 650 },
    debrief: { x: 650, y: 52, width: 620, height: 660 },
  },
} as const satisfies Record<Screen, Record<string, Rect>>;

/**
 * Chrome that floats over every screen: the sound and settings buttons (anchored to the right edge
 * of `topBar`), the notice beside them (one line high; longer text grows over the panels), and the
 * settings popover below them.
 */
export const CHROME = {
  topBar: { x: 940, y: 8, width: 330, height: 36 },
  notice: { x: 340, y: 8, width: 600, height: 42 },
  settings: { x: 950, y: 50, width: 320, height: 400 },
  /**
   * The guide of the first game where a screen has no place for it in a panel (the briefing: over
   * its lower right corner, its text runs in the left part); table, outcome and debrief give it one.
   */
  coach: { x: 850, y: 548, width: 380, height: 150 },
} as const satisfies Record<string, Rect>;

/** A viewport taller than wide gets the flowing layout: the stage on top, the panels below it, scrolling. */
export function flows(width: number, height: number): boolean {
  return height > width;
}

/** The room's middle (both delegations and their name plates): the title's stage when the page flows. */
const ROOM_MIDDLE: Rect = { x: 160, y: 0, width: 960, height: DESIGN.height };

/** The part of the design the canvas shows: all of it, or in the flowing layout the screen's stage. */
export function canvasArea(screen: Screen, flow: boolean): Rect {
  if (!flow) return { x: 0, y: 0, ...DESIGN };
  if (screen === 'table' || screen === 'outcome') return PANELS.table.stage;
  return screen === 'debrief' ? PANELS.debrief.chart : ROOM_MIDDLE;
}

/** Do two rectangles share any area (touching edges do not count)? */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Does the rectangle lie inside the design area? */
export function insideDesign(r: Rect): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= DESIGN.width && r.y + r.height <= DESIGN.height;
}
