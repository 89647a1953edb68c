/**
 * One signed-in browser in words for the Settings list (issues 50, 75): who, as what, how it
 * signed in, which browser on which system, from where, and when it was last seen (the
 * dashboard's relative time, in the page's language). Pure.
 */
import type { BrowserSession } from '../../../../shared/contract/sessions';
import type { Translator } from '../../../../shared/i18n/translator';
import { formatRelative } from '../../format';

export interface SessionWords {
  who: string;
  role: string;
  how: string;
  browser: string;
  where: string;
  lastSeen: string;
}

/**
 * The browser as its sign-in named it; the names are the engine's (a table's name and a
 * major version: electron/engine/api/sessions/user-agent.ts), the words around them the page's.
 *
 * | browser | system  | words                       |
 * |---------|---------|-----------------------------|
 * | known   | known   | Firefox 128 on Linux        |
 * | known   | unknown | Firefox 128, system unknown |
 * | unknown | known   | unknown browser on Linux    |
 * | unknown | unknown | unknown browser             |
 */
export function browserWords(s: Pick<BrowserSession, 'browser' | 'system'>, words: Translator): string {
  const { browser, system } = s;
  if (browser !== null && system !== null) return words.t('settings.sessions.browserOn', { browser, system });
  if (browser !== null) return words.t('settings.sessions.browserOnly', { browser });
  if (system !== null) return words.t('settings.sessions.systemOnly', { system });
  return words.t('settings.sessions.browserUnknown');
}

/**
 * | loopback | onHost | address | where                               |
 * |----------|--------|---------|-------------------------------------|
 * | yes      | yes    | any     | this machine, with its proof       |
 * | yes      | no     | any     | this machine                        |
 * | no       | no     | known   | the address (192.0.2.7)             |
 * | no       | no     | null    | address unknown                     |
 *
 * "With the host proof" only with it (issue 58): a browser over loopback without it may be any
 * LAN client behind a reverse proxy on this machine, so it is not trusted as this host's.
 */
export function whereWords(s: Pick<BrowserSession, 'loopback' | 'onHost' | 'address'>, words: Translator): string {
  if (s.loopback) return words.t(s.onHost ? 'settings.sessions.thisMachineProof' : 'settings.sessions.thisMachine');
  return s.address ?? words.t('settings.sessions.addressUnknown');
}

export function sessionWords(s: BrowserSession, now: number, words: Translator): SessionWords {
  return {
    who: s.current ? words.t('settings.sessions.thisBrowser', { name: s.name }) : s.name,
    role: words.t(`web.account.role.${s.role}`),
    how: s.via === 'discord' ? 'Discord' : words.t('settings.sessions.viaToken', { name: s.name }),
    browser: browserWords(s, words),
    where: whereWords(s, words),
    // A last request is never in the future: the page's clock ticks every few seconds, so it may lag the server's.
    lastSeen: formatRelative(Math.min(s.lastSeenAt, now), now, words),
  };
}
