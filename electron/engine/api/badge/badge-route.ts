/**
 * GET /api/v1/badge.svg: the status badge (badge.ts). With `api.badge` on it answers without the
 * token and from any site (an <img> on another page), since it shows only what the user chose to
 * publish; off, it is an API route like the others (token or session). The address is in it only
 * with `api.badgeAddress`.
 */
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import * as z from 'zod/mini';

import { API_BASE, type ApiHandlers, type AppStatus } from '../../../../shared/contract';
import { described } from '../../../../shared/contract/described';
import { badgeContent, BADGE_KINDS, badgeSvg } from './badge';

export const BADGE_PATH = `${API_BASE}/badge.svg`;

/** The query's windows and the insight's labels for them. */
const WINDOWS = { '24h': '24 h', '30d': '30 d', '1y': '1 y' } as const;

export const badgeQuerySchema = z.strictObject({
  which: described(
    z._default(z.enum(BADGE_KINDS), 'held-for'),
    'held-for: time the address is held; uptime: over a window',
  ),
  family: described(z._default(z.pipe(z.coerce.number(), z.union([z.literal(4), z.literal(6)])), 4), '4 or 6'),
  window: described(z._default(z.enum(['24h', '30d', '1y']), '30d'), 'the uptime window'),
});

export interface BadgeRouteOptions {
  handlers: Pick<ApiHandlers, 'getInsight'>;
  status: () => Pick<AppStatus, 'families'>;
  settings: { badge?: boolean; badgeAddress?: boolean };
  clock: { now(): number };
}

/**
 * The badge's declaration (route-access.ts): published, anyone from any site's page (an <img>);
 * otherwise any signed-in role, from this server's own pages, as /metrics.
 */
const badgeAccess = (settings: BadgeRouteOptions['settings']): FastifyContextConfig =>
  settings.badge === true ? { access: 'public', crossSite: 'any' } : { access: 'metrics' };

export function registerBadgeRoute(app: FastifyInstance, opts: BadgeRouteOptions): void {
  app.get(
    BADGE_PATH,
    {
      config: badgeAccess(opts.settings),
      schema: {
        summary: 'Status badge (SVG): time the address is held, or uptime',
        tags: ['health'],
        querystring: badgeQuerySchema,
      },
    },
    async (req, reply) => {
      const q = req.query as z.output<typeof badgeQuerySchema>;
      const insight =
        q.which === 'uptime' ? await opts.handlers.getInsight({ checks: 1, outages: 1 }, { actor: 'badge' }) : null;
      const facts = {
        kind: q.which,
        family: q.family,
        window: WINDOWS[q.window],
        showAddress: opts.settings.badgeAddress === true,
        now: opts.clock.now(),
      };
      const svg = badgeSvg(badgeContent(facts, opts.status(), insight));
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', `${opts.settings.badge ? 'public' : 'private'}, max-age=60`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .serializer((body: unknown) => String(body))
        .send(svg);
    },
  );
}
