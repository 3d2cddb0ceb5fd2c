// View models for instructors' own files: the problem panel (shown without a click, every located
// message as a line of text) and the setup's share box. Every string from a file or an address is
// handed to the screen as plain text.
import { t } from '../i18n';
import type { StoreState } from './types';

/** The problem panel: what went wrong with an outside file, line by line. */
export interface OutsideProblemVM {
  readonly heading: string;
  /** The command line's messages (`file:line:column path: …`), or the reason a fetch failed. */
  readonly lines: readonly string[];
  /** The lines are located messages (shown as the command line shows them, in a fixed-width font). */
  readonly located: boolean;
  readonly note: string;
  /** Offer to open a downloaded copy of the file (it could not be fetched). */
  readonly offerCopy: string | null;
  readonly openCopy: string;
  readonly dismiss: string;
}

/** The problem panel, or null when nothing is wrong. */
export function selectOutsideProblem(s: StoreState): OutsideProblemVM | null {
  const p = s.outsideProblem;
  if (!p) return null;
  const lang = s.settings.lang;
  const common = {
    openCopy: t('outside.openCopy', {}, lang),
    dismiss: t('notice.dismiss', {}, lang),
    located: p.kind === 'invalid',
  };
  switch (p.kind) {
    case 'invalid':
      return {
        ...common,
        heading: t('outside.invalidHeading', { file: p.name, count: p.lines.length }, lang),
        lines: p.lines,
        note: t('outside.invalidNote', {}, lang),
        offerCopy: null,
      };
    case 'fetch':
      return {
        ...common,
        heading: t('outside.fetchHeading', {}, lang),
        lines: [t(`outside.fetch.${p.reason}`, { url: p.url, status: p.status ?? '' }, lang)],
        note: '',
        // With a game in progress (a saved game resumed instead) a file opens from the title only.
        offerCopy: s.game ? null : t('outside.offerCopy', {}, lang),
      };
    case 'fragment':
      return {
        ...common,
        heading: t('outside.fragmentHeading', {}, lang),
        lines: [t('outside.fragment', {}, lang)],
        note: '',
        offerCopy: null,
      };
    case 'unreadable':
      return {
        ...common,
        heading: t('outside.fetchHeading', {}, lang),
        lines: [t('outside.unreadable', { file: p.name }, lang)],
        note: '',
        offerCopy: null,
      };
  }
}

/** The setup's share box: shown when the chosen scenario is an outside file. */
export interface OutsideShareVM {
  readonly yours: string;
  readonly button: string;
  /** The link's #s= code once made, for the chosen scenario. */
  readonly code: string | null;
  /** Why no link can be made (too big), once asked. */
  readonly tooBig: string | null;
  readonly label: string;
  readonly note: string;
  readonly copy: string;
  readonly copied: string;
}

/** The share box, or null when the chosen scenario is a shipped one. */
export function selectOutsideShare(s: StoreState): OutsideShareVM | null {
  const entry = s.catalog.find((e) => e.id === s.setup.scenarioId);
  if (!entry?.outside) return null;
  const lang = s.settings.lang;
  const share = s.outsideShare?.scenarioId === entry.id ? s.outsideShare : null;
  return {
    yours: t('outside.yours', { file: entry.fileName }, lang),
    button: t('outside.share', {}, lang),
    code: share?.ok ? share.code : null,
    tooBig: share && !share.ok ? t('outside.tooBig', { chars: share.chars, max: share.max }, lang) : null,
    label: t('outside.shareLabel', {}, lang),
    note: t('outside.shareNote', {}, lang),
    copy: t('outside.copy', {}, lang),
    copied: t('outside.copied', {}, lang),
  };
}

/** The title's file control. */
export interface OutsideOpenVM {
  readonly open: string;
  readonly drop: string;
  readonly dropHere: string;
  readonly busy: string | null;
}

export function selectOutsideOpen(s: StoreState): OutsideOpenVM {
  const lang = s.settings.lang;
  return {
    open: t('outside.open', {}, lang),
    drop: t('outside.drop', {}, lang),
    dropHere: t('outside.dropHere', {}, lang),
    busy: s.outsideBusy ? t('outside.loading', {}, lang) : null,
  };
}
