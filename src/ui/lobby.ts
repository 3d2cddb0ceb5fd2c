// Two-player screens: the hand-over between turns on one device (it shows nothing of either
// side), and the network lobby (the table's code and link, waiting for the partner), plus the
// status line the table shows while a network partner is away.
import { translator } from '../i18n';
import type { GameStore, StoreState } from '../store';
import { selectHandover, selectNet } from '../store';
import { h, setText, uid } from './dom';
import type { View, ViewContext } from './view';

/** The hand-over screen: whose turn it is, and a button the next player presses when ready. */
export function handoverView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const party = selectHandover(store.getState())?.party ?? '';
  const heading = h('h1', { tabindex: -1, id: uid('h'), text: t('handover.heading') });
  const go = h('button', {
    class: 'btn primary',
    type: 'button',
    text: t('handover.continue', { party }),
  });
  go.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().continueHandover();
  });
  const el = h(
    'section',
    { class: 'panel handover-panel', 'aria-labelledby': heading.id },
    heading,
    h('p', { class: 'strong', text: t('handover.text', { party }) }),
    h('p', { class: 'muted', text: t('handover.hidden') }),
    h('div', { class: 'row' }, go),
  );
  return { el, focus: heading, update: () => {} };
}

/** The partner's state and the way to hand an empty seat to the computer (lobby and table). */
export function netBar(store: GameStore, lang: string): { el: HTMLElement; update: (s: StoreState) => void } {
  const t = translator(lang);
  const status = h('p', { class: 'net-status' });
  const ask = h('button', { class: 'btn small', type: 'button' });
  ask.addEventListener('click', () => store.getState().askComputerSeat());
  // While the partner's seat waits for them: the time left, counted down here (not announced).
  const left = h('p', { class: 'muted', 'aria-hidden': 'true' });
  const el = h('div', { class: 'net-bar' }, status, left, ask);
  let endsAt: number | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    const ms = endsAt === null ? 0 : endsAt - Date.now();
    if (ms <= 0 || !el.isConnected) {
      if (ticker) clearInterval(ticker);
      ticker = null;
      left.hidden = true;
      return;
    }
    const sec = Math.ceil(ms / 1000);
    setText(
      left,
      t('net.timeLeft', { time: `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}` }),
    );
    left.hidden = false;
  };
  let counting: number | null = null;
  const update = (s: StoreState) => {
    const vm = selectNet(s);
    el.hidden = !vm || (!vm.status && !vm.canAskComputer);
    setText(status, vm?.status ?? '');
    status.hidden = !vm?.status;
    const grace = vm?.graceSeconds ?? null;
    if (grace !== counting) {
      counting = grace;
      endsAt = grace === null ? null : Date.now() + grace * 1000;
      if (ticker) clearInterval(ticker);
      ticker = grace === null ? null : setInterval(tick, 1000);
      tick();
    }
    ask.hidden = !vm?.canAskComputer;
    setText(ask, t(s.config ? 'net.askComputer' : 'lobby.askComputer'));
  };
  left.hidden = true;
  update(store.getState());
  return { el, update };
}

/** The network lobby: connecting, then the table's code and link while waiting for the partner. */
export function lobbyView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const heading = h('h2', { tabindex: -1, id: uid('h'), text: t('lobby.heading') });
  const code = h('p', { class: 'table-code' });
  const tell = h('p', { class: 'muted', text: t('lobby.tell') });
  const linkId = uid('link');
  const link = h('input', { id: linkId, type: 'text', readonly: true, class: 'link-field' });
  link.addEventListener('focus', () => link.select());
  const linkField = h('div', { class: 'field' }, h('label', { for: linkId, text: t('lobby.link') }), link);
  const bar = netBar(store, lang);
  const leave = h('button', { class: 'btn', type: 'button' });
  leave.addEventListener('click', () => {
    store.getState().leaveTable();
    store.getState().showSetup();
  });
  const el = h(
    'section',
    { class: 'panel lobby-panel', 'aria-labelledby': heading.id },
    heading,
    code,
    tell,
    linkField,
    bar.el,
    h('div', { class: 'row' }, leave),
  );
  const update = (s: StoreState) => {
    const vm = selectNet(s);
    setText(heading, vm?.heading ?? t('lobby.heading'));
    setText(code, vm?.codeText ?? '');
    code.hidden = !vm?.code;
    tell.hidden = linkField.hidden = !vm?.code || !vm.waiting;
    if (link.value !== (vm?.link ?? '')) link.value = vm?.link ?? '';
    bar.update(s);
    setText(leave, t(vm?.failed ? 'lobby.back' : 'lobby.leave'));
  };
  update(store.getState());
  return { el, focus: heading, update };
}
