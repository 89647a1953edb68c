import type { FastifyReply, FastifyRequest } from 'fastify';

import { languageOfAcceptHeader } from '../../../../shared/i18n/languages';
import type { MessageId, MessageValues, Translator } from '../../../../shared/i18n/translator';
import { english, translator } from '../../../../shared/i18n/translators';

/**
 * The small page a browser sees when sign-in with Discord cannot go on: what happened, in words,
 * what to do next when there is something, and a way back, in the language the browser asks for
 * (Accept-Language). It is the engine's, not the dashboard's, so it carries the dashboard's
 * colours itself (light, or dark when the system is, as the dashboard follows it by default), and
 * a policy that lets it load nothing at all.
 */
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** renderer/src/styles.css's --bg, --text, --muted and --accent, light then dark. */
const STYLE = `:root{--bg:#f6f7f9;--text:#17202b;--muted:#4f5b67;--accent:#1d4ed8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0f141a;--text:#e6ebf0;--muted:#a8b3bf;--accent:#7aa7ff}}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
main{max-width:380px;margin:10vh auto;padding:0 16px;overflow-wrap:anywhere}
.brand{margin:0;font-weight:700;font-size:1.1rem;color:var(--muted)}
h1{font-size:1.5rem;margin:.25rem 0 .75rem}
a{color:var(--accent)}`;

/** Nothing but its own inline style: no script, no image, no frame around it. */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * What the page says: a message of the catalogue (with its values), words built in the reader's
 * language (a function: a refusal by the sign-in rules, said from its reason code), or the
 * engine's own words (Discord's failure), which stay as they are.
 */
export type PageWords =
  | MessageId
  | { id: MessageId; values: MessageValues }
  | { text: string }
  // Words whose values are themselves in the reader's language (a setting's label).
  | ((words: Translator) => string);

/** The words in a language. */
export function said(w: PageWords, words: Translator): string {
  if (typeof w === 'string') return words.t(w);
  if (typeof w === 'function') return w(words);
  return 'text' in w ? w.text : words.t(w.id, w.values);
}

/**
 * `next`: what the person can do about it, a paragraph of its own under the reason. `back`: a link
 * to the dashboard under them (false where opening it would be refused again: host-refusal.ts).
 */
export function signInPage(
  words: Translator,
  heading: PageWords,
  why: PageWords,
  then?: PageWords,
  back = true,
): string {
  const title = said(heading, words);
  const reason = said(why, words);
  const next = then === undefined ? undefined : said(then, words);
  return `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(words.t('web.signInPage.title', { title }))}</title>
<style>${STYLE}</style></head>
<body><main><p class="brand">${escape(words.t('web.shell.brand'))}</p><h1>${escape(title)}</h1><p id="why">${escape(reason)}</p>${
    next ? `<p id="next">${escape(next)}</p>` : ''
  }${back ? `<p><a href="/">${escape(words.t('web.signInPage.back'))}</a></p>` : ''}</main></body></html>
`;
}

/** A page of words sent as every such page is: no cache, its words by the browser's languages, a policy that loads nothing. */
export const sendWordsPage = (reply: FastifyReply, status: number, html: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    // The page's words follow the browser's languages: a cache must not give one browser another's.
    .header('vary', 'accept-language')
    .header('content-security-policy', POLICY)
    .send(html);

/** The words of the request's Accept-Language (English when it asks for none of ours). */
export const wordsOfRequest = (req: FastifyRequest): Translator =>
  translator(languageOfAcceptHeader(req.headers['accept-language'], 'en'));

/** The page in the request's language (English when it asks for none of ours). */
export const htmlPage = (
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  title: PageWords,
  why: PageWords,
  next?: PageWords,
) => sendWordsPage(reply, status, signInPage(wordsOfRequest(req), title, why, next));

/** The words in English, for the log. */
export const inEnglish = (w: PageWords): string => said(w, english);
