// The accessible DOM overlay over the canvas: real headings, buttons, selects and a live region.
// Laid out in design pixels and scaled onto the canvas; the canvas itself is aria-hidden.
import './overlay.css';
import { translator } from '../i18n';
import { DESIGN, flows, type GameStore, type Screen, type StoreState } from '../store';
import { briefingView } from './briefing';
import { coachPanel } from './coach';
import { h } from './dom';
import { applyLayout } from './layout';
import { linkDialog } from './link';
import { handoverView, lobbyView } from './lobby';
import { gameMenu } from './menu';
import { guardFileDrops, outsideProblemPanel } from './outside';
import { debriefView, outcomeView } from './end';
import { bindKeys, settingsBar } from './settings';
import { tableView } from './table';
import { setupView, titleView } from './title';
import type { View, ViewContext } from './view';

const SCREEN_VIEWS: Record<Screen, (ctx: ViewContext) => View> = {
  title: titleView,
  setup: setupView,
  lobby: lobbyView,
  handover: handoverView,
  briefing: briefingView,
  table: tableView,
  outcome: outcomeView,
  debrief: debriefView,
};

/** Offer text as a file download (export buttons). */
export function downloadText(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Keep the overlay exactly over the canvas: same place, scaled from the design size. On a viewport
 * taller than wide the page flows instead: the canvas on top at its own aspect, the panels below.
 */
export function fitOverlay(
  overlay: HTMLElement,
  canvas: HTMLCanvasElement | null,
  host: HTMLElement,
): boolean {
  if (!canvas) return false;
  const flow = flows(window.innerWidth, window.innerHeight);
  host.classList.toggle('flow', flow);
  const frame = canvas.parentElement;
  if (frame) frame.style.aspectRatio = flow ? `${canvas.width} / ${canvas.height}` : '';
  if (flow) {
    overlay.style.left = overlay.style.top = overlay.style.transform = '';
    return true;
  }
  const c = canvas.getBoundingClientRect();
  const p = host.getBoundingClientRect();
  if (c.width === 0) return false;
  overlay.style.left = `${c.left - p.left}px`;
  overlay.style.top = `${c.top - p.top}px`;
  overlay.style.transform = `scale(${c.width / DESIGN.width})`;
  return false;
}

/** What mounting the overlay returns. */
export interface Overlay {
  /** Re-fit after the canvas moved or resized; true when the page flows (a viewport taller than wide). */
  fit(): boolean;
  destroy(): void;
}

/** Mount the overlay in `host` over the canvas inside `canvasHost`. */
export function mountOverlay(host: HTMLElement, canvasHost: HTMLElement, store: GameStore): Overlay {
  const overlay = h('div', { class: 'overlay' });
  applyLayout(overlay);
  const live = h('div', { role: 'status', 'aria-live': 'polite', class: 'sr-only' });
  const screenBox = h('div', {});
  const noticeText = h('p', {});
  const dismiss = h('button', { class: 'btn small', type: 'button' });
  dismiss.addEventListener('click', () => store.getState().dismissNotice());
  const notice = h('div', { class: 'notice', role: 'alert' }, noticeText, dismiss);
  let lang = store.getState().settings.lang;
  // The menu's reference dialog makes the screen and the top bar inert while it shows.
  const behind = () => [screenBox, bar.el];
  let menu = gameMenu(store, lang, behind);
  let bar = settingsBar(store, lang, [menu.button]);
  const dialog = linkDialog(store, [screenBox]);
  const coach = coachPanel(store);
  const problem = outsideProblemPanel(store);
  overlay.append(screenBox, coach.el, notice, problem.el, bar.el, menu.el, dialog.el, live);
  host.append(overlay);
  let view: View | null = null;
  let shown: { screen: Screen; lang: string } | null = null;
  const ctx = (): ViewContext => ({ store, lang, download: downloadText });
  const render = (s: StoreState) => {
    if (s.settings.lang !== lang) {
      lang = s.settings.lang;
      const nextMenu = gameMenu(store, lang, behind);
      const next = settingsBar(store, lang, [nextMenu.button]);
      bar.el.replaceWith(next.el);
      menu.el.replaceWith(nextMenu.el);
      bar = next;
      menu = nextMenu;
    }
    if (!shown || shown.screen !== s.screen || shown.lang !== lang) {
      const first = shown === null;
      view = SCREEN_VIEWS[s.screen](ctx());
      screenBox.replaceChildren(view.el);
      // The guide joins a screen's flow where it has a slot for it, else floats over the screen.
      (view.el.querySelector('.coach-slot') ?? overlay).append(coach.el);
      // A new screen in the flowing layout starts at the top of the page.
      if (shown?.screen !== s.screen) host.scrollTop = 0;
      shown = { screen: s.screen, lang };
      if (!first || s.screen !== 'title') view.focus.focus({ preventScroll: true });
    } else view?.update(s);
    bar.update(s);
    coach.update(s);
    problem.update(s);
    menu.update(s);
    // The settings bar is rebuilt with the language, so it is made inert here, not by the dialog.
    bar.el.inert = s.linkOffer !== null;
    if (dialog.update(s)) view?.focus.focus({ preventScroll: true });
    notice.hidden = s.notice === null;
    noticeText.textContent = s.notice ?? '';
    dismiss.textContent = translator(lang)('notice.dismiss');
  };
  let lastSeq = -1;
  const speak = (s: StoreState) => {
    const a = s.announcement;
    if (!a || a.seq === lastSeq) return;
    lastSeq = a.seq;
    live.textContent = a.text;
  };
  render(store.getState());
  speak(store.getState());
  const unsub = store.subscribe((s) => {
    render(s);
    speak(s);
  });
  const unkeys = bindKeys(store);
  const undrops = guardFileDrops(store);
  const canvasOf = () => canvasHost.querySelector('canvas');
  const refit = () => fitOverlay(overlay, canvasOf(), host);
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
  ro?.observe(canvasHost);
  window.addEventListener('resize', refit);
  refit();
  return {
    fit: refit,
    destroy: () => {
      unsub();
      unkeys();
      undrops();
      ro?.disconnect();
      window.removeEventListener('resize', refit);
      overlay.remove();
    },
  };
}
