// The network game's view model: the lobby (creating, joining, waiting for the partner) and the
// status line the table shows while the partner is away.
import { textIn } from '../engine';
import { t as tr } from '../i18n';
import { gameModel } from './catalog';
import type { StoreState } from './types';
import type { NetVM } from './vm-types';

/** The network lobby and status, or null outside a network game. */
export function selectNet(s: StoreState): NetVM | null {
  const net = s.net;
  if (!net) return null;
  const lang = s.settings.lang;
  const t = (k: Parameters<typeof tr>[0], p: Record<string, string> = {}) => tr(k, p, lang);
  const partner = net.partner;
  const name = partner?.name || t('net.partner');
  const over = net.phase === 'over';
  let status = '';
  if (net.phase === 'connecting') status = t('lobby.connecting');
  else if (net.phase === 'failed') status = t('lobby.failed', { reason: net.error ?? '' });
  else if (net.connection === 'reconnecting') status = t('net.status.reconnecting');
  else if (net.connection === 'closed') status = t('net.connection.closed');
  else if (partner?.status === 'waiting') status = t('net.status.waiting', { name });
  else if (partner?.status === 'left') status = t('net.status.left', { name });
  else if (net.phase === 'waiting' && partner?.status === 'open') status = t('lobby.waiting');
  return {
    heading: t('lobby.heading'),
    code: net.code,
    codeText: net.code ? t('lobby.codeIs', { code: net.code }) : '',
    link: net.link,
    status,
    waiting: net.phase === 'waiting',
    failed: net.phase === 'failed',
    graceSeconds:
      partner?.status === 'waiting' && net.connection === 'connected' ? (partner.graceSeconds ?? null) : null,
    canAskComputer:
      !over &&
      net.phase !== 'connecting' &&
      net.phase !== 'failed' &&
      (partner?.status === 'open' || partner?.status === 'left'),
  };
}

/** The hand-over screen (two players on one device): the party the device goes to, or null. */
export function selectHandover(s: StoreState): { readonly party: string } | null {
  const model = gameModel(s);
  if (!model || s.seat === null) return null;
  return { party: textIn(model.parties[s.seat].name, s.settings.lang) };
}
