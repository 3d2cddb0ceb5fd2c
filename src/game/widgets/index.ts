// The stage kit's public face: dumb widgets that take plain, already-translated props.
// Each is `new W(scene, x, y, props)`, `update(patch)` (animated unless reducedMotion), `destroy()`.
export { ART, type ArtName, type ArtPiece, artImage } from './art';
export { type BaseProps, STAGE_SIDES, type StageSide, Widget } from './base';
export {
  type ChartLegend,
  DealChart,
  type DealChartProps,
  type MarkerKind,
  type PointSource,
  type Pt,
} from './DealChart';
export { DealSeal, type DealSealProps } from './DealSeal';
export { Delegation, type DelegationProps, MOODS, type Mood } from './Delegation';
export { seeded, type TableLayout, tableLayout, type Urgency, urgencyOf } from './geometry';
export { METER_HEIGHT, MeterBar, type MeterBarProps } from './MeterBar';
export { type MeterItem, MeterStack, type MeterStackProps } from './MeterStack';
export { NewsTicker, type NewsTickerProps } from './NewsTicker';
export { OfferCard, type OfferCardProps } from './OfferCard';
export { RoundClock, type RoundClockProps } from './RoundClock';
export { type PartyLook, TableBackdrop, type TableBackdropProps } from './TableBackdrop';
export { TalksCollapse, type TalksCollapseProps } from './TalksCollapse';
