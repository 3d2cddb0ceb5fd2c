// The debrief's stage: the chart of every possible deal, with the frontier, Nash and Kalai points,
// the historical outcome and the player's own deal, both sides' offers. The overlay beside it carries the words.
import type { StoreState } from '../../store';
import { PANELS, selectDebrief } from '../../store';
import { DESIGN, SCENE_KEYS } from '../keys';
import { mix, PALETTE, textStyle } from '../theme';
import { DealChart } from '../widgets';
import { StoreScene } from './StoreScene';

/** Where the chart sits, left of the overlay's debrief panel (from the store's layout). */
export const CHART_AREA = PANELS.debrief.chart;

/** Draws the deal chart from the debrief view model. */
export class Debrief extends StoreScene {
  private chart: DealChart | null = null;

  constructor() {
    super(SCENE_KEYS.Debrief);
  }

  create(): void {
    this.chart = null;
    if (!this.begin()) return;
    this.add.rectangle(0, 0, DESIGN.width, DESIGN.height, PALETTE.night).setOrigin(0, 0);
    this.draw(this.store.getState());
  }

  private draw(s: StoreState): void {
    const vm = selectDebrief(s);
    this.chart?.destroy();
    this.chart = null;
    const chart = vm?.chart;
    if (!chart) return;
    this.add.text(
      CHART_AREA.x + 4,
      14,
      vm.outcome.headline,
      textStyle('label', this.rs, { colour: PALETTE.brass, bold: true, wrap: CHART_AREA.width }),
    );
    const { summary: _summary, explain: _explain, colours, ...props } = chart;
    // Party colours lightened so both offer paths read on the night background.
    this.chart = new DealChart(this, CHART_AREA.x, CHART_AREA.y, {
      ...props,
      accent: mix(colours.mine, PALETTE.white, 0.35),
      otherAccent: mix(colours.theirs, PALETTE.white, 0.35),
      width: CHART_AREA.width,
      height: CHART_AREA.height,
      reducedMotion: s.settings.reducedMotion,
      rs: this.rs,
    });
  }

  /** The chart's marker labels as placed, in design pixels (for browser checks). */
  markerLabels(): ReturnType<DealChart['labelBoxes']> {
    return this.chart?.labelBoxes() ?? [];
  }

  protected onState(s: StoreState, prev: StoreState): void {
    if (s.settings.lang !== prev.settings.lang) this.draw(s);
  }
}
