// The deal chart's legend: one symbol and label per series, in one column (beside the plot) or
// two columns (under it, when the chart is narrow).
import type * as Phaser from 'phaser';
import { type ColourLike, PALETTE, textStyle, toColour } from '../theme';
import { drawMarker, drawOfferPath, MARKER_COLOURS } from './chart-draw';
import { MARKER_KINDS, type MarkerKind, type Pt } from './chart-math';
import { fitText } from './text-fit';

/** Legend texts (already translated); the zone and the offer paths are optional. */
export type ChartLegend = Readonly<Record<MarkerKind | 'all' | 'frontier', string>> & {
  readonly zopa?: string;
  readonly offersMine?: string;
  readonly offersTheirs?: string;
};

/** Each side's offers in the order made. */
export interface OfferPaths {
  readonly mine: readonly Pt[];
  readonly theirs: readonly Pt[];
}

/** What the legend needs from the chart's props. */
export interface LegendSource {
  readonly legend: ChartLegend;
  readonly offers?: OfferPaths;
  readonly accent?: ColourLike;
  readonly otherAccent?: ColourLike;
  readonly nash?: Pt | null;
  readonly kalai?: Pt | null;
  readonly historical?: Pt | null;
  readonly yours?: Pt | null;
}

/** Colour of the density cloud (and its legend swatch). */
export const CLOUD_COLOUR = 0x8fb0d8;

type Swatch = (g: Phaser.GameObjects.Graphics, x: number, cy: number) => void;

/** The legend's entries in order: a swatch drawer and a label. */
export function legendEntries(p: LegendSource): { swatch: Swatch; text: string }[] {
  const out: { swatch: Swatch; text: string }[] = [
    {
      swatch: (g, x, cy) =>
        g
          .fillStyle(CLOUD_COLOUR, 1)
          .fillRect(x + 4, cy - 6, 5, 5)
          .fillRect(x + 12, cy - 2, 5, 5)
          .fillRect(x + 6, cy + 3, 5, 5),
      text: p.legend.all,
    },
  ];
  if (p.legend.zopa)
    out.push({
      swatch: (g, x, cy) => g.fillStyle(PALETTE.good, 0.4).fillRect(x, cy - 8, 22, 16),
      text: p.legend.zopa,
    });
  out.push({
    swatch: (g, x, cy) => g.lineStyle(3, PALETTE.brass, 1).lineBetween(x, cy, x + 22, cy),
    text: p.legend.frontier,
  });
  for (const kind of MARKER_KINDS) {
    if (kind !== 'walkAway' && !p[kind]) continue;
    out.push({
      swatch: (g, x, cy) => drawMarker(g, kind, x + 11, cy, 7, MARKER_COLOURS[kind]),
      text: p.legend[kind],
    });
  }
  const paths = [
    [p.offers?.mine, p.legend.offersMine, toColour(p.accent ?? PALETTE.white), false],
    [p.offers?.theirs, p.legend.offersTheirs, toColour(p.otherAccent ?? PALETTE.textMuted), true],
  ] as const;
  for (const [pts, text, colour, dashes] of paths) {
    if (!pts?.length || !text) continue;
    out.push({
      swatch: (g, x, cy) =>
        drawOfferPath(
          g,
          [
            { x: x + 3, y: cy + 4 },
            { x: x + 12, y: cy - 3 },
            { x: x + 21, y: cy + 1 },
          ],
          colour,
          dashes,
        ),
      text,
    });
  }
  return out;
}

/** Rows the legend takes in `columns` columns. */
export function legendRows(p: LegendSource, columns: number): number {
  return Math.ceil(legendEntries(p).length / Math.max(1, columns));
}

/** Draw the legend from (x, y) in columns of `colWidth`; labels go into `labels`. */
export function drawLegend(
  scene: Phaser.Scene,
  g: Phaser.GameObjects.Graphics,
  labels: Phaser.GameObjects.Container,
  p: LegendSource,
  at: { readonly x: number; readonly y: number; readonly colWidth: number; readonly columns: number },
  rs: number,
): void {
  const wrap = at.columns === 1;
  const style = textStyle('small', rs, { colour: PALETTE.text, ...(wrap ? { wrap: at.colWidth - 30 } : {}) });
  const rowsPerCol = legendRows(p, at.columns);
  let y = at.y;
  legendEntries(p).forEach((e, i) => {
    const col = wrap ? 0 : Math.floor(i / rowsPerCol);
    if (!wrap && i % rowsPerCol === 0) y = at.y;
    const x = at.x + col * at.colWidth;
    const t = scene.add.text(x + 30, y, '', style);
    if (wrap) t.setText(e.text);
    else fitText(t, at.colWidth - 40, e.text);
    e.swatch(g, x, y + 10);
    labels.add(t);
    y += Math.max(26, t.height + 8);
  });
}
