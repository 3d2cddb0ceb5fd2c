// The negotiating table on the left of the screen: the room with both delegations, the round
// clock, offer cards crossing the table, news, the human's meters (the live preview) and the
// signing or collapse at the end. Everything comes from selectStage; nothing is computed here.
import type { MeterVM, StageVM, StoreState } from '../../store';
import { PANELS, selectStage } from '../../store';
import { SCENE_KEYS } from '../keys';
import {
  DealSeal,
  Delegation,
  type MeterItem,
  MeterStack,
  NewsTicker,
  OfferCard,
  RoundClock,
  TableBackdrop,
  TalksCollapse,
} from '../widgets';
import { StoreScene } from './StoreScene';

/** The stage's area beside the overlay's panels (from the store's layout), in design pixels. */
const AREA = PANELS.table.stage;

/** How the table screen's stage is arranged inside its area. */
export const TABLE_STAGE = {
  width: AREA.width,
  roomHeight: 300,
  newsY: 302,
  metersY: 402,
  /** Two meter columns side by side, 4 px from the edges and apart. */
  meterWidth: (AREA.width - 8) / 2,
  /** The card rests small, on the table between the delegations (the full offer is in the panel). */
  cardY: 196,
  cardWidth: 180,
  /** The round clock's centre: far enough in that its caption is never clipped. */
  clockX: 60,
  clockY: 48,
} as const;

interface Parts {
  backdrop: TableBackdrop;
  human: Delegation;
  computer: Delegation;
  clock: RoundClock;
  news: NewsTicker;
  meters: [MeterStack, MeterStack];
  card: OfferCard | null;
  ending: DealSeal | TalksCollapse | null;
}

function meterItem(m: MeterVM): MeterItem {
  const delta = m.value - m.baseline;
  return {
    id: m.id,
    label: m.label,
    value: m.value,
    delta,
    threshold: m.id === 'approval' ? m.mark : null,
    veto: m.id === 'approval' ? null : m.mark,
    alarm: m.alarm,
  };
}

/** Split the meters into two columns (approval and security lead the first). */
function columns(meters: readonly MeterVM[]): [MeterItem[], MeterItem[]] {
  const half = Math.ceil(meters.length / 2);
  return [meters.slice(0, half).map(meterItem), meters.slice(half).map(meterItem)];
}

/** Draws the table from the store's stage view model. */
export class Table extends StoreScene {
  private parts: Parts | null = null;
  private shown: { offer: number; news: number; ending: boolean } = { offer: 0, news: 0, ending: false };
  private last: StageVM | null = null;

  constructor() {
    super(SCENE_KEYS.Table);
  }

  create(): void {
    this.parts = null;
    this.last = null;
    this.shown = { offer: 0, news: 0, ending: false };
    if (!this.begin()) return;
    const vm = selectStage(this.store.getState());
    if (vm) this.build(vm);
  }

  private build(vm: StageVM): void {
    const reducedMotion = this.reduced;
    const rs = this.rs;
    const S = TABLE_STAGE;
    const backdrop = new TableBackdrop(this, 0, 0, {
      width: S.width,
      height: S.roomHeight,
      left: { colour: vm.human.colour, name: vm.human.name },
      right: { colour: vm.computer.colour, name: vm.computer.name },
      active: vm.myTurn ? 'left' : 'right',
      reducedMotion,
      rs,
    });
    const k = backdrop.layout.k;
    const seat = (side: 'left' | 'right') => backdrop.seat(side);
    const human = new Delegation(this, seat('left').x, seat('left').y, {
      colour: vm.human.colour,
      side: 'left',
      scale: k,
      reducedMotion,
      rs,
    });
    const computer = new Delegation(this, seat('right').x, seat('right').y, {
      colour: vm.computer.colour,
      side: 'right',
      scale: k,
      reducedMotion,
      rs,
    });
    const clock = new RoundClock(this, S.clockX, S.clockY, {
      round: vm.round,
      total: vm.rounds,
      caption: vm.clockCaption,
      radius: 28,
      reducedMotion,
      rs,
    });
    const news = new NewsTicker(this, 6, S.newsY, {
      headline: '',
      visible: false,
      width: S.width - 12,
      reducedMotion,
      rs,
    });
    const [a, b] = columns(vm.meters);
    const meters: [MeterStack, MeterStack] = [
      new MeterStack(this, 4, S.metersY, { items: a, width: S.meterWidth, reducedMotion, rs }),
      new MeterStack(this, 8 + S.meterWidth, S.metersY, { items: b, width: S.meterWidth, reducedMotion, rs }),
    ];
    this.parts = { backdrop, human, computer, clock, news, meters, card: null, ending: null };
    this.shown = { offer: vm.offer?.seq ?? 0, news: vm.news?.seq ?? 0, ending: false };
    // On (re)entry, show the current offer, news and ending without replaying the history.
    if (vm.offer) this.showOffer(vm, false);
    if (vm.news) news.update({ kicker: vm.news.kicker, headline: vm.news.text, visible: true });
    this.refresh(vm);
  }

