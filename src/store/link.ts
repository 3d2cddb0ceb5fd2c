// What a shared link does to the game saved in progress: a pure decision, so every case is a unit
// test. A link never discards a game in progress without the player's say: the same game resumes,
// another game asks, a bad link opens nothing and names the parameter that was wrong.
import { textIn } from '../engine';
import { t } from '../i18n';
import { configFromLink, hasLink, type LinkParams, type LinkProblem, linkOf } from './setup';
import type { CatalogEntry, GameConfig, StoreState } from './types';

/** What opening does with a link (or none) and the saved game. */
export type LinkDecision =
  /** No link: open the saved game, if any. */
  | { readonly kind: 'restore' }
  /** The link names the saved game in progress: resume it. */
  | { readonly kind: 'resume' }
  /** The link names another game while one is in progress: ask which to play. */
  | { readonly kind: 'ask'; readonly config: GameConfig }
  /** Nothing in progress: open the link's game. */
  | { readonly kind: 'start'; readonly config: GameConfig }
  /** The link is wrong: open nothing from it, keep the save. */
  | { readonly kind: 'error'; readonly problems: readonly LinkProblem[] };

/** Does the link name this game? Parameters the link leaves out match anything. */
export function linkMatches(link: LinkParams, fromLink: GameConfig, saved: GameConfig): boolean {
  return (
    (!link.scenario || fromLink.scenarioId === saved.scenarioId) &&
    (!link.side || fromLink.side === saved.side) &&
    (!link.persona || fromLink.personaId === saved.personaId) &&
    (!link.difficulty || fromLink.difficulty === saved.difficulty) &&
    (!link.mode || (fromLink.mode ?? 'computer') === (saved.mode ?? 'computer')) &&
    (!link.seed || fromLink.seed === saved.seed)
  );
}

/** The saved game's config, and whether that game has ended. */
export interface SavedConfig {
  readonly config: GameConfig;
  readonly finished: boolean;
}

/**
 * Decide what a link does. `saved` is the saved game's config (null when none is saved); `seed` is
 * the seed for a link without one. A finished game resumes (on its debrief) only for a link that
 * names its seed too: a reload of the same link shows the same ending, a seedless link a new game.
 */
export function decideLink(
  catalog: readonly CatalogEntry[],
  saved: SavedConfig | null,
  link: LinkParams | null,
  seed: number,
): LinkDecision {
  if (!link || !hasLink(link)) return { kind: 'restore' };
  const read = configFromLink(catalog, link, seed);
  if (!read.config) return { kind: 'error', problems: read.problems };
  if (saved?.finished)
    return link.seed && linkMatches(link, read.config, saved.config)
      ? { kind: 'resume' }
      : { kind: 'start', config: read.config };
  if (!saved) return { kind: 'start', config: read.config };
  if (linkMatches(link, read.config, saved.config)) return { kind: 'resume' };
  return { kind: 'ask', config: read.config };
}

/** The ask dialog's text: the game in progress and the linked one, each in a phrase. */
export interface LinkOfferVM {
  readonly heading: string;
  readonly body: string;
  readonly note: string;
  readonly resume: string;
  readonly open: string;
}

function gamePhrase(catalog: readonly CatalogEntry[], config: GameConfig, lang: string): string {
  const model = catalog.find((e) => e.id === config.scenarioId)?.model;
  return t(
    'link.game',
    {
      scenario: model ? textIn(model.title, lang) : config.scenarioId,
      party: model ? textIn(model.parties[config.side].name, lang) : String(config.side),
      seed: config.seed,
    },
    lang,
  );
}

/** The ask dialog, or null when no link waits for an answer. */
export function selectLinkOffer(s: StoreState): LinkOfferVM | null {
  if (!s.linkOffer || !s.config) return null;
  const lang = s.settings.lang;
  return {
    heading: t('link.heading', {}, lang),
    body: t(
      'link.body',
      { saved: gamePhrase(s.catalog, s.config, lang), linked: gamePhrase(s.catalog, s.linkOffer, lang) },
      lang,
    ),
    note: t('link.note', {}, lang),
    resume: t('link.resume', {}, lang),
    open: t('link.open', {}, lang),
  };
}

/**
 * The link parameters the address bar should carry: the game waiting in the ask dialog, else the
 * game shown (so a reload resumes it), else none.
 */
export function selectAddress(s: StoreState): Record<string, string> | null {
  const config = s.linkOffer ?? s.config;
  return config ? linkOf(s.catalog, config) : null;
}
