// Settings: sound on/off, volume, reduced motion, language, the student's name for exports. A small non-modal panel opened from
// the top bar; M mutes and [ ] change the volume from anywhere outside a form field.
import { LANG_NAMES, LANGS, translator } from '../i18n';
import { type GameStore, NAME_MAX, type StoreState } from '../store';
import { fillSelect, h, popover, uid } from './dom';

/** The top bar (`lead` buttons, then mute and settings) and the settings panel. */
export function settingsBar(
  store: GameStore,
  lang: string,
  lead: readonly HTMLElement[] = [],
): { el: HTMLElement; update: (s: StoreState) => void } {
  const t = translator(lang);
  const s = () => store.getState();
  const mute = h('button', { class: 'btn small', type: 'button' });
  mute.addEventListener('click', () => s().toggleMute());
  const soundId = uid('snd');
  const sound = h('input', { id: soundId, type: 'checkbox' });
  sound.addEventListener('change', () => {
    if (sound.checked === s().settings.muted) s().toggleMute();
  });
  const volId = uid('vol');
  const volume = h('input', { id: volId, type: 'range', min: 0, max: 100, step: 5 });
  volume.addEventListener('input', () => s().setVolume(Number(volume.value) / 100));
  const motionId = uid('mot');
  const motion = h('input', { id: motionId, type: 'checkbox' });
  motion.addEventListener('change', () => s().setReducedMotion(motion.checked));
  const nameId = uid('name');
  const name = h('input', { id: nameId, type: 'text', autocomplete: 'name', maxlength: NAME_MAX });
  name.addEventListener('change', () => s().setPlayerName(name.value));
  const langId = uid('lang');
  const language = h('select', { id: langId });
  language.addEventListener('change', () => s().setLang(language.value));
  const close = h('button', { class: 'btn small', type: 'button', text: t('settings.close') });
  const { button: open, panel } = popover(
    'settings',
    t('settings.open'),
    t('settings.heading'),
    h('div', { class: 'row field' }, sound, h('label', { for: soundId, text: t('settings.sound') })),
    h('div', { class: 'field' }, h('label', { for: volId, text: t('settings.volume') }), volume),
    h(
      'div',
      { class: 'row field' },
      motion,
      h('label', { for: motionId, text: t('settings.reducedMotion') }),
    ),
    h('div', { class: 'field' }, h('label', { for: langId, text: t('settings.language') }), language),
    h('div', { class: 'field' }, h('label', { for: nameId, text: t('settings.playerName') }), name),
    h('p', { class: 'muted', text: t('settings.keys') }),
    close,
  );
  open.addEventListener('click', () => s().setSettingsOpen(!s().settingsOpen));
  close.addEventListener('click', () => {
    s().setSettingsOpen(false);
    open.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      s().setSettingsOpen(false);
      open.focus();
    }
  });
  const el = h('div', {}, h('div', { class: 'topbar' }, ...lead, mute, open), panel);
  let wasOpen = false;
  const update = (state: StoreState) => {
    const st = state.settings;
    mute.textContent = st.muted ? t('settings.unmute') : t('settings.mute');
    mute.setAttribute('aria-pressed', String(st.muted));
    sound.checked = !st.muted;
    volume.value = String(Math.round(st.volume * 100));
    volume.setAttribute('aria-valuetext', `${Math.round(st.volume * 100)}%`);
    motion.checked = st.reducedMotion;
    if (document.activeElement !== name) name.value = st.playerName;
    fillSelect(
      language,
      LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] })),
      st.lang,
    );
    panel.hidden = !state.settingsOpen;
    open.setAttribute('aria-expanded', String(state.settingsOpen));
    if (state.settingsOpen && !wasOpen) sound.focus();
    wasOpen = state.settingsOpen;
  };
  update(s());
  return { el, update };
}

const FIELD = /^(INPUT|SELECT|TEXTAREA)$/;

/** Global keys: M mutes, [ and ] change the volume (not while typing in a field). */
export function bindKeys(store: GameStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.ctrlKey || e.metaKey || e.altKey || (target && FIELD.test(target.tagName))) return;
    const s = store.getState();
    if (e.key === 'm' || e.key === 'M') s.toggleMute();
    else if (e.key === '[') s.setVolume(s.settings.volume - 0.1);
    else if (e.key === ']') s.setVolume(s.settings.volume + 0.1);
    else if (e.key === 'Escape' && s.confirmingWalk) s.cancelWalkAway();
    else if (e.key === 'Escape' && s.confirmingMove) s.cancelMove();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
