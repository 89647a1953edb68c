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
import { rmSync } from 'node:fs';
import { Agent } from 'node:http';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nonCanonicalWhy } from '../../../../electron/engine/api/request-target';
import type { DeclaredRoute } from '../../../../electron/engine/api/route-access';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { propertyRun } from '../../../helpers/properties';
import { rawRequest } from '../../../helpers/raw-request';
import { standInWebDir } from '../../../helpers/web-dir';

type Who = 'nobody' | 'metrics' | 'viewer';
/** What each caller may reach, written apart from guards.ts's REACH (as route-access.test.ts holds it). */
const MAY: Record<Who, readonly string[]> = {
  nobody: ['public'],
  metrics: ['public', 'metrics'],
  viewer: ['public', 'metrics', 'read'],
};
const DOOR_401 = 'sign in, or send an API token as "Authorization: Bearer <token>"';

let server: ApiServer<'viewer' | 'metrics'>;
let webDir: string;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  webDir = standInWebDir();
  server = await startApiServer({
    name: 'route-access-property',
    staticDir: webDir,
    tokens: [
      ['viewer', 'viewer'],
      ['metrics', 'metrics'],
    ],
  });
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await server?.close();
  rmSync(webDir, { recursive: true, force: true });
});

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
    const routes = server.api.routes();
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
          const headers: Record<string, string> = { host: `127.0.0.1:${server.api.port}` };
          if (who !== 'nobody') headers.authorization = `Bearer ${server.tokens[who]}`;
          if (method === 'POST' || method === 'PUT') headers['content-type'] = 'application/json';
          const body = method === 'POST' || method === 'PUT' ? '{}' : undefined;
          const a = await rawRequest(server.api.url, `${path}${query}`, {
            method,
            headers,
            agent,
            bodyMs: 100,
            ...(body ? { body } : {}),
          });
          const what = `${who} ${method} ${path}${query} -> ${route ? `${route.method} ${route.url} [${route.access}]` : 'no route'}: ${a.status} ${a.body.slice(0, 160)}`;
          // A HEAD answer has no body: a refusal's words are read from the same request as a GET.
          const text =
            method === 'HEAD' && a.status >= 400
              ? (await rawRequest(server.api.url, `${path}${query}`, { headers, agent, bodyMs: 100 })).body
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
