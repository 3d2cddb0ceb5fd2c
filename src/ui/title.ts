// The title screen and the setup form.
import { translator } from '../i18n';
import { selectSetup, TUTORIAL_ID } from '../store';
import { fillSelect, h, setText, uid } from './dom';
import { outsideOpener, outsideShareBox } from './outside';
import type { View, ViewContext } from './view';

/** True where the build has the Scenario Lab page (not the single file); see vite.config.ts. */
declare const __LAB__: boolean | undefined;
const hasLab = typeof __LAB__ !== 'undefined' && __LAB__;

/** The title: what the game is, and a way in. */
export function titleView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const heading = h('h1', { tabindex: -1, id: uid('h'), text: t('app.title') });
  // A new player is led to the guided first game; afterwards it stays on offer, second.
  const done = store.getState().settings.tutorialDone;
  const start = h('button', { class: done ? 'btn primary' : 'btn', type: 'button', text: t('title.start') });
  start.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().showSetup();
  });
  const guided = h('button', {
    class: done ? 'btn' : 'btn primary',
    type: 'button',
    text: t(done ? 'title.replayTutorial' : 'title.tutorial'),
  });
  guided.addEventListener('click', () => {
    store.getState().playCue('click');
    store.getState().startTutorial();
  });
  const hasTutorial = store.getState().catalog.some((e) => e.id === TUTORIAL_ID);
  const opener = outsideOpener(store);
  const panel = h(
    'section',
    { class: 'panel title-panel', 'aria-labelledby': heading.id },
    heading,
    h('p', { class: 'tagline', text: t('app.tagline') }),
    h('p', { class: 'muted', text: t('title.intro') }),
    h('div', { class: 'row' }, ...(hasTutorial ? (done ? [start, guided] : [guided, start]) : [start])),
    ...(hasLab ? [h('p', { class: 'muted lab-link' }, h('a', { href: 'lab.html', text: t('title.lab') }))] : []),
  );
  const el = h('div', {}, panel, opener.el);
  return { el, focus: heading, update: opener.update };
}

function selectField(label: string): { wrap: HTMLElement; select: HTMLSelectElement } {
  const id = uid('sel');
  const select = h('select', { id });
  return { wrap: h('div', { class: 'field' }, h('label', { for: id, text: label }), select), select };
}

