// The negotiating table's composer: build a package issue by issue, attach a statement, then
// propose, accept the offer on the table or walk away. The offer on the table, the live preview
// and the transcript are in the home panel (home.ts).
import { translator } from '../i18n';
import type { StoreState } from '../store';
import { selectTable } from '../store';
import { issueBoard, statementPicker } from './board';
import { h, setText, uid } from './dom';
import { homePanel } from './home';
import { netBar } from './lobby';
import type { View, ViewContext } from './view';

/** A button that stays focusable when unavailable (aria-disabled), so focus is never lost. */
export function actionButton(label: string, cls: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { class: `btn ${cls}`, type: 'button', text: label });
  b.addEventListener('click', () => {
    if (b.getAttribute('aria-disabled') !== 'true') onClick();
  });
  return b;
}

function setEnabled(b: HTMLButtonElement, on: boolean): void {
  const v = on ? 'false' : 'true';
  if (b.getAttribute('aria-disabled') !== v) b.setAttribute('aria-disabled', v);
}

/** The table screen: composer (middle panel) and the home panel (right). */
export function tableView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const s = (): StoreState => store.getState();
  const first = selectTable(s());
  const heading = h('h1', { tabindex: -1, id: uid('h'), class: 'sr-only', text: t('table.heading') });
  const status = h('p', { class: 'status-line' });
  // Over the network: the partner's state (away, left) and a way to hand their seat to the computer.
  const net = netBar(store, lang);
  const composeHead = h('h2', { id: uid('h'), text: t('table.compose') });
  const reset = actionButton(first?.resetText ?? t('table.resetDraft'), 'small', () => s().resetDraft());
  const board = issueBoard(store, lang, first?.issues ?? []);
  const statement = statementPicker(store, lang);
  // A move the table warns about asks first (the warning text comes from the view model).
  const propose = actionButton(t('table.propose'), 'primary', () => {
    if (selectTable(s())?.proposeWarning) s().askMove('propose');
    else s().propose();
  });
  const accept = actionButton(t('table.accept'), '', () => {
    if (selectTable(s())?.acceptWarning) s().askMove('accept');
    else s().accept();
  });
  const walk = actionButton(t('table.walkAway'), 'danger', () => s().askWalkAway());
  const confirmText = h('p', {});
  const yes = h('button', { class: 'btn danger', type: 'button', text: t('table.confirmYes') });
  const no = h('button', { class: 'btn', type: 'button', text: t('table.confirmNo') });
  yes.addEventListener('click', () => s().walkAway());
  no.addEventListener('click', () => {
    s().cancelWalkAway();
    walk.focus();
  });
  const confirm = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-label': t('table.walkAway') },
    confirmText,
    h('div', { class: 'row' }, yes, no),
  );
  const moveText = h('p', {});
  const moveYes = h('button', { class: 'btn danger', type: 'button' });
  const moveAlt = h('button', {
    class: 'btn primary',
    type: 'button',
    text: t('table.confirmLastProposeAlt'),
  });
  const moveNo = h('button', { class: 'btn', type: 'button', text: t('table.confirmNo') });
  moveYes.addEventListener('click', () => {
    const move = s().confirmingMove;
    s().cancelMove();
    if (move === 'propose') s().propose();
    else if (move === 'accept') s().accept();
  });
  moveAlt.addEventListener('click', () => {
    s().cancelMove();
    s().accept();
  });
  moveNo.addEventListener('click', () => {
    const move = s().confirmingMove;
    s().cancelMove();
    (move === 'accept' ? accept : propose).focus();
  });
  const moveConfirm = h(
    'div',
    { class: 'confirm', role: 'alertdialog', 'aria-label': t('table.propose') },
    moveText,
    h('div', { class: 'row' }, moveAlt, moveYes, moveNo),
  );
  const compose = h(
    'section',
    { class: 'panel compose-panel', 'aria-labelledby': composeHead.id },
    heading,
    status,
    net.el,
    h('div', { class: 'row spread' }, composeHead, reset),
    h('div', { class: 'board-scroll' }, board.el, statement.el),
    // The guide of the first game sits here, above the buttons it talks about (overlay.ts).
    h('div', { class: 'coach-slot' }),
    h('div', { class: 'actions' }, propose, accept, walk),
    confirm,
    moveConfirm,
  );
  const home = homePanel(store, lang);
  const el = h('div', {}, compose, home.el);
  let wasConfirming = false;
  let wasMove: StoreState['confirmingMove'] = null;
  const update = (state: StoreState) => {
    const vm = selectTable(state);
    if (!vm) return;
    setText(status, `${vm.roundText} · ${vm.turnText}`);
    setText(reset, vm.resetText);
    net.update(state);
    board.update(vm);
    statement.update(vm);
    setEnabled(propose, vm.canPropose);
    setEnabled(accept, vm.canAccept);
    setEnabled(walk, vm.canWalk);
    confirm.hidden = !state.confirmingWalk;
    setText(confirmText, vm.confirmWalk);
    if (state.confirmingWalk && !wasConfirming) no.focus();
    wasConfirming = state.confirmingWalk;
    const move = state.confirmingMove;
    const warning = move === 'propose' ? vm.proposeWarning : move === 'accept' ? vm.acceptWarning : null;
    moveConfirm.hidden = warning === null;
    if (warning !== null) {
      setText(moveText, warning);
      moveConfirm.setAttribute('aria-label', t(move === 'propose' ? 'table.propose' : 'table.accept'));
      setText(
        moveYes,
        t(move === 'propose' ? 'table.confirmLastProposeYes' : 'table.confirmFailingAcceptYes'),
      );
      moveAlt.hidden = move !== 'propose';
      if (move !== wasMove) moveNo.focus();
    }
    wasMove = warning === null ? null : move;
    home.update(vm);
  };
  update(s());
  return { el, focus: heading, update };
}
