// Instructors' own scenario files on the page: the title's "Open a scenario file…" control and
// drop zone, the problem panel (every located message as a line of text, shown without a click),
// and the setup's share box (a link that carries a small file). Text from a file or an address is
// only ever set as textContent or an input's value.
import './outside.css';
import {
  type GameStore,
  selectOutsideOpen,
  selectOutsideProblem,
  selectOutsideShare,
  type StoreState,
} from '../store';
import { fillList, h, setText, uid } from './dom';

/** Larger than any scenario may be (the loader refuses past 2 million characters): not even read. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Read a chosen or dropped file and hand it to the store. */
async function openFile(store: GameStore, file: File): Promise<void> {
  let text = '';
  try {
    text = file.size > MAX_FILE_BYTES ? 'x'.repeat(2_000_001) : await file.text();
  } catch {
    // Unreadable (removed meanwhile, a folder): the loader reports an empty file.
  }
  await store.getState().openOutside({ kind: 'text', name: file.name, text });
}

/** A file input that opens what is chosen; `pick()` shows the browser's file picker. */
function filePicker(store: GameStore): { input: HTMLInputElement; pick: () => void } {
  const input = h('input', {
    type: 'file',
    accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain',
    class: 'sr-only',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void openFile(store, file);
  });
  return { input, pick: () => input.click() };
}

/** The title's control: a button and a drop zone around it. */
export function outsideOpener(store: GameStore): { el: HTMLElement; update: (s: StoreState) => void } {
  const vm = selectOutsideOpen(store.getState());
  const picker = filePicker(store);
  const button = h('button', { class: 'btn', type: 'button', text: vm.open });
  button.addEventListener('click', picker.pick);
  const busy = h('p', { class: 'muted', role: 'status' });
  const hint = h('p', { class: 'muted', text: vm.drop });
  const el = h(
    'section',
    { class: 'panel outside-open', 'aria-label': vm.open },
    hint,
    button,
    busy,
    picker.input,
  );
  let depth = 0;
  el.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth += 1;
    el.classList.add('dragging');
  });
  el.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  el.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) el.classList.remove('dragging');
  });
  el.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    depth = 0;
    el.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) void openFile(store, file);
  });
  const update = (s: StoreState) => {
    const v = selectOutsideOpen(s);
    setText(busy, v.busy ?? '');
    button.disabled = v.busy !== null;
  };
  update(store.getState());
  return { el, update };
}

/**
 * A file dropped anywhere on the page: on the title it is opened like one dropped on the drop zone;
 * elsewhere it is ignored rather than letting the browser leave the game to show the file.
 * Returns the unsubscribe.
 */
export function guardFileDrops(store: GameStore, target: Window = window): () => void {
  const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  const over = (e: DragEvent) => {
    if (!files(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = store.getState().screen === 'title' ? 'copy' : 'none';
  };
  const drop = (e: DragEvent) => {
    if (!files(e)) return;
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file && store.getState().screen === 'title') void openFile(store, file);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('drop', drop);
  };
}

/** The problem panel over every screen, hidden while nothing is wrong. */
export function outsideProblemPanel(store: GameStore): { el: HTMLElement; update: (s: StoreState) => void } {
  const heading = h('h2', { id: uid('h'), tabindex: -1 });
  const lines = h('ul', { class: 'outside-lines' });
  const note = h('p', { class: 'muted' });
  const offer = h('p', {});
  const picker = filePicker(store);
  const copy = h('button', { class: 'btn', type: 'button' });
  copy.addEventListener('click', picker.pick);
  const dismiss = h('button', { class: 'btn small', type: 'button' });
  dismiss.addEventListener('click', () => store.getState().dismissOutsideProblem());
  const el = h(
    'section',
    { class: 'panel outside-problem', role: 'alert', 'aria-labelledby': heading.id },
    heading,
    lines,
    note,
    offer,
    h('div', { class: 'row' }, copy, dismiss),
    picker.input,
  );
  el.hidden = true;
  const update = (s: StoreState) => {
    const vm = selectOutsideProblem(s);
    el.hidden = vm === null;
    if (!vm) return;
    setText(heading, vm.heading);
    fillList(lines, vm.lines);
    lines.classList.toggle('located', vm.located);
    setText(note, vm.note);
    note.hidden = vm.note === '';
    setText(offer, vm.offerCopy ?? '');
    offer.hidden = vm.offerCopy === null;
    setText(copy, vm.openCopy);
    copy.hidden = vm.offerCopy === null;
    setText(dismiss, vm.dismiss);
  };
  update(store.getState());
  return { el, update };
}

/** The page's address with a link's parameters and the file's code after #s=. */
function shareUrl(params: Record<string, string>, code: string): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(params).toString();
  url.hash = `s=${code}`;
  return url.href;
}

/** The setup's share box: shown when the chosen scenario is an outside file. */
export function outsideShareBox(store: GameStore): { el: HTMLElement; update: (s: StoreState) => void } {
  const yours = h('p', { class: 'muted' });
  const make = h('button', { class: 'btn small', type: 'button' });
  make.addEventListener('click', () => void store.getState().shareOutside());
  const fieldId = uid('share');
  const label = h('label', { for: fieldId });
  const field = h('input', { id: fieldId, type: 'text', readonly: true, class: 'outside-link' });
  const copy = h('button', { class: 'btn small', type: 'button' });
  const status = h('p', { class: 'muted', role: 'status' });
  const note = h('p', { class: 'muted' });
  const tooBig = h('p', { class: 'outside-too-big', role: 'alert' });
  copy.addEventListener('click', () => {
    field.select();
    const done = () => setText(status, selectOutsideShare(store.getState())?.copied ?? '');
    navigator.clipboard?.writeText(field.value).then(done, () => undefined);
  });
  const linkBox = h('div', { class: 'field' }, label, h('div', { class: 'row' }, field, copy), note, status);
  const el = h('div', { class: 'outside-share' }, yours, make, linkBox, tooBig);
  el.hidden = true;
  const update = (s: StoreState) => {
    const vm = selectOutsideShare(s);
    el.hidden = vm === null;
    if (!vm) return;
    setText(yours, vm.yours);
    setText(make, vm.button);
    setText(label, vm.label);
    setText(copy, vm.copy);
    setText(note, vm.note);
    linkBox.hidden = vm.code === null;
    tooBig.hidden = vm.tooBig === null;
    setText(tooBig, vm.tooBig ?? '');
    const model = s.catalog.find((e) => e.id === s.setup.scenarioId)?.model;
    if (vm.code !== null) {
      const side = model?.parties[s.setup.side]?.id ?? String(s.setup.side);
      const value = shareUrl({ scenario: s.setup.scenarioId, side }, vm.code);
      if (field.value !== value) {
        field.value = value;
        setText(status, '');
      }
    }
  };
  update(store.getState());
  return { el, update };
}
