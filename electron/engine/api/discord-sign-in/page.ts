import type { FastifyReply } from 'fastify';

/**
 * The small page a browser sees when sign-in with Discord cannot go on: what happened, in words,
 * what to do next when there is something, and a way back. It is the engine's, not the
 * dashboard's, so it carries the dashboard's colours itself (light, or dark when the system is,
 * as the dashboard follows it by default), and a policy that lets it load nothing at all.
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

/** `next`: what the person can do about it, a paragraph of its own under the reason. */
export function signInPage(title: string, words: string, next?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>IPWatch: ${escape(title)}</title>
<style>${STYLE}</style></head>
<body><main><p class="brand">IPWatch</p><h1>${escape(title)}</h1><p id="why">${escape(words)}</p>${
    next ? `<p id="next">${escape(next)}</p>` : ''
  }<p><a href="/">Back to the sign-in page</a></p></main></body></html>
`;
}

export const htmlPage = (reply: FastifyReply, status: number, title: string, words: string, next?: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', POLICY)
    .send(signInPage(title, words, next));
