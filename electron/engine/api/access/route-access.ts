/**
 * Access is a property of the route (issue 58): every route declares who may call it as
 * `config.access` (guards.ts's Access), beside the route, and the door (auth-hook.ts) reads the
 * declaration of the route the router matched, never the URL string. A route registered without
 * one fails the start; a route that is not public cannot run its handler without a principal,
 * whatever a hook before it did.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { type Access, ACCESSES, type CrossSiteReach } from './guards';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (guards.ts); every route must say (requireAccess). */
    access?: Access;
    /** Why other sites' pages may reach it, when they may (guards.ts crossSiteAllowed); absent: never. */
    crossSite?: CrossSiteReach;
  }
}

/** A route as the router holds it, with what it declared. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
  crossSite: CrossSiteReach | null;
}

/**
 * Refuses (throws, so the server does not start) any route registered on `app` without an access
 * declaration; returns the routes registered, each method apart, with their declarations.
 */
export function requireAccess(app: FastifyInstance): () => readonly DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  app.addHook('onRoute', (r) => {
    const methods = [r.method].flat();
    const access = r.config?.access;
    if (!access || !(ACCESSES as readonly string[]).includes(access))
      throw new Error(
        `the route ${methods.join(',')} ${r.url} declares no access: every route says who may call it (config.access: ${ACCESSES.join(', ')})`,
      );
    for (const method of methods) routes.push({ method, url: r.url, access, crossSite: r.config?.crossSite ?? null });
  });
  return () => routes;
}

/**
 * What the matched route declared: its access; 'no-route' when the router matched none (the 404
 * handler, which serves no data); 'undeclared' for a route without a declaration, which
 * requireAccess keeps from existing and the door refuses to everyone (deny by default).
 */
export const matchedAccess = (req: FastifyRequest): Access | 'no-route' | 'undeclared' =>
  req.is404 ? 'no-route' : (req.routeOptions.config?.access ?? 'undeclared');

/** Whether this request may reach its handler only with a principal: every matched route but a public one. */
export const needsPrincipal = (req: FastifyRequest): boolean => {
  const access = matchedAccess(req);
  return access !== 'no-route' && access !== 'public';
};

/**
 * The last wall before a handler: a route that is not public runs only for a principal. The door
 * sets one or answers itself; a route reaching here without one was passed over by mistake.
 */
export function requirePrincipal(app: FastifyInstance, onMiss: (req: FastifyRequest) => void): void {
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!needsPrincipal(req) || req.principal) return;
    onMiss(req);
    return reply
      .code(401)
      .send({ error: { code: 'unauthorized', message: 'this route needs a signed-in caller, and none was found' } });
  });
}
