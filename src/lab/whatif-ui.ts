// The what-if sliders: one per knob, grouped by side; moving one edits the file's text in place
// (only that number changes) and the editor's check re-analyses it.
import { el } from './dom';
import type { Knob } from './whatif';
import { formatNumber } from './whatif';

const GROUPS = [
  ['threshold', 'Ratification'],
  ['clout', 'Constituencies’ clout'],
  ['weight', 'Security indicators’ weight'],
  ['noDeal', 'No-deal changes (walk-away)'],
] as const;

/** The slider panel; `update` shows a new set of knobs (rebuilt only when their ids change). */
export function createWhatIf(onSet: (id: string, value: number) => void): {
  el: HTMLElement;
  update(knobs: readonly Knob[], parties: readonly string[]): void;
  /** Sliders work only while the file is valid. */
  enable(on: boolean): void;
} {
  const root = el('div', { class: 'whatif', 'data-testid': 'whatif' });
  let ids = '';
  const inputs = new Map<string, { input: HTMLInputElement; out: HTMLOutputElement }>();
  const build = (knobs: readonly Knob[], parties: readonly string[]) => {
    inputs.clear();
    const sides = [0, 1].map((side) => {
      const mine = knobs.filter((k) => k.side === side);
      const groups = GROUPS.flatMap(([kind, name]) => {
        const list = mine.filter((k) => k.kind === kind);
        if (list.length === 0) return [];
        return [
          el('h4', { text: name }),
          ...list.map((k) => {
            const id = `knob-${k.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
            const input = el('input', {
              type: 'range',
              id,
              min: k.min,
              max: k.max,
              step: k.step,
              value: k.value,
              'data-knob': k.id,
              disabled: k.span.kind === 'none',
            });
            const out = el('output', { for: id, text: formatNumber(k.value) });
            input.addEventListener('input', () => {
              out.textContent = input.value;
              onSet(k.id, Number(input.value));
            });
            inputs.set(k.id, { input, out });
            return el('div', { class: 'knob' }, el('label', { for: id, text: k.label }), input, out);
          }),
        ];
      });
      return el('fieldset', {}, el('legend', { text: parties[side] ?? '' }), ...groups);
    });
    root.replaceChildren(...sides);
  };
  const update = (knobs: readonly Knob[], parties: readonly string[]) => {
    const next = knobs.map((k) => k.id).join('|') + parties.join('|');
    if (next !== ids) {
      ids = next;
      build(knobs, parties);
      return;
    }
    for (const k of knobs) {
      const w = inputs.get(k.id);
      if (!w || document.activeElement === w.input) continue;
      w.input.value = String(k.value);
      w.out.textContent = formatNumber(k.value);
      w.input.disabled = k.span.kind === 'none';
    }
  };
  const enable = (on: boolean) => {
    for (const f of root.querySelectorAll('fieldset')) f.disabled = !on;
  };
  return { el: root, update, enable };
}
