// The room before the talks: title, setup and briefing screens show over it (DOM overlay).
import type { StoreState } from '../../store';
import { selectRoom } from '../../store';
import { SCENE_KEYS } from '../keys';
import { Delegation, TableBackdrop } from '../widgets';
import { StoreScene } from './StoreScene';

/** Draws the negotiating room with both delegations waiting. */
export class Title extends StoreScene {
  private backdrop: TableBackdrop | null = null;
  private delegations: Delegation[] = [];

  constructor() {
    super(SCENE_KEYS.Title);
  }

  create(): void {
    if (!this.begin()) return;
    this.draw(this.store.getState());
  }

  private draw(s: StoreState): void {
    const room = selectRoom(s);
    this.backdrop?.destroy();
    for (const d of this.delegations) d.destroy();
    if (!room) return;
    const [left, right] = room.parties;
    const reducedMotion = s.settings.reducedMotion;
    const rs = this.rs;
    this.backdrop = new TableBackdrop(this, 0, 0, {
      left: { colour: left.colour, name: left.name },
      right: { colour: right.colour, name: right.name },
      reducedMotion,
      rs,
    });
    const k = this.backdrop.layout.k;
    this.delegations = (['left', 'right'] as const).map((side) => {
      const seat = this.backdrop!.seat(side);
      const colour = (side === 'left' ? left : right).colour;
      return new Delegation(this, seat.x, seat.y, { colour, side, scale: k, reducedMotion, rs });
    });
  }

  protected onState(s: StoreState, prev: StoreState): void {
    const changed =
      s.setup.scenarioId !== prev.setup.scenarioId ||
      s.setup.side !== prev.setup.side ||
      s.config !== prev.config ||
      s.settings.lang !== prev.settings.lang ||
      s.settings.reducedMotion !== prev.settings.reducedMotion;
    if (changed) this.draw(s);
  }
}
