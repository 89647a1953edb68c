/**
 * A refused Host (guards.ts hostAllowed, the DNS-rebinding defence) as a person opening the
 * dashboard by that name reads it: a browser's navigation gets a small page in its language
 * (Accept-Language) that says why and names the setting by its label (shared/words/setting-label.ts);
 * any other caller keeps the API's JSON. Same status either way.
 *
 * The page is served to whoever sent that Host, an attacker's rebound name included, so it holds
 * nothing from the request (not the Host, not the path: only the catalogue's words, in one of our
 * three languages), no data, no script, and no link to the dashboard (it would be refused again),
 * under the sign-in page's policy that loads nothing (discord-sign-in/page.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Translator } from '../../../../shared/i18n/translator';
import { settingLabel } from '../../../../shared/words/setting-label';
import { type Arrival, hostRefusal, type HostRefusal } from '../access/guards';
import { type PageWords, sendWordsPage, signInPage, wordsOfRequest } from '../discord-sign-in/page';

/**
 * Is this request a browser opening a page (a person reading), rather than a script or a page's
 * fetch? A GET or HEAD that says so with Sec-Fetch-Mode: navigate, or asks for text/html.
 */
export function wantsPage(method: string, headers: { accept?: string; 'sec-fetch-mode'?: string }): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return headers['sec-fetch-mode'] === 'navigate' || /\btext\/html\b/i.test(headers.accept ?? '');
}

/** Why and what next, for each refusal; api.lan named by its label in the reader's language. */
function reasons(refusal: HostRefusal, words: Translator): { why: PageWords; next?: PageWords } {
  const values = { setting: settingLabel('api.lan', words)! };
  if (refusal === 'off')
    return {
      why: { id: 'web.hostRefused.whyOff', values },
      next: { id: 'web.hostRefused.nextOff', values },
    };
  return { why: refusal === 'plain' ? 'web.hostRefused.whyPlain' : 'web.hostRefused.whyCertificate' };
}

/** The page for a refused Host, in `words`' language; pure (nothing of the request goes in). */
export function hostRefusedPage(arrival: Arrival, words: Translator): string {
  const { why, next } = reasons(hostRefusal(arrival), words);
  return signInPage(words, 'web.hostRefused.title', why, next, false);
}

/** Sends the refusal's page with `status`, in the request's language. */
export const sendHostRefusedPage = (req: FastifyRequest, reply: FastifyReply, status: number, arrival: Arrival) =>
  sendWordsPage(reply, status, hostRefusedPage(arrival, wordsOfRequest(req)));