/** The setup form: scenario, side, difficulty, persona and seed. */
export function setupView({ store, lang }: ViewContext): View {
  const t = translator(lang);
  const heading = h('h2', { tabindex: -1, id: uid('h'), text: t('setup.heading') });
  const scenario = selectField(t('setup.scenario'));
  const mode = selectField(t('setup.mode'));
  const side = selectField(t('setup.side'));
  const sideLabel = side.wrap.querySelector('label');
  const difficulty = selectField(t('setup.difficulty'));
  const persona = selectField(t('setup.persona'));
  const seedId = uid('seed');
  const seed = h('input', {
    id: seedId,
    type: 'number',
    min: 0,
    max: 2147483646,
    step: 1,
    inputmode: 'numeric',
  });
  const newSeed = h('button', { class: 'btn small', type: 'button', text: t('setup.newSeed') });
  const summary = h('p', { class: 'muted summary' });
  const share = outsideShareBox(store);
  const back = h('button', { class: 'btn', type: 'button', text: t('setup.back') });
  const go = h('button', { class: 'btn primary', type: 'submit', text: t('setup.start') });
  // Over the network: the student's name (for the partner and the exports), and joining by code.
  const nameId = uid('name');
  const name = h('input', { id: nameId, type: 'text', maxlength: 40, autocomplete: 'name' });
  const nameField = h('div', { class: 'field' }, h('label', { for: nameId, text: t('setup.name') }), name);
  const codeId = uid('code');
  const code = h('input', {
    id: codeId,
    type: 'text',
    maxlength: 12,
    autocomplete: 'off',
    spellcheck: 'false',
    class: 'code-field',
  });
  const join = h('button', { class: 'btn', type: 'button', text: t('setup.join') });
  const joinHead = h('h3', { id: uid('h'), text: t('setup.joinHeading') });
  const joinBox = h(
    'div',
    { role: 'group', 'aria-labelledby': joinHead.id, class: 'join-box' },
    joinHead,
    h(
      'div',
      { class: 'field' },
      h('label', { for: codeId, text: t('setup.joinCode') }),
      h('div', { class: 'row' }, code, join),
    ),
  );
  const form = h(
    'form',
    { 'aria-labelledby': heading.id },
    scenario.wrap,
    mode.wrap,
    nameField,
    side.wrap,
    persona.wrap,
    difficulty.wrap,
    h(
      'div',
      { class: 'field' },
      h('label', { for: seedId, text: t('setup.seed') }),
      h('div', { class: 'row' }, seed, newSeed),
    ),
    summary,
    share.el,
    h('div', { class: 'row' }, go, back),
    joinBox,
  );
  const s = () => store.getState();
  scenario.select.addEventListener('change', () => s().updateSetup({ scenarioId: scenario.select.value }));
  mode.select.addEventListener('change', () => {
    const v = mode.select.value;
    const m = v === 'hotseat' || v === 'network' ? v : 'computer';
    s().updateSetup({ mode: m });
    if (m === 'network') s().prepareNetwork();
  });
  name.addEventListener('change', () => s().setPlayerName(name.value));
  code.addEventListener('input', () => s().setJoinCode(code.value));
  code.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    join.click();
  });
  join.addEventListener('click', () => {
    s().setPlayerName(name.value);
    s().setJoinCode(code.value);
    s().playCue('click');
    s().joinTable();
  });
  side.select.addEventListener('change', () => s().updateSetup({ side: side.select.value === '1' ? 1 : 0 }));
  difficulty.select.addEventListener('change', () => {
    const v = difficulty.select.value;
    s().updateSetup({ difficulty: v === 'easy' || v === 'normal' || v === 'hard' ? v : null });
  });
  persona.select.addEventListener('change', () => s().updateSetup({ personaId: persona.select.value }));
  seed.addEventListener('change', () => {
    const n = Number.parseInt(seed.value, 10);
    if (Number.isInteger(n)) s().updateSetup({ seed: n });
  });
  newSeed.addEventListener('click', () => s().newSeed());
  back.addEventListener('click', () => s().showTitle());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    s().playCue('click');
    if (selectSetup(s()).mode === 'network') s().setPlayerName(name.value);
    s().beginBriefing();
  });
  const el = h('section', { class: 'panel setup-panel', 'aria-labelledby': heading.id }, heading, form);
  const update = () => {
    const vm = selectSetup(s());
    fillSelect(scenario.select, vm.scenarios, vm.scenarioId);
    fillSelect(side.select, vm.sides, vm.side);
    fillSelect(difficulty.select, vm.difficulties, vm.difficulty);
    fillSelect(persona.select, vm.personas, vm.personaId);
    fillSelect(mode.select, vm.modes, vm.mode);
    if (sideLabel) setText(sideLabel, vm.sideLabel);
    side.wrap.hidden = vm.mode === 'hotseat';
    persona.wrap.hidden = difficulty.wrap.hidden = vm.mode !== 'computer';
    nameField.hidden = joinBox.hidden = vm.mode !== 'network';
    setText(go, t(vm.mode === 'network' ? 'setup.createTable' : 'setup.start'));
    const state = s();
    if (document.activeElement !== name) name.value = state.settings.playerName;
    if (document.activeElement !== code && code.value !== state.joinCode) code.value = state.joinCode;
    if (document.activeElement !== seed || seed.value === '') seed.value = String(vm.seed);
    setText(summary, vm.summary);
    share.update(s());
  };
  update();
  return { el, focus: heading, update };
}
