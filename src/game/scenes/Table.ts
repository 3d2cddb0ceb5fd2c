// The negotiating table at the top left of the screen: the room with both delegations (reacting as
// the store says), the round clock, offer cards crossing the table, news, approval and security of
// the draft, and the signing or collapse at the end. Everything comes from selectStage.
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
  roomHeight: 320,
  /** The news strip under the room. */
  newsY: 323,
  /** Approval and security, in the room's top-right corner (the clock has the top-left). */
  metersX: AREA.width - 222,
  metersY: 6,
  meterWidth: 216,
  /** The card rests on the table between the delegations, above the name plates. */
  cardY: 150,
  cardWidth: 184,
  /** The round clock's centre: far enough in that its caption is never clipped. */
  clockX: 64,
  clockY: 48,
  /** Delegates are drawn this much larger than the room's art scale. */
  figureBoost: 1.75,
} as const;

interface Parts {
  backdrop: TableBackdrop;
  human: Delegation;
  computer: Delegation;
  clock: RoundClock;
  news: NewsTicker;
  meters: MeterStack;
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
    const k = backdrop.layout.k * S.figureBoost;
    const seat = (side: 'left' | 'right') => backdrop.seat(side);
    const human = new Delegation(this, seat('left').x, seat('left').y, {
      colour: vm.human.colour,
      side: 'left',
      scale: k,
      reaction: vm.reactions.human,
      cue: vm.reactions.seq,
      reducedMotion,
      rs,
    });
    const computer = new Delegation(this, seat('right').x, seat('right').y, {
      colour: vm.computer.colour,
      side: 'right',
      scale: k,
      reaction: vm.reactions.computer,
      cue: vm.reactions.seq,
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
    const meters = new MeterStack(this, S.metersX, S.metersY, {
      items: vm.meters.map(meterItem),
      width: S.meterWidth,
      reducedMotion,
      rs,
    });
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
    const reducedMotion = this.reduced;
    const cue = vm.reactions.seq;
    p.backdrop.update({ active: ending ? null : vm.myTurn ? 'left' : 'right', reducedMotion });
    p.human.update({ reaction: vm.reactions.human, cue, reducedMotion });
    p.computer.update({ reaction: vm.reactions.computer, cue, reducedMotion });
    p.clock.update({ round: vm.round, total: vm.rounds, caption: vm.clockCaption, reducedMotion });
    p.meters.update({ items: vm.meters.map(meterItem), reducedMotion });
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
          ? new DealSeal(this, TABLE_STAGE.width / 2, TABLE_STAGE.roomHeight / 2, {
              ...common,
              colours: [vm.human.colour, vm.computer.colour],
            })
          : new TalksCollapse(this, TABLE_STAGE.width / 2, TABLE_STAGE.roomHeight / 2, {
              ...common,
              stage: room,
            });
      // The ending takes the room: the card and the news leave it.
      p.card?.setVisible(false);
      p.news.setVisible(false);
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
    if (vm.news && vm.news.seq !== this.shown.news && !vm.ending) {
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
