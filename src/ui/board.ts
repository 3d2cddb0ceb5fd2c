// The package as a game board: one card per issue with its options as chips, full labels, who gives
// ground on it, the status quo and the other side's standing choice marked. Each row of chips is a
// radio group: one tab stop, arrow keys (and Home/End) move the choice, focus always visible.
import { translator } from '../i18n';
import type { GameStore, IssueVM, OptionVM, TableVM } from '../store';
import { h, uid } from './dom';

/** A chip's contents: the option and the marks that apply to it. */
interface ChipVM {
  readonly value: string;
  readonly label: string;
  readonly tags: readonly { readonly text: string; readonly cls: string }[];
}

/** A radio group of chips; `update` redraws in place (focus stays on its chip). */
export interface ChipGroup {
  readonly el: HTMLElement;
  update(chips: readonly ChipVM[], selected: string): void;
}

const NEXT: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** A radio group labelled by `labelledBy`; choosing (click, Space, arrows) calls `choose`. */
export function chipGroup(labelledBy: string, cls: string, choose: (value: string) => void): ChipGroup {
  const el = h('div', { role: 'radiogroup', class: `chips ${cls}`, 'aria-labelledby': labelledBy });
  let chips: HTMLButtonElement[] = [];
  const pick = (i: number) => {
    const c = chips[i];
    if (!c) return;
    c.focus();
    if (c.getAttribute('aria-checked') !== 'true') choose(c.value);
  };
  el.addEventListener('keydown', (e) => {
    const at = chips.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const step = NEXT[e.key];
    const to =
      step !== undefined
        ? (at + step + chips.length) % chips.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? chips.length - 1
            : -1;
    if (to < 0) return;
    e.preventDefault();
    pick(to);
  });
  const update = (list: readonly ChipVM[], selected: string) => {
    if (chips.length !== list.length) {
      chips = list.map((_, i) => {
        const b = h('button', { type: 'button', role: 'radio', class: 'chip' });
        b.addEventListener('click', () => pick(i));
        return b;
      });
      el.replaceChildren(...chips);
    }
    list.forEach((c, i) => {
      const b = chips[i]!;
      b.value = c.value;
      const on = c.value === selected;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
      const text = [c.label, ...c.tags.map((t) => t.text)].join('|');
      if (b.dataset.text === text) return;
      b.dataset.text = text;
      b.replaceChildren(
        h('span', { class: 'chip-label', text: c.label }),
        ...c.tags.map((t) => h('span', { class: `tag ${t.cls}`, text: t.text })),
      );
    });
  };
  return { el, update };
}

/** The board: one card per issue, updated in place from the table's view model. */
export function issueBoard(store: GameStore, lang: string, issues: readonly IssueVM[]) {
  const t = translator(lang);
  const cards = issues.map((issue) => {
    const head = h('h3', { id: uid('issue'), class: 'issue-name', text: issue.name });
    const gives = h('span', { class: `gives ${issue.humanConcedes ? 'you' : 'them'}`, text: issue.concedes });
    const desc = h('p', { class: 'sr-only', id: uid('issue-d'), text: issue.description });
    const group = chipGroup(head.id, 'options', (v) => store.getState().setOption(issue.index, Number(v)));
    group.el.setAttribute('aria-describedby', desc.id);
    const el = h(
      'div',
      { class: 'issue-card' },
      h('div', { class: 'issue-head' }, head, gives),
      desc,
      group.el,
    );
    return { el, group };
  });
  const chipsOf = (options: readonly OptionVM[]): ChipVM[] =>
    options.map((o) => ({
      value: o.value,
      label: o.label,
      tags: [
        ...(o.statusQuo ? [{ text: t('table.statusQuoTag'), cls: 'sq' }] : []),
        ...(o.theirs ? [{ text: t('table.theirTag'), cls: 'theirs' }] : []),
      ],
    }));
  const el = h('div', { class: 'board' }, ...cards.map((c) => c.el));
  const update = (vm: TableVM) =>
    vm.issues.forEach((issue, i) => {
      const card = cards[i];
      if (!card) return;
      card.group.update(chipsOf(issue.options), String(issue.selected));
      card.el.classList.toggle('changed', issue.selected !== issue.statusQuo);
    });
  return { el, update };
}

/** The public statement to attach, as a radio group of full sentences. */
export function statementPicker(store: GameStore, lang: string) {
  const t = translator(lang);
  const head = h('h3', { id: uid('st'), class: 'issue-name', text: t('table.statement') });
  const group = chipGroup(head.id, 'statements', (v) => store.getState().setStatement(v));
  const el = h('div', { class: 'issue-card statement' }, head, group.el);
  const update = (vm: TableVM) =>
    group.update(
      vm.statements.map((s) => ({ value: s.value, label: s.label, tags: [] })),
      vm.statementId,
    );
  return { el, update };
}
