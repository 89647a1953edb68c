/**
 * The door decides by the route the router dispatches to, as a property (fast-check, seeded by
 * tests/helpers/properties.ts): any request target built from the real server's routes (listed by
 * its router) and mangled (letter case, reserved characters escaped, `;` parameters, suffixes, a
 * query), sent over real HTTP as written (tests/helpers/raw-request.ts) by nobody, a metrics token
 * or a viewer token, is either refused as non-canonical (400, in words) or decided as the route it
 * dispatches to declares. That route is found apart from the server, by the router's rules for
 * these routes: a static path matches itself exactly (letter case counts), and GET and HEAD of any
 * other path reach the dashboard's `/*`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { DeclaredRoute } from '../../../../electron/engine/api/access/route-access';
import { nonCanonicalWhy } from '../../../../electron/engine/api/door/request-target';
import { propertyRun } from '../../../helpers/properties';
import { MAY, routeAccessRoom, type Who } from '../../../helpers/route-access-room';

const DOOR_401 = 'sign in, or send an API token as "Authorization: Bearer <token>"';
const room = routeAccessRoom('route-access-property', ['viewer', 'metrics'], 4);

/** The route a canonical path dispatches to, by the router's rules for these routes; null: none (404). */
function dispatch(routes: readonly DeclaredRoute[], method: string, path: string): DeclaredRoute | null {
  const mine = routes.filter((r) => r.method === method);
  return mine.find((r) => r.url === path) ?? mine.find((r) => r.url === '/*') ?? null;
}

const segment = fc
  .array(fc.constantFrom(..."abcAZ09-._~:@!$&'()*+,=", '%3A', '%3B', '%40', '%20', '%C3%A9', '%25'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((cs) => cs.join(''));

describe('for any path the router accepts, the access decision is the one of the route it dispatches to', () => {
  it('holds for nobody, a metrics token and a viewer token', async () => {
    const routes = room.server.api.routes();
    // Routes a permitted caller would change something with: never the outcome of a random request.
    const acting = (r: DeclaredRoute | null, who: Who) =>
      r !== null && r.method === 'POST' && MAY[who].includes(r.access) && r.access !== 'public';
    const target = fc
      .record({
        route: fc.constantFrom(...routes),
        flips: fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
        flip: fc.boolean(),
        suffix: fc.oneof(
          fc.constantFrom('', '', '', '/', ';x', '%3B', '.json', '/x', '%2F'),
          segment.map((s) => `/${s}`),
        ),
        query: fc.constantFrom('', '', '?a=1', '?x=%2F&y=%61', '?', '?/../x'),
        method: fc.option(fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE')),
        fill: segment,
      })
      .map((t) => {
        let path = t.route.url.replace(/\*$/, t.fill);
        if (t.flip) path = [...path].map((c, i) => (t.flips[i % t.flips.length] ? c.toUpperCase() : c)).join('');
        return { method: t.method ?? t.route.method, path: `${path}${t.suffix}`, query: t.query };
      });

    await fc.assert(
      fc.asyncProperty(
        target,
        fc.constantFrom<Who>('nobody', 'metrics', 'viewer'),
        async ({ method, path, query }, who) => {
          const why = nonCanonicalWhy(`${path}${query}`);
          const route = why === null ? dispatch(routes, method, path) : null;
          fc.pre(!acting(route, who));
          const a = await room.ask(who, method, `${path}${query}`, { bodyMs: 100 });
          const what = `${who} ${method} ${path}${query} -> ${route ? `${route.method} ${route.url} [${route.access}]` : 'no route'}: ${a.status} ${a.body.slice(0, 160)}`;
          // A HEAD answer has no body: a refusal's words are read from the same request as a GET.
          const text =
            method === 'HEAD' && a.status >= 400
              ? (await room.ask(who, 'GET', `${path}${query}`, { bodyMs: 100 })).body
              : a.body;
          const error = text.startsWith('{')
            ? (JSON.parse(text) as { error?: { code?: string; message?: string } }).error
            : undefined;
          if (why !== null || error?.code === 'not_canonical') {
            // Refused before routing (or the router cannot decode it): in words, nothing dispatched.
            expect(a.status, what).toBe(400);
            expect(error?.message, what).toMatch(/^the request path (".*" )?is not in canonical form: \S+ \S+/s);
            return;
          }
          const doorSaid401 = a.status === 401 && error?.message === DOOR_401;
          const doorSaid403 = a.status === 403 && error?.code === 'forbidden';
          if (route === null)
            return void expect([a.status, doorSaid401, doorSaid403], what).toEqual([404, false, false]);
          const may = MAY[who].includes(route.access);
          expect(doorSaid401, what).toBe(!may && who === 'nobody');
          expect(doorSaid403, what).toBe(!may && who !== 'nobody');
          if (!may) expect(a.status, what).toBe(who === 'nobody' ? 401 : 403);
        },
      ),
      propertyRun('route access by dispatch', 150),
    );
  }, 120_000);
});
