// The debrief's chart of every possible deal: all packages as a density cloud (x: side A's
// value, y: side B's), the zone of agreement shaded, the Pareto frontier, walk-away lines, both
// sides' offers as paths, and markers for Nash, Kalai–Smorodinsky, the historical outcome and the
// player's deal (moved apart when they would hide each other), each named by a label that never
// covers another (leader lines); a legend.
import type * as Phaser from 'phaser';
import { type ColourLike, DEPTH, PALETTE, textStyle, toColour } from '../theme';
import { type BaseProps, Widget } from './base';
import { dashed, densityTexture, drawMarker, drawOfferPath, MARKER_COLOURS, path } from './chart-draw';
import { type Box, type PlacedLabel, placeLabels, spreadMarkers } from './chart-labels';
import { CLOUD_COLOUR, type ChartLegend, drawLegend, legendRows, type OfferPaths } from './chart-legend';
import {
  chartDomain,
  type Domain,
  MARKER_KINDS,
  type MarkerKind,
  type PointSource,
  type Pt,
  sortFrontier,
  ticks,
  zopaPolygon,
} from './chart-math';

export type { ChartLegend, OfferPaths } from './chart-legend';
export type { MarkerKind, PointSource, Pt } from './chart-math';

/** Props of the chart; field names match the store's ChartVM so it can be spread in. */
export interface DealChartProps extends BaseProps {
  readonly width?: number;
  readonly height?: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly all: PointSource;
  readonly frontier: readonly Pt[];
  readonly walkAway: Pt;
  readonly nash?: Pt | null;
  readonly kalai?: Pt | null;
  readonly historical?: Pt | null;
  readonly yours?: Pt | null;
  readonly legend: ChartLegend;
  /** Each side's offers in order (drawn as paths from a hollow start to a filled end). */
  readonly offers?: OfferPaths;
  /** Colour of the player's marker ring and offer path (default white). */
  readonly accent?: ColourLike;
  /** Colour of the other side's offer path. */
  readonly otherAccent?: ColourLike;
}

/** Half-size of the space a marker takes (its ring included), kept free of labels. */
const MARKER_RADIUS = 15;

const M = { left: 62, right: 14, top: 16, bottom: 54, legend: 200 } as const;

/** The chart; its x, y is the top-left corner. */
export class DealChart extends Widget<DealChartProps> {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly over: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly tags: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Container;
  private placed: { kind: MarkerKind; box: PlacedLabel; at: { x: number; y: number } }[] = [];
  private cloud: Phaser.GameObjects.Image | null = null;
  private cloudKey: string | null = null;
  private readonly reveal = { t: 0, pop: 0 };
  private domain: Domain;

  constructor(scene: Phaser.Scene, x: number, y: number, props: DealChartProps) {
    super(scene, x, y, props, DEPTH.chart);
    this.back = scene.add.graphics();
    this.over = scene.add.graphics();
    this.marks = scene.add.graphics();
    this.tags = scene.add.graphics();
    this.labels = scene.add.container(0, 0);
    this.root.add([this.back, this.over, this.marks, this.tags, this.labels]);
    this.domain = this.domainOf(props);
    this.apply(props);
  }

  /** A narrow chart puts its legend under the plot in two columns. */
  private get legendBelow(): boolean {
    return (this.props.width ?? 760) < 700;
  }

  private get plot(): { x: number; y: number; w: number; h: number } {
    const W = this.props.width ?? 760;
    const H = this.props.height ?? 440;
    const below = this.legendBelow ? legendRows(this.props, 2) * 26 + 8 : 0;
    const w = W - M.left - M.right - (this.legendBelow ? 0 : M.legend);
    return { x: M.left, y: M.top, w, h: H - M.top - M.bottom - below };
  }

  /** The plotted domain: every point, marker and offer (worked out again when the props change). */
  private domainOf(p: DealChartProps): Domain {
    const offers = [...(p.offers?.mine ?? []), ...(p.offers?.theirs ?? [])];
    return chartDomain(p.all, [p.walkAway, p.nash, p.kalai, p.historical, p.yours, ...offers]);
  }

  /** The marker labels as placed and the markers they name (`at`), in scene coordinates (for browser checks). */
  labelBoxes(): { kind: MarkerKind; box: Box; at: { x: number; y: number } }[] {
    const { x, y } = this.root;
    return this.placed.map(({ kind, box, at }) => ({
      kind,
      box: { x: x + box.x, y: y + box.y, w: box.w, h: box.h },
      at: { x: x + at.x, y: y + at.y },
    }));
  }

