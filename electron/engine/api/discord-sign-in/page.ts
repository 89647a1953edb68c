import type { FastifyReply } from 'fastify';

/** The small page a browser sees when sign-in with Discord cannot go on: what happened, in words, and a way back. */
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function signInPage(title: string, words: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>IPWatch: ${escape(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style></head>
<body><main><h1>${escape(title)}</h1><p id="why">${escape(words)}</p><p><a href="/">Back to the sign-in page</a></p></main></body></html>
`;
}

export const htmlPage = (reply: FastifyReply, status: number, title: string, words: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(signInPage(title, words));
