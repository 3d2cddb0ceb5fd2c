// The guide's prompt during the guided first game: what to do now, "Next" for reading steps and
// a way out. A labelled region, its text announced politely when the step changes.
import { translator } from '../i18n';
import { type GameStore, selectCoach, type StoreState } from '../store';
import { h, setText } from './dom';

/** The coach panel: hidden when no guided game runs. */
export function coachPanel(store: GameStore): { el: HTMLElement; update: (s: StoreState) => void } {
  const progress = h('p', { class: 'coach-progress' });
  const text = h('p', { class: 'coach-text', 'aria-live': 'polite' });
  const next = h('button', { class: 'btn small primary', type: 'button' });
  const skip = h('button', { class: 'btn small', type: 'button' });
  next.addEventListener('click', () => store.getState().ackCoach());
  skip.addEventListener('click', () => store.getState().skipCoach());
  const el = h(
    'aside',
    { class: 'coach', 'aria-label': translator(store.getState().settings.lang)('coach.region') },
    progress,
    text,
    h('div', { class: 'row' }, next, skip),
  );
  const update = (s: StoreState) => {
    const vm = selectCoach(s);
    el.hidden = vm === null || s.linkOffer !== null;
    if (!vm) return;
    el.dataset.step = vm.step;
    setText(progress, vm.progress);
    setText(text, vm.text);
    next.hidden = !vm.canAck;
    setText(next, vm.ackLabel);
    setText(skip, vm.skipLabel);
  };
  update(store.getState());
  return { el, update };
}
