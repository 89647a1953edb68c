/**
 * One signed-in browser in words for the Settings list (issue 50): who, as what, how it signed
 * in, from where, and when it was last seen (the dashboard's relative time). Pure.
 */
import type { BrowserSession } from '../../../../shared/contract/sessions';
import type { Translator } from '../../../../shared/i18n/translator';
import { formatRelative } from '../../format';

export interface SessionWords {
  who: string;
  role: string;
  how: string;
  where: string;
  lastSeen: string;
}

/**
 * | via     | onHost | how                  | where                     |
 * |---------|--------|----------------------|---------------------------|
 * | discord | any    | Discord              | this host / the network   |
 * | token   | any    | the token "<name>"   | this host / the network   |
 *
 * "This host" only with the host's proof (issue 58): a browser on this host without it, or one
 * behind a reverse proxy here, looks like any other on the network, so it is not called "this host".
 */
export function sessionWords(s: BrowserSession, now: number, words: Translator): SessionWords {
  return {
    who: s.current ? words.t('settings.sessions.thisBrowser', { name: s.name }) : s.name,
    role: words.t(`web.account.role.${s.role}`),
    how: s.via === 'discord' ? 'Discord' : words.t('settings.sessions.viaToken', { name: s.name }),
    where: words.t(s.onHost ? 'settings.sessions.thisHost' : 'settings.sessions.network'),
    // A last request is never in the future: the page's clock ticks every few seconds, so it may lag the server's.
    lastSeen: formatRelative(Math.min(s.lastSeenAt, now), now, words),
  };
}
