// What every overlay screen is: an element, an update from the store, and a place for focus.
import type { GameStore, StoreState } from '../store';

/** A mounted screen of the overlay. */
export interface View {
  readonly el: HTMLElement;
  /** Redraw from the store's state (in place: focus and scroll stay put). */
  update(state: StoreState): void;
  /** Where focus goes when the screen opens (its heading). */
  readonly focus: HTMLElement;
}

/** What a screen factory gets. */
export interface ViewContext {
  readonly store: GameStore;
  readonly lang: string;
  /** Offer a file to the user (a download). */
  readonly download: (name: string, mime: string, text: string) => void;
}