  /**
   * The markers shown (inside the domain): where each point is (`px`, `py`) and where its symbol
   * is drawn (`x`, `y`), moved apart on a small ring when symbols would hide each other.
   */
  private visibleMarkers(): { kind: MarkerKind; x: number; y: number; px: number; py: number }[] {
    const p = this.props;
    const d = this.domain;
    const shown = MARKER_KINDS.flatMap((kind) => {
      const pt = kind === 'walkAway' ? p.walkAway : p[kind];
      if (!pt || pt.x < d.x0 || pt.x > d.x1 || pt.y < d.y0 || pt.y > d.y1) return [];
      return [{ kind, ...this.project(pt) }];
    });
    const at = spreadMarkers(shown, 2 * MARKER_RADIUS);
    return shown.map((m, i) => ({ kind: m.kind, px: m.x, py: m.y, x: at[i]!.x, y: at[i]!.y }));
  }

  protected apply(prev: DealChartProps): void {
    const p = this.props;
    const sized = prev === p || prev.width !== p.width || prev.height !== p.height;
    const domain = this.domainOf(p);
    const moved = JSON.stringify(domain) !== JSON.stringify(this.domain);
    this.domain = domain;
    if (sized || moved || prev.all !== p.all) this.rasterise();
    this.drawFrame();
    this.stopTweensOf(this.reveal);
    this.reveal.t = 0;
    this.reveal.pop = 0;
    this.animate(
      this.reveal,
      { t: 1 },
      { duration: 900, ease: 'Sine.easeInOut', onUpdate: () => this.drawOverlay() },
    );
    this.animate(
      this.reveal,
      { pop: 1 },
      { duration: 420, delay: 700, ease: 'Back.easeOut', onUpdate: () => this.drawOverlay() },
    );
    this.drawOverlay();
  }

  /** Scene coordinates of a utility point (for the caller's own annotations). */
  toScene(pt: Pt): { x: number; y: number } {
    const { x, y } = this.project(pt);
    return { x: this.root.x + x, y: this.root.y + y };
  }

  private project(pt: Pt): { x: number; y: number } {
    const d = this.domain;
    const r = this.plot;
    return { x: r.x + ((pt.x - d.x0) / (d.x1 - d.x0)) * r.w, y: r.y + ((d.y1 - pt.y) / (d.y1 - d.y0)) * r.h };
  }

  private rasterise(): void {
    this.dropCloud();
    const r = this.plot;
    const key = densityTexture(this.scene, this.props.all, this.domain, r.w, r.h, this.rs, CLOUD_COLOUR);
    this.cloudKey = key;
    if (!this.scene.textures.exists(key)) return;
    this.cloud = this.scene.add.image(r.x, r.y, key).setOrigin(0, 0).setDisplaySize(r.w, r.h);
    this.root.addAt(this.cloud, 1);
  }

  private drawFrame(): void {
    const p = this.props;
    const r = this.plot;
    const d = this.domain;
    const g = this.back.clear();
    const W = p.width ?? 760;
    const H = p.height ?? 440;
    g.fillStyle(PALETTE.panel, 0.96).fillRoundedRect(0, 0, W, H, 12);
    g.lineStyle(1, PALETTE.navyLine, 1).strokeRoundedRect(0.5, 0.5, W - 1, H - 1, 12);
    g.fillStyle(PALETTE.night, 1).fillRect(r.x, r.y, r.w, r.h);
    this.labels.removeAll(true);
    const rs = this.rs;
    const small = textStyle('small', rs, { colour: PALETTE.textMuted });
    for (const v of ticks(d.x0, d.x1)) {
      const { x } = this.project({ x: v, y: d.y0 });
      g.lineStyle(1, PALETTE.navyLine, 0.55).lineBetween(x, r.y, x, r.y + r.h);
      this.labels.add(this.scene.add.text(x, r.y + r.h + 6, `${v}`, small).setOrigin(0.5, 0));
    }
    for (const v of ticks(d.y0, d.y1)) {
      const { y } = this.project({ x: d.x0, y: v });
      g.lineStyle(1, PALETTE.navyLine, 0.55).lineBetween(r.x, y, r.x + r.w, y);
      this.labels.add(this.scene.add.text(r.x - 8, y, `${v}`, small).setOrigin(1, 0.5));
    }
    g.lineStyle(1.5, PALETTE.textMuted, 0.9).strokeRect(r.x, r.y, r.w, r.h);
    const axis = textStyle('label', rs, { bold: true });
    this.labels.add(this.scene.add.text(r.x + r.w / 2, r.y + r.h + 28, p.xLabel, axis).setOrigin(0.5, 0));
    this.labels.add(
      this.scene.add
        .text(16, r.y + r.h / 2, p.yLabel, axis)
        .setOrigin(0.5, 0.5)
        .setAngle(-90),
    );
    const at = this.legendBelow
      ? { x: r.x, y: r.y + r.h + M.bottom, colWidth: (W - M.left - M.right) / 2, columns: 2 }
      : { x: r.x + r.w + 22, y: M.top + 4, colWidth: M.legend - 30, columns: 1 };
    drawLegend(this.scene, g, this.labels, p, at, rs);
    this.drawMarkerLabels();
  }

