/**
 * electron/engine/api/dashboard: the built dashboard at `/` (dashboard-route.ts), and the build id
 * an open window reloads on (build-id.ts).
 *
 * The built dashboard (out/renderer) at `/`: its files, and index.html for any other page path
 * (the app routes by hash, so a path of its own is an old link); or, when it is not built, a line
 * that says how to build it. Public code, no data: declared public (route-access.ts), and the one
 * route besides the sign-in's callback that a link on another site may open (a navigation, never a
 * fetch or a frame). A path the API or /metrics would answer never gets the page, in any case or
 * with a trailing slash: a 404 in words, so a wrong spelling of an API route is never a 200.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

import { API_BASE } from '../../../../shared/contract';
import { buildIdHeader } from './build-id';

const DASHBOARD = { access: 'public', crossSite: 'navigation' } as const;
/** Paths that belong to the API's side of the server, in any case: never the dashboard's page. */
const API_SIDE = /^(api|metrics|healthz)(\/|$)/i;

/** Whether `p` names a file (a path through a file, `app.js/`, names none: ENOTDIR). */
function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The reads every page draws first (renderer/src/main.tsx: the status, and in a browser whether the
 * first-run steps come first), preloaded from the page's own answer: the browser asks for them
 * while it fetches and runs the main bundle, and the bundle's own fetch takes the answer (same URL,
 * `cors` mode, same-origin credentials: `crossorigin`). A page's own reads cannot be named here:
 * its route is in the URL's fragment, which the browser never sends.
 */
export const FIRST_READS_LINK = ['status', 'first-run']
  .map((p) => `<${API_BASE}/${p}>; rel=preload; as=fetch; crossorigin`)
  .join(', ');

const notFound = (reply: FastifyReply, method: string, url: string) =>
  reply.code(404).send({ error: { code: 'not_found', message: `no route ${method} ${url.split('?')[0]}` } });

export async function registerDashboard(app: FastifyInstance, dir: string | null): Promise<void> {
  // Whatever no route matched: a 404 in words, no data (the door lets it through without a principal).
  app.setNotFoundHandler((req, reply) => notFound(reply, req.method, req.url));
  const index = dir ? path.join(dir, 'index.html') : null;
  if (!dir || !index || !existsSync(index)) {
    app.get('/', { schema: { hide: true }, config: DASHBOARD }, async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('IPWatch: the dashboard is not built (npm run build). The API is at /api/v1.\n'),
    );
    return;
  }
  // Only its sendFile: the route is ours, so it carries its declaration.
  await app.register(fastifyStatic, { root: dir, serve: false });
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    schema: { hide: true },
    config: DASHBOARD,
    onSend: buildIdHeader(index),
    handler: (req, reply) => {
      // The router's decoded path (request-target.ts refused `..`, `//` and escaped slashes before it).
      const file = (req.params as { '*': string })['*'];
      if (file && isFile(path.join(dir, file))) return reply.sendFile(file);
      if (API_SIDE.test(file)) return notFound(reply, req.method, req.url);
      return reply.header('link', FIRST_READS_LINK).sendFile('index.html');
    },
  });
}
