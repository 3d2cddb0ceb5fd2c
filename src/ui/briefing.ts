// The confidential briefing: your constituencies, security concerns, walk-away alternative,
// ratification rule, deadline, and what is public about the other side.
import { type Translate, translator } from '../i18n';
import type { BriefingVM, FactorBriefVM } from '../store';
import { selectBriefing } from '../store';
import { h, uid } from './dom';
import type { View, ViewContext } from './view';

function factorList(items: readonly FactorBriefVM[]): HTMLElement {
  return h(
    'ul',
    { class: 'factor-list' },
    ...items.map((f) =>
      h(
        'li',
        {},
        h('strong', { text: f.name }),
        f.description ? h('div', { text: f.description }) : null,
        h('div', { class: 'facts', text: f.facts }),
      ),
    ),
  );
}

/** The briefing's two columns (also shown again from the game menu during play). */
export function briefingBody(vm: BriefingVM, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'cols', tabindex: 0, role: 'group', 'aria-label': vm.heading },
    h(
      'div',
      {},
      h('h2', { text: vm.scenarioTitle }),
      h('p', { text: vm.summary }),
      h('p', { class: 'muted', text: vm.against }),
      ...vm.briefing.map((b) =>
        b.kind === 'p'
          ? h('p', { class: 'brief', text: b.text })
          : h('ul', { class: 'brief-list' }, ...b.items.map((item) => h('li', { text: item }))),
      ),
      h('h3', { text: t('briefing.constituencies') }),
      factorList(vm.constituencies),
      h('p', { text: vm.scoreRule }),
    ),
    h(
      'div',
      {},
      h('h3', { text: t('briefing.security') }),
      factorList(vm.security),
      h('h3', { text: t('briefing.walkAway') }),
      h('p', { text: vm.walkAway }),
      h('p', { text: vm.walkAwayScore }),
      h('h3', { text: t('briefing.ratification') }),
      h('p', { text: vm.ratification }),
      h('h3', { text: t('briefing.deadline') }),
      h('p', { text: vm.deadline }),
      vm.timeCost ? h('p', { text: vm.timeCost }) : null,
      h('h3', { text: t('briefing.hints') }),
      vm.hints.length > 0
        ? h('ul', {}, ...vm.hints.map((x) => h('li', { text: x })))
        : h('p', { text: t('briefing.noHints') }),
    ),
  );
}

/** The briefing screen (built once: its content does not change while it shows). */
export function briefingView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const vm = selectBriefing(store.getState());
  const heading = h('h1', { tabindex: -1, id: uid('h'), text: vm?.heading ?? t('app.title') });
  const go = h('button', { class: 'btn primary', type: 'button', text: t('briefing.go') });
  go.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().beginTable();
  });
  const cols = vm ? briefingBody(vm, t) : h('div');
  const el = h(
    'section',
    { class: 'panel briefing-panel', 'aria-labelledby': heading.id },
    heading,
    cols,
    h('div', { class: 'row' }, go),
  );
  return { el, focus: heading, update: () => {} };
}
