// The home panel: the offer on the table (with what it would do at home), the live preview of
// the draft (every constituency and indicator, approval, security, ratification, and why) and
// the transcript. Rows are keyed and updated in place, so an open "why" stays open.
import { fmtScore, translator } from '../i18n';
import type { FactorPreviewVM, GameStore, LogLineVM, TableVM } from '../store';
import { fillList, h, setText, uid } from './dom';

interface Row {
  readonly li: HTMLLIElement;
  readonly val: HTMLElement;
  readonly why: HTMLUListElement;
}

function factorRow(f: FactorPreviewVM, whyLabel: string): Row {
  const val = h('span', { class: 'val' });
  const why = h('ul', {});
  const summary = h('summary', {}, f.name, h('span', { class: 'sr-only', text: ` — ${whyLabel}` }));
  const li = h('li', {}, h('details', {}, summary, why), val);
  return { li, val, why };
}

/** A transcript line as a list item, every detail shown (the debrief's full transcript). */
export function logItem(line: LogLineVM): HTMLLIElement {
  return h(
    'li',
    {},
    h('div', { text: `${line.round}. ${line.text}` }),
    ...line.detail.map((d) => h('div', { class: 'detail', text: d })),
  );
}

/** A compact transcript line for the table: what was said in full, the terms behind a disclosure. */
export function logItemCompact(line: LogLineVM, termsLabel: string): HTMLLIElement {
  const terms =
    line.terms.length > 0
      ? [
          h(
            'details',
            {},
            h('summary', { text: termsLabel }),
            h('ul', {}, ...line.terms.map((x) => h('li', { text: x }))),
          ),
        ]
      : [];
  return h(
    'li',
    {},
    h('div', { text: `${line.round}. ${line.text}` }),
    ...line.remarks.map((d) => h('div', { class: 'detail', text: d })),
    ...terms,
  );
}

/** Scroll so the newest entry shows: the end of the list, or the newest entry's top if it is taller. */
function showLatest(scroller: HTMLElement, list: HTMLElement): void {
  const last = list.lastElementChild;
  if (!(last instanceof HTMLElement)) return;
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  scroller.scrollTop = Math.max(0, Math.min(bottom, last.offsetTop - scroller.offsetTop));
}

function standingBox(store: GameStore, lang: string): { el: HTMLElement; update: (vm: TableVM) => void } {
  const t = translator(lang);
  const head = h('p', { class: 'strong' });
  const said = h('p', {});
  const reason = h('p', { class: 'reason' });
  const atHome = h('p', { class: 'muted' });
  const lines = h('ul', {});
  const load = h('button', { class: 'btn small', type: 'button', text: t('table.loadStanding') });
  load.addEventListener('click', () => store.getState().draftFromStanding());
  const box = h(
    'section',
    { class: 'standing', 'aria-label': t('table.standing') },
    head,
    said,
    reason,
    atHome,
    h('details', {}, h('summary', { text: t('table.theirFull') }), lines),
    load,
  );
  const none = h('p', { class: 'muted', text: t('table.noStanding') });
  const el = h('div', {}, box, none);
  const update = (vm: TableVM) => {
    const st = vm.standing;
    box.hidden = !st;
    none.hidden = !!st;
    if (!st) return;
    setText(head, st.heading);
    setText(said, st.statement ? `“${st.statement}”` : '');
    said.hidden = !st.statement;
    setText(reason, st.reason ?? '');
    reason.hidden = !st.reason;
    setText(atHome, vm.standingPreview ? `${t('table.previewStanding')}: ${vm.standingPreview.summary}` : '');
    atHome.hidden = !vm.standingPreview;
    fillList(lines, st.lines);
    load.hidden = st.byHuman;
  };
  return { el, update };
}

/** The home panel. */
export function homePanel(
  store: GameStore,
  lang: string,
): { el: HTMLElement; update: (vm: TableVM) => void } {
  const t = translator(lang);
  const standing = standingBox(store, lang);
  const head = h('h2', { id: uid('h'), text: t('table.preview') });
  const cell = () => h('span', { class: 'num' });
  const approval = cell();
  const security = cell();
  const score = cell();
  const walk = cell();
  const label = (k: Parameters<typeof t>[0]) => h('span', { text: t(k) });
  const securityLabel = label('table.securityIndex');
  const totals = h(
    'div',
    { class: 'totals' },
    label('table.approval'),
    approval,
    securityLabel,
    security,
    label('table.score'),
    score,
    label('table.walkAwayValue'),
    walk,
  );
  const verdict = h('p', { class: 'verdict' });
  const failures = h('ul', { class: 'failures' });
  const meters = h('ul', { class: 'meters', 'aria-label': t('table.preview') });
  const transcriptHead = h('h3', { id: uid('h'), text: t('table.transcript') });
  const transcript = h('ol', { class: 'transcript' });
  const scroller = h(
    'div',
    { class: 'scroll transcript-box', tabindex: 0, role: 'region', 'aria-labelledby': transcriptHead.id },
    transcript,
  );
  // Two columns: the offer and the preview (scrolling together), and the transcript.
  const el = h(
    'section',
    { class: 'panel home-panel', 'aria-labelledby': head.id },
    h(
      'div',
      { class: 'home-col scroll', tabindex: 0, role: 'group', 'aria-labelledby': head.id },
      standing.el,
      head,
      totals,
      verdict,
      failures,
      meters,
    ),
    h('div', { class: 'home-col' }, transcriptHead, scroller),
  );
  const rows = new Map<string, Row>();
  let logCount = 0;
  const update = (vm: TableVM) => {
    standing.update(vm);
    const p = vm.preview;
    setText(approval, `${fmtScore(p.approval, lang)}/${fmtScore(p.threshold, lang)}`);
    setText(security, fmtScore(p.securityIndex, lang));
    // A side with no security indicators scores approval alone: no security figure to show.
    securityLabel.hidden = security.hidden = !p.hasSecurity;
    setText(score, p.scoreText);
    setText(walk, fmtScore(p.walkAway, lang));
    setText(verdict, p.ratified ? t('table.ratifies') : t('table.fails'));
    verdict.className = `verdict ${p.ratified ? 'ok' : 'bad'}`;
    fillList(failures, p.failures);
    for (const f of p.factors) {
      let row = rows.get(f.id);
      if (!row) {
        row = factorRow(f, t('table.why'));
        rows.set(f.id, row);
        meters.append(row.li);
      }
      setText(row.val, f.valueText);
      row.li.classList.toggle('alarm', f.vetoes);
      fillList(row.why, f.why, t('table.noChange'));
    }
    if (vm.log.length < logCount) {
      transcript.replaceChildren();
      logCount = 0;
    }
    if (vm.log.length > logCount) {
      transcript.append(...vm.log.slice(logCount).map((l) => logItemCompact(l, t('table.terms'))));
      logCount = vm.log.length;
      // Measured after layout: on the first update the panel is not yet in the document.
      requestAnimationFrame(() => showLatest(scroller, transcript));
    }
  };
  return { el, update };
}
