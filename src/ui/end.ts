// After the talks: ratification at home (both sides' results) and the debrief (scores and
// reasons, reactions, the chart's legend and summary, better deals, transcript, export).
import { translator } from '../i18n';
import type { ChartVM, SideResultVM } from '../store';
import { selectDebrief, selectExport, selectOutcome } from '../store';
import { h, uid } from './dom';
import { logItem } from './home';
import type { View, ViewContext } from './view';

function sideBlock(side: SideResultVM, withReactions: boolean, reactionsLabel: string): HTMLElement {
  const el = h(
    'section',
    { class: 'result', 'aria-label': side.name },
    h('h3', { text: side.name }),
    h('p', { text: side.scoreText }),
    h('p', { class: 'muted', text: side.detail }),
    h('p', { text: side.ratificationText }),
    side.failures.length > 0 ? h('ul', {}, ...side.failures.map((f) => h('li', { text: f }))) : null,
    side.broken ? h('p', { text: side.broken }) : null,
    withReactions
      ? h(
          'details',
          {},
          h('summary', { text: `${reactionsLabel}: ${side.name}` }),
          h(
            'ul',
            {},
            ...side.reactions.map((r) =>
              h('li', { text: `${r.name}: ${r.valueText}${r.why.length ? ` — ${r.why.join('; ')}` : ''}` }),
            ),
          ),
        )
      : null,
  );
  el.style.setProperty('--party', side.colour);
  return el;
}

/** Ratification at home: what each side's home made of the deal. */
export function outcomeView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const vm = selectOutcome(store.getState());
  const heading = h('h1', { tabindex: -1, id: uid('h'), text: vm?.heading ?? t('outcome.heading') });
  const next = h('button', { class: 'btn primary', type: 'button', text: t('outcome.toDebrief') });
  next.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().showDebrief();
  });
  const body = vm
    ? h(
        'div',
        { class: 'scroll', tabindex: 0, role: 'region', 'aria-labelledby': heading.id },
        h('p', { class: 'status-line', text: vm.headline }),
        vm.dealLines.length > 0 ? h('ul', {}, ...vm.dealLines.map((l) => h('li', { text: l }))) : null,
        h('div', { class: 'results' }, ...vm.sides.map((s) => sideBlock(s, true, t('debrief.reactions')))),
      )
    : h('div');
  const el = h(
    'section',
    { class: 'panel outcome-panel', 'aria-labelledby': heading.id },
    heading,
    body,
    h('div', { class: 'row' }, next),
  );
  return { el, focus: heading, update: () => {} };
}

const LEGEND_COLOURS: Record<keyof ChartVM['legend'], string> = {
  all: '#5a7aa6',
  frontier: '#d2ac62',
  nash: '#3dbb8c',
  kalai: '#b18cff',
  historical: '#f5f0e4',
  yours: '#ff6b5e',
  walkAway: '#a3b3c8',
};

function chartLegend(chart: ChartVM): HTMLElement {
  const keys = Object.keys(chart.legend) as (keyof ChartVM['legend'])[];
  return h(
    'ul',
    { class: 'legend sr-only' },
    ...keys.map((k) => {
      const sw = h('span', { class: 'sw', 'aria-hidden': 'true' });
      sw.style.background = LEGEND_COLOURS[k];
      return h('li', {}, sw, chart.legend[k]);
    }),
  );
}

/** The debrief. */
export function debriefView({ store, lang, download }: ViewContext): View {
  const t = translator(lang);
  const vm = selectDebrief(store.getState());
  const heading = h('h1', { tabindex: -1, id: uid('h'), text: t('debrief.heading') });
  const exportBtn = (kind: 'json' | 'csv', label: string) => {
    const b = h('button', { class: 'btn small', type: 'button', text: label });
    b.addEventListener('click', () => {
      const f = selectExport(store.getState(), kind);
      if (f) download(f.name, f.mime, f.text);
    });
    return b;
  };
  const again = h('button', { class: 'btn primary', type: 'button', text: t('debrief.playAgain') });
  again.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().playAgain();
  });
  const sec = (title: string, ...kids: (Node | null)[]) => {
    const id = uid('h');
    return h('section', { 'aria-labelledby': id }, h('h2', { id, text: title }), ...kids);
  };
  const body = vm
    ? h(
        'div',
        { class: 'scroll', tabindex: 0, role: 'region', 'aria-labelledby': heading.id },
        sec(
          t('debrief.results'),
          h('p', { class: 'status-line', text: vm.outcome.headline }),
          h(
            'div',
            { class: 'results' },
            ...vm.outcome.sides.map((s) => sideBlock(s, true, t('debrief.reactions'))),
          ),
        ),
        sec(
          t('debrief.chart'),
          vm.chart ? chartLegend(vm.chart) : null,
          h('p', { text: vm.chart?.summary ?? t('debrief.noPoint') }),
          vm.distance ? h('p', { text: vm.distance }) : null,
        ),
        sec(
          t('debrief.better'),
          vm.better.length
            ? h('ul', {}, ...vm.better.map((b) => h('li', { text: b })))
            : h('p', { text: t('debrief.noBetter') }),
        ),
        vm.historical ? sec(t('debrief.historical'), h('p', { text: vm.historical })) : null,
        sec(t('debrief.transcript'), h('ol', { class: 'transcript' }, ...vm.transcript.map(logItem))),
      )
    : h('div');
  const exportRow = h(
    'div',
    { class: 'row', role: 'group', 'aria-label': t('debrief.export') },
    exportBtn('json', t('debrief.exportJson')),
    exportBtn('csv', t('debrief.exportCsv')),
    again,
  );
  const el = h(
    'section',
    { class: 'panel debrief-panel', 'aria-labelledby': heading.id },
    heading,
    body,
    exportRow,
  );
  return { el, focus: heading, update: () => {} };
}
