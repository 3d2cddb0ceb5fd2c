// The Lab's number panels: the figures `analyze` prints (as the CLI writes them), each side's
// win-set, every issue's importance per side and kind, and the design warnings.
import { count, el, fixed, percent } from './dom';
import type { LabSummary, Point } from './summary';

const SIDES = [0, 1] as const;

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | Node)[])[],
  testid: string,
) {
  return el(
    'table',
    { 'data-testid': testid },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el('tr', {}, el('th', { scope: 'row' }, r[0]!), ...r.slice(1).map((c) => el('td', {}, c))),
      ),
    ),
  );
}

const point = (p: Point | null): string => (p ? `${fixed(p.u[0], 3)}, ${fixed(p.u[1], 3)}` : 'none');

/** The analysis numbers. */
export function numbersPanel(s: LabSummary): HTMLElement {
  const per = (f: (side: 0 | 1) => string) => SIDES.map(f);
  const [a, b] = s.parties;
  const cell = (text: string, testid: string) => el('span', { 'data-testid': testid, text });
  const rows = [
    [
      'Score range (worst–best)',
      ...per((k) => `${fixed(s.scoreRange[k].min, 1)}–${fixed(s.scoreRange[k].max, 1)}`),
    ],
    ['Walk-away score', ...per((k) => fixed(s.walkAway[k], 1))],
    ['Reservation value (0–1)', ...per((k) => fixed(s.reservation[k], 3))],
    ['Packages above walk-away', ...per((k) => percent(s.aboveWalkAway[k] / s.packages))],
    [
      'Win-set (ratified and above walk-away)',
      ...per((k) => `${count(s.winSet[k])} (${percent(s.winSet[k] / s.packages)})`),
    ],
  ].map(([name, ...v], r) => [name!, ...v.map((t, k) => cell(t!, `num-${r}-${k}`))]);
  const overall = el(
    'dl',
    { class: 'facts' },
    el('dt', { text: 'Packages' }),
    el('dd', { 'data-testid': 'packages', text: count(s.packages) }),
    el('dt', { text: 'Zone of possible agreement' }),
    el('dd', { 'data-testid': 'zopa', text: `${count(s.zopa)} (${percent(s.zopa / s.packages)})` }),
    el('dt', { text: 'Pareto frontier' }),
    el('dd', {
      'data-testid': 'frontier-size',
      text: `${count(s.frontier.length)} in the zone (${count(s.frontierAllSize)} over all packages)`,
    }),
    el('dt', { text: 'Nash bargaining solution' }),
    el('dd', { 'data-testid': 'nash', text: point(s.nash) }),
    el('dt', { text: 'Kalai–Smorodinsky point' }),
    el('dd', { 'data-testid': 'kalai', text: point(s.kalai) }),
    el('dt', { text: 'Maximum joint welfare' }),
    el('dd', { 'data-testid': 'max-welfare', text: point(s.maxWelfare) }),
    el('dt', { text: 'Max welfare, any package' }),
    el('dd', { 'data-testid': 'max-welfare-all', text: point(s.maxWelfareAll) }),
    el('dt', { text: 'Historical deal' }),
    el(
      'dd',
      { 'data-testid': 'historical' },
      s.historical
        ? `${point(s.historical)}; ${s.historical.inZopa ? 'inside' : 'outside'} the zone; distance to the frontier ${s.historical.distance === null ? 'n/a' : fixed(s.historical.distance, 3)}`
        : 'not given',
    ),
  );
  return el(
    'div',
    {},
    overall,
    table('Each side (utilities normalised 0–1 over all packages)', ['', a.name, b.name], rows, 'numbers'),
    el('p', {
      class: 'muted',
      text:
        'Utilities are shown as "' +
        a.name +
        ', ' +
        b.name +
        '". Kalai–Smorodinsky uses the best utility within the zone of agreement as each side\'s ideal.',
    }),
  );
}

/** Each issue's kind and importance per side. */
export function issuesPanel(s: LabSummary): HTMLElement {
  const rows = s.issues.map((i) => [
    el('span', { title: i.name, text: i.id }),
    i.concededBy || '—',
    i.kind,
    percent(i.importance[0]),
    percent(i.importance[1]),
  ]);
  return table(
    "Share of each side's score range an issue can move, and its kind",
    ['Issue', 'Conceded by', 'Kind', `${s.parties[0].name}`, `${s.parties[1].name}`],
    rows,
    'issues',
  );
}

/** The design warnings. */
export function warningsPanel(s: LabSummary): HTMLElement {
  if (s.warnings.length === 0) return el('p', { 'data-testid': 'warnings', text: 'No design warnings.' });
  return el(
    'ul',
    { 'data-testid': 'warnings' },
    ...s.warnings.map((w) => el('li', {}, el('code', { text: w.code }), ' ', w.message)),
  );
}