  private showOffer(vm: StageVM, animate: boolean): void {
    const p = this.parts;
    if (!p || !vm.offer) return;
    const o = vm.offer;
    const lane = p.backdrop.cardLane();
    const props = {
      title: o.title,
      subtitle: o.subtitle,
      lines: [o.summary],
      accent: o.byHuman ? vm.human.colour : vm.computer.colour,
      width: TABLE_STAGE.cardWidth,
      travel: lane.travel,
      reducedMotion: this.reduced,
      rs: this.rs,
    };
    if (!p.card) p.card = new OfferCard(this, lane.x, TABLE_STAGE.cardY, props);
    else p.card.update(props);
    if (animate) void p.card.send(o.byHuman ? 'left' : 'right');
  }

  private refresh(vm: StageVM): void {
    const p = this.parts;
    if (!p) return;
    const ending = vm.ending;
    const humanMood = ending ? (ending.kind === 'signed' ? 'pleased' : 'tense') : 'neutral';
    const computerMood = ending ? (ending.kind === 'signed' ? 'pleased' : 'angry') : 'neutral';
    const reducedMotion = this.reduced;
    p.backdrop.update({ active: ending ? null : vm.myTurn ? 'left' : 'right', reducedMotion });
    p.human.update({ mood: humanMood, reducedMotion });
    p.computer.update({ mood: computerMood, thinking: vm.thinking, reducedMotion });
    p.clock.update({ round: vm.round, total: vm.rounds, caption: vm.clockCaption, reducedMotion });
    const [a, b] = columns(vm.meters);
    p.meters[0].update({ items: a, reducedMotion });
    p.meters[1].update({ items: b, reducedMotion });
    if (ending && !this.shown.ending) {
      this.shown.ending = true;
      const room = AREA;
      const common = {
        caption: ending.caption,
        subcaption: ending.sub,
        reducedMotion: this.reduced,
        rs: this.rs,
      };
      p.ending =
        ending.kind === 'signed'
          ? new DealSeal(this, TABLE_STAGE.width / 2, 170, {
              ...common,
              colours: [vm.human.colour, vm.computer.colour],
            })
          : new TalksCollapse(this, TABLE_STAGE.width / 2, 170, { ...common, stage: room });
      p.card?.setVisible(false);
      void p.ending.play();
    }
  }

  protected onState(s: StoreState): void {
    const vm = selectStage(s);
    if (!vm || vm === this.last) return;
    this.last = vm;
    if (!this.parts) {
      this.build(vm);
      return;
    }
    if (vm.offer && vm.offer.seq !== this.shown.offer) {
      this.shown.offer = vm.offer.seq;
      this.showOffer(vm, true);
    }
    if (!vm.news && this.shown.news !== 0) {
      // Stale news leaves the stage.
      this.shown.news = 0;
      this.parts.news.update({ kicker: '', headline: '', visible: false, reducedMotion: this.reduced });
    }
    if (vm.news && vm.news.seq !== this.shown.news) {
      this.shown.news = vm.news.seq;
      this.parts.news.update({
        kicker: vm.news.kicker,
        headline: vm.news.text,
        visible: true,
        reducedMotion: this.reduced,
      });
    }
    this.refresh(vm);
  }
}