  /** Name every marker with a label placed clear of the others, joined to it by a leader line. */
  private drawMarkerLabels(): void {
    const r = this.plot;
    const g = this.tags.clear();
    const style = textStyle('small', this.rs, { colour: PALETTE.text, bold: true });
    const markers = this.visibleMarkers();
    const texts = markers.map(({ kind }) => this.scene.add.text(0, 0, this.props.legend[kind], style));
    const pad = { x: 5, y: 2 };
    const reqs = markers.map((m, i) => ({
      x: m.x,
      y: m.y,
      w: texts[i]!.width + 2 * pad.x,
      h: texts[i]!.height + 2 * pad.y,
    }));
    const bounds = { x: r.x + 2, y: r.y + 2, w: r.w - 4, h: r.h - 4 };
    const boxes = placeLabels(reqs, bounds, MARKER_RADIUS);
    this.placed = boxes.map((box, i) => ({
      kind: markers[i]!.kind,
      box,
      at: { x: markers[i]!.x, y: markers[i]!.y },
    }));
    boxes.forEach((b, i) => {
      const colour = MARKER_COLOURS[markers[i]!.kind];
      if (b.leader)
        g.lineStyle(1.5, colour, 0.95).lineBetween(b.leader.x1, b.leader.y1, b.leader.x2, b.leader.y2);
      g.fillStyle(PALETTE.night, 0.88).fillRoundedRect(b.x, b.y, b.w, b.h, 4);
      g.lineStyle(1, colour, 0.9).strokeRoundedRect(b.x, b.y, b.w, b.h, 4);
      this.labels.add(texts[i]!.setPosition(b.x + pad.x, b.y + pad.y));
    });
  }

  private drawOverlay(): void {
    const p = this.props;
    const r = this.plot;
    const g = this.over.clear();
    const zopa = zopaPolygon(p.frontier, p.walkAway).map((q) => this.project(q));
    if (zopa.length >= 3) {
      path(g.fillStyle(PALETTE.good, 0.22 * this.reveal.t), zopa, true).fillPath();
      path(g.lineStyle(1.5, PALETTE.good, 0.8 * this.reveal.t), zopa, true).strokePath();
    }
    const w = this.project(p.walkAway);
    g.lineStyle(1.5, PALETTE.textMuted, 0.9);
    dashed(g, w.x, r.y + r.h, w.x, r.y);
    dashed(g, r.x, w.y, r.x + r.w, w.y);
    const f = sortFrontier(p.frontier).map((q) => this.project(q));
    const upto = Math.max(0, Math.round(f.length * this.reveal.t));
    if (upto >= 2) {
      path(g.lineStyle(3, PALETTE.brass, 1), f.slice(0, upto), false).strokePath();
    }
    for (const q of f.slice(0, upto)) g.fillStyle(PALETTE.brass, 1).fillCircle(q.x, q.y, 2.6);
    const mine = toColour(p.accent ?? PALETTE.white);
    if (p.offers) {
      drawOfferPath(
        g,
        p.offers.mine.map((q) => this.project(q)),
        mine,
        false,
        this.reveal.t,
      );
      drawOfferPath(
        g,
        p.offers.theirs.map((q) => this.project(q)),
        toColour(p.otherAccent ?? PALETTE.textMuted),
        true,
        this.reveal.t,
      );
    }
    const m = this.marks.clear();
    const s = 7 * Math.max(0.01, this.reveal.pop);
    for (const { kind, x, y, px, py } of this.visibleMarkers()) {
      // A symbol moved off its point keeps a thin line to a dot at the point itself.
      if (x !== px || y !== py) {
        m.lineStyle(1.5, MARKER_COLOURS[kind], 0.9).lineBetween(px, py, x, y);
        m.fillStyle(MARKER_COLOURS[kind], 1).fillCircle(px, py, 2.5);
      }
      if (kind === 'yours') m.lineStyle(3, mine, 1).strokeCircle(x, y, s * 2.1);
      drawMarker(m, kind, x, y, kind === 'yours' ? s * 1.15 : s, MARKER_COLOURS[kind]);
    }
  }

  private dropCloud(): void {
    this.cloud?.destroy();
    this.cloud = null;
    if (this.cloudKey && this.scene.textures.exists(this.cloudKey)) this.scene.textures.remove(this.cloudKey);
    this.cloudKey = null;
  }

  protected override dispose(): void {
    this.dropCloud();
  }
}
