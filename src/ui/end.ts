// After the talks: ratification at home (both sides' results) and the debrief (scores and
// reasons, the real deal, reactions, the chart's summary and terms, better deals as whole packages,
// transcript, export with the student's name).
import { type Translate, translator } from '../i18n';
import type { BetterDealVM, ChartVM, DebriefPackVM, GameStore, SideResultVM, StoreState } from '../store';
import { NAME_MAX, selectDebrief, selectExport, selectOutcome } from '../store';
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
    h('div', { class: 'coach-slot' }),
    h('div', { class: 'row' }, next),
  );
  return { el, focus: heading, update: () => {} };
}

/** What each thing on the chart means, one sentence each. */
function explainList(chart: ChartVM): HTMLElement {
  return h(
    'dl',
    { class: 'explain' },
    ...chart.explain.flatMap((e) => [h('dt', { text: e.term }), h('dd', { text: e.text })]),
  );
}

/** The scenario's debrief pack: what happened next (dated, sourced), questions, readings. */
function packSections(
  pack: DebriefPackVM,
  t: Translate,
  sec: (title: string, ...kids: (Node | null)[]) => HTMLElement,
): HTMLElement[] {
  const list = (tag: 'ol' | 'ul', items: readonly string[]) =>
    h(tag, {}, ...items.map((text) => h('li', { text })));
  return [
    sec(
      t('debrief.next'),
      h(
        'ol',
        { class: 'timeline' },
        ...pack.next.map((e) =>
          h(
            'li',
            {},
            h('time', { datetime: e.date, text: e.date }),
            ' ',
            e.text,
            h('span', { class: 'muted small', text: ` ${e.sources}` }),
          ),
        ),
      ),
    ),
    pack.questions.length ? sec(t('debrief.questions'), list('ol', pack.questions)) : null,
    pack.readings.length ? sec(t('debrief.readings'), list('ul', pack.readings)) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** A better deal: both sides' scores and gains, then the whole package with changed issues marked. */
function betterItem(b: BetterDealVM, t: Translate): HTMLElement {
  return h(
    'li',
    { class: 'better' },
    h('p', { class: 'better-head', text: b.heading }),
    h('p', { class: 'muted', text: b.changes }),
    h(
      'ul',
      { class: 'terms' },
      ...b.terms.map((term) =>
        h(
          'li',
          term.changed ? { class: 'changed' } : {},
          `${term.issue}: `,
          term.changed ? h('strong', { text: term.option }) : term.option,
          term.was
            ? h('span', {
                class: 'was',
                text: ` (${t('debrief.changed')}; ${t('debrief.was', { option: term.was })})`,
              })
            : null,
        ),
      ),
    ),
  );
}

/**
 * The student's name for the export: optional, remembered in settings, editable here; asked for
 * in words (`ask`) until a name is given or a file downloaded once.
 */
function nameField(
  store: GameStore,
  t: Translate,
): { el: HTMLElement; input: HTMLInputElement; ask: HTMLElement } {
  const id = uid('name');
  const ask = h('p', { id: uid('ask'), class: 'ask-name', text: t('debrief.askName') });
  const input = h('input', {
    id,
    type: 'text',
    autocomplete: 'name',
    maxlength: NAME_MAX,
    'aria-describedby': ask.id,
  });
  input.value = store.getState().settings.playerName;
  input.addEventListener('change', () => store.getState().setPlayerName(input.value));
  const el = h(
    'div',
    { class: 'field name-field' },
    h('label', { for: id, text: t('debrief.studentName') }),
    input,
  );
  return { el, input, ask };
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
      if (!f) return;
      download(f.name, f.mime, f.text);
      store.getState().markNameAsked();
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
          vm.versusReal ? h('p', { class: 'versus', text: vm.versusReal }) : null,
          h(
            'div',
            { class: 'results' },
            ...vm.outcome.sides.map((s) => sideBlock(s, true, t('debrief.reactions'))),
          ),
        ),
        sec(
          t('debrief.chart'),
          vm.chart ? h('h3', { text: t('debrief.readChart') }) : null,
          vm.chart ? explainList(vm.chart) : null,
          h('p', { text: vm.chart?.summary ?? t('debrief.noPoint') }),
          vm.distance ? h('p', { text: vm.distance }) : null,
        ),
        sec(
          t('debrief.better'),
          vm.better.length
            ? h(
                'div',
                {},
                h('p', { text: vm.betterIntro }),
                h('ol', { class: 'better-list' }, ...vm.better.map((b) => betterItem(b, t))),
              )
            : h('p', { text: t('debrief.noBetter') }),
        ),
        vm.historical ? sec(t('debrief.historical'), h('p', { text: vm.historical })) : null,
        ...(vm.pack ? packSections(vm.pack, t, sec) : []),
        sec(t('debrief.transcript'), h('ol', { class: 'transcript' }, ...vm.transcript.map(logItem))),
      )
    : h('div');
  const name = nameField(store, t);
  const exportRow = h(
    'div',
    { class: 'row', role: 'group', 'aria-label': t('debrief.export') },
    name.el,
    exportBtn('json', t('debrief.exportJson')),
    exportBtn('csv', t('debrief.exportCsv')),
  );
  const el = h(
    'section',
    { class: 'panel debrief-panel', 'aria-labelledby': heading.id },
    h('div', { class: 'row spread' }, heading, again),
    h('div', { class: 'coach-slot' }),
    body,
    name.ask,
    exportRow,
  );
  // The name may also change in the settings panel; the field follows unless it is being edited.
  const update = (s: StoreState) => {
    if (document.activeElement !== name.input) name.input.value = s.settings.playerName;
    name.ask.hidden = s.settings.nameAsked;
  };
  update(store.getState());
  return { el, focus: heading, update };
}
