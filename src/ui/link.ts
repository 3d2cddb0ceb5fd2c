// The question a shared link raises when a game is in progress: resume it or start the linked one.
// A modal dialog (role=dialog, aria-modal) over the screen: the rest of the overlay is inert while
// it shows, focus starts on "Resume my game" (the choice that loses nothing), Escape resumes, and
// Tab cycles between its two buttons.
import { type GameStore, type LinkOfferVM, selectLinkOffer, type StoreState } from '../store';
import { h, setText } from './dom';

/** The dialog's element (hidden while no link waits) and its update. */
export interface LinkDialog {
  readonly el: HTMLElement;
  /** Show or hide the dialog; returns true when it just closed (the screen takes focus back). */
  update(s: StoreState): boolean;
}

/** Build the dialog; `behind` are the elements made inert while it shows. */
export function linkDialog(store: GameStore, behind: readonly HTMLElement[]): LinkDialog {
  const heading = h('h2', { id: 'link-dialog-heading', class: 'link-heading' });
  const body = h('p', { id: 'link-dialog-body' });
  const note = h('p', { class: 'muted' });
  const resume = h('button', { class: 'btn primary', type: 'button' });
  const open = h('button', { class: 'btn', type: 'button' });
  resume.addEventListener('click', () => store.getState().answerLink(false));
  open.addEventListener('click', () => store.getState().answerLink(true));
  const box = h(
    'div',
    {
      class: 'link-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': heading.id,
      'aria-describedby': body.id,
    },
    heading,
    body,
    note,
    h('div', { class: 'actions' }, resume, open),
  );
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      store.getState().answerLink(false);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      (document.activeElement === resume ? open : resume).focus();
    }
  });
  const el = h('div', { class: 'link-backdrop' }, box);
  el.hidden = true;
  let shown: LinkOfferVM | null = null;
  const update = (s: StoreState): boolean => {
    const vm = selectLinkOffer(s);
    if (vm === shown) return false;
    const wasOpen = shown !== null;
    shown = vm;
    el.hidden = vm === null;
    for (const b of behind) b.inert = vm !== null;
    if (!vm) return wasOpen;
    setText(heading, vm.heading);
    setText(body, vm.body);
    setText(note, vm.note);
    setText(resume, vm.resume);
    setText(open, vm.open);
    if (!wasOpen) resume.focus({ preventScroll: true });
    return false;
  };
  return { el, update };
}
