// The tournament panel: N seeds, run, a progress bar, cancel, and a row per persona pairing.
import { el, fixed, percent } from './dom';
import type { TournamentReply, TournamentRequest } from './protocol';
import type { PairStats } from './tournament';

const opt = (x: number | null, digits: number) => (x === null ? '–' : fixed(x, digits));

function row(s: PairStats): HTMLTableRowElement {
  const cells = [
    percent(s.dealRate, 0),
    s.meanUtility ? `${fixed(s.meanUtility[0], 3)}, ${fixed(s.meanUtility[1], 3)}` : '–',
    opt(s.meanDistance, 3),
    opt(s.meanAgreementRound, 1),
    `${s.failsAtHome[0]}, ${s.failsAtHome[1]}`,
    String(s.walkAways),
    String(s.deadlines),
  ];
  return el(
    'tr',
    { 'data-pair': `${s.pair[0]}|${s.pair[1]}` },
    el('th', { scope: 'row', text: `${s.pair[0]} v ${s.pair[1]}` }),
    ...cells.map((c) => el('td', { text: c })),
  );
}

/** The panel; `current()` gives the text and file name to play. */
export function createTournament(current: () => { text: string; fileName: string }): HTMLElement {
  const seedsId = 'tournament-seeds';
  const firstId = 'tournament-first';
  const seeds = el('input', { id: seedsId, type: 'number', min: 1, max: 500, step: 1, value: 10 });
  const first = el('input', { id: firstId, type: 'number', min: 0, max: 2147483646, step: 1, value: 1 });
  const run = el('button', { type: 'button', class: 'btn primary', text: 'Run tournament' });
  const cancel = el('button', { type: 'button', class: 'btn', text: 'Cancel', disabled: true });
  const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Tournament progress' });
  const status = el('p', {
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'tournament-status',
    text: 'Not run yet.',
  });
  const body = el('tbody');
  const head = [
    'Pairing (side 0 v side 1)',
    'Deal rate',
    'Mean utility',
    'Distance to frontier',
    'Round of agreement',
    'Failed at home',
    'Walk-aways',
    'Deadlines',
  ];
  const results = el(
    'table',
    { 'data-testid': 'tournament' },
    el('caption', {
      text: 'Computer against computer, every persona pairing (utilities and failures: side 0, side 1)',
    }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))),
    body,
  );
  // One worker for the page's tournaments: it keeps its compiled code and its cache of package
  // spaces from run to run, so a second run (after a what-if change, say) plays at full speed.
  // Cancel ends it (the only way to stop a run midway); the next run starts a new one.
  let worker: Worker | null = null;
  const end = (message: string) => {
    run.disabled = false;
    cancel.disabled = true;
    status.textContent = message;
  };
  const stop = (message: string) => {
    worker?.terminate();
    worker = null;
    end(message);
  };
  run.addEventListener('click', () => {
    const n = Math.min(500, Math.max(1, Math.floor(Number(seeds.value) || 1)));
    const f = Math.max(0, Math.floor(Number(first.value) || 0));
    worker ??= new Worker(new URL('./tournament-worker.ts', import.meta.url), { type: 'module' });
    body.replaceChildren();
    bar.value = 0;
    run.disabled = true;
    cancel.disabled = false;
    status.textContent = 'Starting…';
    let ratified = 0;
    let games = 0;
    worker.onmessage = (e: MessageEvent<TournamentReply>) => {
      const m = e.data;
      if (m.type === 'start')
        status.textContent = `Playing ${m.games} games (${m.pairs} pairings × ${n} seeds)…`;
      else if (m.type === 'progress') {
        bar.max = m.total;
        bar.value = m.done;
        status.textContent = `Played ${m.done} of ${m.total} games…`;
      } else if (m.type === 'pair') {
        ratified += m.stats.ratified;
        games += m.stats.games;
        body.append(row(m.stats));
      } else if (m.type === 'done')
        end(
          `Done: ${games} games in ${(m.ms / 1000).toFixed(1)} s; ${percent(games ? ratified / games : 0, 0)} ended in a ratified deal.`,
        );
      else end(m.message);
    };
    const { text, fileName } = current();
    const request: TournamentRequest = { type: 'run', text, fileName, seeds: n, firstSeed: f };
    worker.postMessage(request);
  });
  cancel.addEventListener('click', () => stop('Cancelled.'));
  return el(
    'div',
    { class: 'tournament' },
    el(
      'div',
      { class: 'row' },
      el('label', { for: seedsId, text: 'Seeds per pairing (N)' }),
      seeds,
      el('label', { for: firstId, text: 'First seed' }),
      first,
      run,
      cancel,
    ),
    bar,
    status,
    results,
  );
}
