/**
 * The host link's two routes (host-link.ts, issue 73), both answered over loopback only (the
 * request's own socket, never a header); from elsewhere a plain 404:
 * - POST /api/v1/host-link: a new link, for `ipwatch open`. Public (no token: the CLI's host proof
 *   in X-IPWatch-Host-Proof is the credential, a value only the runner's user can read), refused
 *   without it.
 * - GET /api/v1/host-link/open?key=…: the browser opens the link. The key is spent whatever
 *   follows; with a live key and an admin session, that session is this host's for 5 minutes and
 *   the answer is a redirect to the Settings page, so the key leaves the address bar at once (the
 *   session cookie carries the confirmation, never the URL). Otherwise a page in the reader's
 *   language says why and what to do. A top-level navigation from another page may reach it (the
 *   CLI opens it from a local file, as Jupyter does), never a fetch or a frame.
 * Neither route logs its key: the API logs a path without its query.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';

import { API_BASE } from '../../../../shared/contract';
import { described } from '../../../../shared/contract/described';
import type { MessageId } from '../../../../shared/i18n/translator';
import { loopbackAddress } from '../access/guards';
import { htmlPage } from '../discord-sign-in/page';
import { actorOf } from '../door/auth-hook';
import { errorSchema } from '../routes';
import { readCookie } from '../sessions/cookies';
import type { SessionStore } from '../sessions/sessions';
import type { AuditWrite } from '../tokens/tokens';
import { HOST_LINK_MS, type HostLinks, type Redeemed } from './host-link';
import { HOST_PROOF_HEADER, type HostProof } from './host-proof';

export const HOST_LINK_PATH = `${API_BASE}/host-link`;
export const HOST_LINK_OPEN_PATH = `${HOST_LINK_PATH}/open`;
/** Where a confirmed browser goes: the Settings page (the dashboard routes by the hash). */
export const HOST_LINK_LANDING = '/#/settings';

const made = z.object({
  path: described(z.string(), 'the link to open on this host, without scheme and address: works once'),
  expiresInSec: described(z.number(), 'how long the link may wait to be opened'),
});

// Bounded, and checked by the store (host-link.ts): a wrong key is a page in words, never a 400.
const query = z.strictObject({ key: described(z.string().check(z.maxLength(128)), 'the link key') });

/** Why a link did not confirm, and what to do next, as the page says it. */
const REFUSED: Record<Exclude<Redeemed, 'confirmed'>, MessageId> = {
  unknown: 'web.hostLink.unknown',
  expired: 'web.hostLink.expired',
  signIn: 'web.hostLink.signIn',
};

const notHere = { error: { code: 'not_found', message: 'no host link here: ask over loopback on the runner itself' } };

export interface HostLinkRouteOptions {
  hostProof: HostProof;
  links: HostLinks;
  sessions: Pick<SessionStore, 'lookup' | 'sidOf'>;
  audit: AuditWrite;
}

export function registerHostLinkRoutes(app: FastifyInstance, o: HostLinkRouteOptions): void {
  const local = (req: FastifyRequest) => loopbackAddress(req.socket.remoteAddress);
  app.post(
    HOST_LINK_PATH,
    {
      config: { access: 'public' },
      schema: {
        summary:
          "A one-time link that confirms a browser at this host (ipwatch open; the CLI's host proof, loopback only)",
        tags: ['session'],
        response: { 200: made, '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      if (!local(req) || !o.hostProof.holds(req.headers[HOST_PROOF_HEADER], req.socket.remoteAddress))
        return reply.code(404).send(notHere);
      const { key } = o.links.make();
      o.audit({ actor: 'cli (on this host)', action: 'session.host-link', detail: null, result: 'ok' });
      return { path: `${HOST_LINK_OPEN_PATH}?key=${key}`, expiresInSec: HOST_LINK_MS / 1000 };
    },
  );
  app.get(
    HOST_LINK_OPEN_PATH,
    {
      config: { access: 'public', crossSite: 'navigation' },
      schema: {
        summary: 'Opens a host link: this browser session is confirmed at this host for 5 minutes (loopback only)',
        tags: ['session'],
        querystring: query,
      },
    },
    async (req, reply) => {
      if (!local(req)) return reply.code(404).send(notHere);
      const cookie = readCookie(req, 'session');
      const who = o.sessions.lookup(cookie);
      const sid = who?.role === 'admin' ? o.sessions.sidOf(cookie) : null;
      const done = o.links.redeem((req.query as z.output<typeof query>).key, sid);
      if (done === 'confirmed') {
        o.audit({ actor: actorOf(who!), action: 'session.host-confirmed', detail: null, result: 'ok' });
        return reply.header('cache-control', 'no-store').redirect(HOST_LINK_LANDING, 303);
      }
      return htmlPage(
        req,
        reply,
        done === 'expired' ? 410 : 403,
        'web.hostLink.title',
        REFUSED[done],
        'web.hostLink.next',
      );
    },
  );
}
