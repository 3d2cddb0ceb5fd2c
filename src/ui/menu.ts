// The game menu, from the top bar at any time during a game: reopen the briefing or the glossary
// (a modal dialog over the screen), restart the game or leave it (asking first while it is under way).
import { translator } from '../i18n';
import type { GameStore, StoreState } from '../store';
import { selectBriefing, selectMenu } from '../store';
import { briefingBody } from './briefing';
import { h, popover, uid } from './dom';
import { actionButton } from './table';

/** What the menu adds to the overlay: its top-bar button, its popover and its reference dialog. */
export interface GameMenu {
  readonly button: HTMLButtonElement;
  readonly el: HTMLElement;
  update(state: StoreState): void;
}

/** The game menu in the overlay's language; `behind` is made inert while a reference dialog shows. */
export function gameMenu(store: GameStore, lang: string, behind: () => readonly HTMLElement[]): GameMenu {
  const t = translator(lang);
  const s = () => store.getState();
  const { button, panel } = popover('menu', t('menu.open'), t('menu.heading'));
  const ask = h('p', {});
  let pending: 'restart' | 'leave' | null = null;
  const yes = h('button', { class: 'btn danger', type: 'button' });
  const cancel = h('button', { class: 'btn', type: 'button', text: t('menu.cancel') });
  const confirm = h('div', { class: 'confirm', role: 'alertdialog', 'aria-label': t('menu.heading') }, ask);
  confirm.append(h('div', { class: 'row' }, yes, cancel));
  const dialogHead = h('h2', { id: uid('h'), tabindex: -1, class: 'link-heading' });
  const dialogBody = h('div', { class: 'reference-body', tabindex: 0 });
  const close = h('button', { class: 'btn', type: 'button', text: t('menu.close') });
  const dialog = h(
    'div',
    {
      class: 'link-dialog reference',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': dialogHead.id,
    },
    dialogHead,
    dialogBody,
    h('div', { class: 'row' }, close),
  );
  const backdrop = h('div', { class: 'link-backdrop', hidden: true }, dialog);
  const el = h('div', {}, panel, backdrop);

  const setOpen = (open: boolean, focusButton = false) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    pending = null;
    confirm.hidden = true;
    if (open && s().settingsOpen) s().setSettingsOpen(false);
    if (focusButton) button.focus();
  };
  const act = (what: 'restart' | 'leave') => {
    setOpen(false, true);
    const config = s().config;
    if (what === 'restart' && config) s().openGame(config);
    else if (what === 'leave') s().leaveGame();
  };
  const ask2 = (what: 'restart' | 'leave') => {
    if (!selectMenu(s())?.inProgress) return act(what);
    pending = what;
    ask.textContent = t(what === 'restart' ? 'menu.confirmRestart' : 'menu.confirmLeave');
    yes.textContent = t(what === 'restart' ? 'menu.yesRestart' : 'menu.yesLeave');
    confirm.hidden = false;
    cancel.focus();
  };
  const show = (what: 'briefing' | 'glossary') => {
    setOpen(false);
    const state = s();
    const brief = selectBriefing(state);
    const glossary = selectMenu(state)?.glossary ?? [];
    dialogHead.textContent =
      what === 'briefing' ? (brief?.heading ?? t('menu.briefing')) : t('menu.glossary');
    if (what === 'briefing' && brief) dialogBody.replaceChildren(briefingBody(brief, t));
    else
      dialogBody.replaceChildren(
        glossary.length === 0
          ? h('p', { text: t('menu.noGlossary') })
          : h(
              'dl',
              {},
              ...glossary.flatMap((g) => [h('dt', { text: g.term }), h('dd', { text: g.definition })]),
            ),
      );
    backdrop.hidden = false;
    for (const e of behind()) e.inert = true;
    dialogHead.focus();
  };
  const hide = () => {
    backdrop.hidden = true;
    for (const e of behind()) e.inert = false;
    button.focus();
  };
  panel.append(
    h(
      'div',
      { class: 'menu-items' },
      actionButton(t('menu.briefing'), '', () => show('briefing')),
      actionButton(t('menu.glossary'), '', () => show('glossary')),
      actionButton(t('menu.restart'), '', () => ask2('restart')),
      actionButton(t('menu.leave'), 'danger', () => ask2('leave')),
    ),
    confirm,
  );
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  yes.addEventListener('click', () => pending && act(pending));
  cancel.addEventListener('click', () => setOpen(false, true));
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') setOpen(false, true);
  });
  backdrop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  setOpen(false);
  const update = (state: StoreState) => {
    const vm = selectMenu(state);
    button.hidden = vm === null;
    if (vm === null && !panel.hidden) setOpen(false);
    if (vm === null && !backdrop.hidden) hide();
    // The settings popover takes the same corner: opening it closes the menu.
    if (state.settingsOpen && !panel.hidden) setOpen(false);
  };
  return { button, el, update };
}
