// The Scenario Lab (lab.html): edit a scenario with the checker's diagnostics as you type, see its
// analysis and chart, try what-ifs, run computer tournaments, download the file and play it. The
// checking, analysis and tournaments run in workers: the page never waits on them.
import busan from '../../scenarios/busan-2025.yaml?raw';
import { formatDiagnostic } from '../scenario';
import { createChart } from './chart';
import { createChecker } from './checker';
import { el } from './dom';
import { createEditor, setText } from './editor';
import './lab.css';
import { issuesPanel, numbersPanel, warningsPanel } from './panels';
import { handOver, PLAY_URL } from './play';
import type { CheckResult } from './protocol';
import type { JsonSchema } from './schema-keys';
import { createTournament } from './tournament-ui';
import { applyKnob, type Knob } from './whatif';
import { createWhatIf } from './whatif-ui';

/** The shipped scenarios, fetched when chosen. */
const SHIPPED: Record<string, () => Promise<string>> = {
  ...import.meta.glob<string>(['../../scenarios/*.yaml', '!../../scenarios/busan-2025.yaml'], {
    query: '?raw',
    import: 'default',
  }),
  '../../scenarios/busan-2025.yaml': async () => busan,
};
const DEFAULT_FILE = 'busan-2025.yaml';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function section(title: string, id: string, ...children: Node[]): HTMLElement {
  return el('section', { class: 'card', 'aria-labelledby': id }, el('h2', { id, text: title }), ...children);
}

function start(root: HTMLElement): void {
  let fileName = DEFAULT_FILE;
  let knobs: Knob[] = [];
  // The text the knobs' places hold for: a slider moved before a fresh check would edit the wrong place.
  let knobsText: string | null = null;
  let schema: JsonSchema | null = null;
  const checker = createChecker(
    new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' }),
  );
  void checker.schema.then((s) => {
    schema = s;
  });

  const status = el('p', {
    role: 'status',
    'aria-live': 'polite',
    class: 'status',
    'data-testid': 'check-status',
    text: 'Checking…',
  });
  const problems = el('ul', { class: 'problems', 'data-testid': 'problems' });
  const chart = createChart();
  const numbers = el('div', { 'data-testid': 'analysis' });
  const issues = el('div');
  const warnings = el('div');
  const whatIf = createWhatIf((id, value) => {
    const text = view.state.doc.toString();
    const r = text === knobsText ? applyKnob(text, knobs, id, value) : null;
    if (!r) {
      status.textContent = 'The file changed since it was last checked: try the slider again in a moment.';
      return;
    }
    knobs = r.knobs;
    knobsText = r.text;
    setText(view, r.text);
  });

  const show = (text: string, r: CheckResult) => {
    problems.replaceChildren(
      ...r.diagnostics.map((d) => {
        const go = el('button', { type: 'button', class: `diag ${d.severity}`, text: formatDiagnostic(d) });
        go.addEventListener('click', () => {
          const line = view.state.doc.line(Math.min(Math.max(1, d.line), view.state.doc.lines));
          view.dispatch({
            selection: { anchor: Math.min(line.to, line.from + d.column - 1) },
            scrollIntoView: true,
          });
          view.focus();
        });
        return el('li', {}, go);
      }),
    );
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const ms = (x: number) => `${Math.round(x)} ms`;
    whatIf.enable(r.ok);
    if (!r.ok) {
      knobsText = null;
      status.textContent = `${errors} error${errors === 1 ? '' : 's'}: the panels show the last valid version.`;
      status.dataset.state = 'invalid';
      return;
    }
    status.dataset.state = 'valid';
    // The knobs' places hold for the text that was checked, and only for it.
    if (text === view.state.doc.toString()) {
      knobs = [...r.knobs];
      knobsText = text;
    }
    const s = r.summary;
    if (!s) {
      status.textContent = `Valid; not analysed: ${r.refusal ?? ''}`;
      return;
    }
    status.textContent = `Valid: ${s.packages.toLocaleString('en-US')} packages, checked in ${ms(r.timings.load)} and analysed in ${ms(r.timings.analyze)}.`;
    status.dataset.analyzeMs = String(Math.round(r.timings.analyze));
    status.dataset.loadMs = String(Math.round(r.timings.load));
    chart.update(s);
    numbers.replaceChildren(numbersPanel(s));
    issues.replaceChildren(issuesPanel(s));
    warnings.replaceChildren(warningsPanel(s));
    whatIf.update(
      knobs,
      s.parties.map((p) => p.name),
    );
  };

  const editorBox = el('div', { class: 'editor' });
  const view = createEditor(
    editorBox,
    busan,
    {
      check: async (text) => {
        const r = await checker.check(text, fileName);
        show(text, r);
        return r.diagnostics;
      },
      schema: () => schema,
    },
    'Scenario file (YAML)',
  );

  const chooser = el('select', { id: 'lab-choose' });
  for (const path of Object.keys(SHIPPED).sort()) {
    const name = path.split('/').pop()!;
    chooser.append(el('option', { value: path, text: name, selected: name === DEFAULT_FILE }));
  }
  chooser.addEventListener('change', async () => {
    const load = SHIPPED[chooser.value];
    if (!load) return;
    const text = await load();
    fileName = chooser.value.split('/').pop()!;
    setText(view, text);
  });
  const open = el('input', { type: 'file', id: 'lab-open', accept: '.yaml,.yml,.json' });
  open.addEventListener('change', async () => {
    const f = open.files?.[0];
    if (!f) return;
    fileName = f.name;
    setText(view, await f.text());
  });
  const download = el('button', { type: 'button', class: 'btn', text: 'Download' });
  download.addEventListener('click', () => {
    const blob = new Blob([view.state.doc.toString()], { type: 'text/yaml' });
    const a = el('a', { href: URL.createObjectURL(blob), download: fileName });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  const play = el('button', { type: 'button', class: 'btn primary', text: 'Play it' });
  play.addEventListener('click', () => {
    if (status.dataset.state !== 'valid') {
      status.textContent = 'Fix the errors first: the game plays only a valid file.';
      return;
    }
    if (!handOver(storage(), view.state.doc.toString())) {
      status.textContent = 'This browser does not let the Lab hand the file to the game (storage is off).';
      return;
    }
    window.open(PLAY_URL, '_blank');
  });

  const header = el(
    'header',
    { class: 'bar' },
    el('h1', { text: 'Scenario Lab' }),
    el('a', { href: 'index.html', text: 'Back to the game' }),
    el('label', { for: 'lab-choose', text: 'Shipped scenario' }),
    chooser,
    el('label', { for: 'lab-open', text: 'Open a file' }),
    open,
    download,
    play,
  );
  root.replaceChildren(
    header,
    el(
      'main',
      { class: 'lab' },
      el(
        'section',
        { class: 'card edit', 'aria-labelledby': 'h-file' },
        el('h2', { id: 'h-file', text: 'File' }),
        editorBox,
        status,
        el('h3', { text: 'Problems' }),
        problems,
      ),
      el(
        'div',
        { class: 'panels' },
        section('Package space', 'h-chart', chart.el),
        section('Analysis', 'h-analysis', numbers),
        section('Issues', 'h-issues', issues),
        section('Design warnings', 'h-warnings', warnings),
        section('What if', 'h-whatif', whatIf.el),
        section(
          'Tournament',
          'h-tournament',
          createTournament(() => ({ text: view.state.doc.toString(), fileName })),
        ),
      ),
    ),
  );
  // Tests and measurements drive the editor through this handle.
  Object.assign(window, { bargainingLab: { view, setText: (t: string) => setText(view, t) } });
}

const app = document.getElementById('lab');
if (app) start(app);
