/**
 * Deny by default, decided where the router decides (issue 58's first "Done when"). Every route
 * the real API server holds, listed by its router (route-access.ts's onRoute collection, not a hand
 * list), is asked over real HTTP by each role (admin, viewer and metrics tokens, no credentials),
 * with its path as written, percent-encoded, with doubled slashes, `/./`, a trailing slash and in
 * upper case, to this host and to a foreign Host header (api.lan is off): no 2xx and no 5xx
 * without the right principal, a foreign Host always refused, a non-canonical path always a 400.
 * Then the findings of the review against the real runner: `/%61pi/v1/events`, `/%6detrics` and
 * `/%61pi/v1/status` without a token.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

import { requireAccess, requirePrincipal } from '../../../../electron/engine/api/access/route-access';
import { API_BASE, API_METHODS, EVENTS_PATH } from '../../../../shared/contract';
import type { ApiRunner } from '../../../helpers/api-runner';
import { rawRequest } from '../../../helpers/raw-request';
import { MAY, routeAccessRoom, type Who } from '../../../helpers/route-access-room';
import { runnerPerFile } from '../../../helpers/runner-per-file';

const WHO: readonly Who[] = ['nobody', 'metrics', 'viewer', 'admin'];
const room = routeAccessRoom('route-access', ['admin', 'viewer', 'metrics'], 8);

/** A plausible value for each path parameter: the dashboard's wildcard names a real file. */
const filled = (url: string) => url.replace(/\*$/, 'assets/app.js').replace(/:(\w+)/g, 'x1');

/** The first character of `p` that is a letter, percent-encoded: `/api` -> `/%61pi`. */
function encodeFirstLetter(p: string): string | null {
  const i = p.search(/[A-Za-z]/);
  return i < 0 ? null : `${p.slice(0, i)}%${p.charCodeAt(i).toString(16)}${p.slice(i + 1)}`;
}

/** The spellings of a path tried: as written, then the ones that must never reach its route. */
function spellings(p: string): { how: string; target: string; canonical: boolean }[] {
  const all = [
    { how: 'as written', target: p, canonical: true },
    { how: 'percent-encoded', target: encodeFirstLetter(p), canonical: false },
    { how: 'doubled slash in front', target: `/${p}`, canonical: false },
    { how: 'doubled slash inside', target: p.replace(/^(\/[^/]+)\//, '$1//'), canonical: false },
    { how: 'with /./', target: `/.${p}`, canonical: false },
    { how: 'trailing slash', target: `${p}/`, canonical: !p.endsWith('/') },
    { how: 'upper case', target: p.toUpperCase(), canonical: true },
  ];
  return all.filter(
    (s, i): s is { how: string; target: string; canonical: boolean } =>
      s.target !== null && (i === 0 || s.target !== p),
  );
}

describe('every route the router holds, for every caller and spelling', () => {
  it('lists the routes from the router: every contract method, the stream, /metrics and the dashboard', () => {
    const routes = room.server.api.routes();
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(routes.filter((r) => r.url.startsWith(API_BASE) && r.method !== 'HEAD').length).toBeGreaterThan(
      API_METHODS.length,
    );
    for (const k of [`GET ${API_BASE}${EVENTS_PATH}`, 'GET /metrics', 'GET /healthz', 'GET /*', 'HEAD /*'])
      expect(keys).toContain(k);
  });

  it('answers no 2xx and no 5xx without the right principal; a foreign Host and a non-canonical path never reach', async () => {
    const wrong: string[] = [];
    let asked = 0;
    const jobs: (() => Promise<void>)[] = [];
    for (const route of room.server.api.routes()) {
      for (const s of spellings(filled(route.url))) {
        for (const who of WHO) {
          const may = MAY[who].includes(route.access);
          for (const foreign of [false, true]) {
            // The right principal on its own route, as written: it may act (a pause, a restore); not asked.
            if (!foreign && s.how === 'as written' && may && route.access !== 'public') continue;
            jobs.push(async () => {
              const from = route.access === 'public' ? '127.0.0.9' : '127.0.0.1';
              const a = await room.ask(who, route.method, s.target, { foreignHost: foreign, from });
              asked++;
              const what = `${who} ${route.method} ${s.target}${foreign ? ' (Host evil.example)' : ''} [${route.access}]: ${a.status} ${a.body.slice(0, 120)}`;
              if (a.status >= 500) wrong.push(`5xx: ${what}`);
              else if (!s.canonical && a.status !== 400) wrong.push(`not refused as non-canonical: ${what}`);
              else if (s.canonical && foreign && a.status !== 403) wrong.push(`foreign Host not refused: ${what}`);
              else if (a.status < 300 && route.access !== 'public' && !(may && s.how === 'as written'))
                wrong.push(`2xx without the right principal: ${what}`);
              else if (!foreign && s.how === 'as written' && !may && a.status !== (who === 'nobody' ? 401 : 403))
                wrong.push(`refused in another way than 401/403: ${what}`);
            });
          }
        }
      }
    }
    const next = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job();
    };
    await Promise.all(Array.from({ length: 8 }, next));
    expect(wrong.slice(0, 30), `${wrong.length} wrong of ${asked}`).toEqual([]);
    expect(asked).toBeGreaterThan(1000);
  }, 120_000);

  it.each([
    ['/%61pi/v1/events', /not in canonical form: %61 stands for "a", which a path writes as itself/],
    // The router cannot decode it: refused before any hook, in the same words and shape.
    ['/api/v1/%zz', /not in canonical form: '\/api\/v1\/%zz' is not a valid url component/],
  ])('says why %s is refused, in words', async (target, words) => {
    const a = await room.ask('nobody', 'GET', target);
    expect(a.status).toBe(400);
    const body = JSON.parse(a.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_canonical');
    expect(body.error.message).toMatch(words);
  });
});

describe('other sites, as each route declares', () => {
  const navigation = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
  const image = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' };
  const script = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' };
  it.each([
    ["Discord's callback, a navigation back from Discord", '/api/v1/session/discord/callback', navigation, false],
    ["Discord's callback, an <img> on another page", '/api/v1/session/discord/callback', image, true],
    ["the dashboard's page, from a link on another site", '/', navigation, false],
    ["the dashboard's page, fetched by another site's script", '/', script, true],
    ["the dashboard's script, as an <img> of another page", '/assets/app.js', image, true],
    ['/healthz, fetched by another site', '/healthz', script, true],
    ['/healthz, even as a navigation (it declares no reason)', '/healthz', navigation, true],
    ['the sign-in methods, fetched by another site', '/api/v1/session/methods', script, true],
    ['no route at all, fetched by another site', '/nothing/here', script, true],
  ] as const)('%s: refused %s', async (_what, target, headers, refused) => {
    const { url, port } = room.server.api;
    const a = await rawRequest(url, target, { headers: { host: `127.0.0.1:${port}`, ...headers } });
    if (refused) expect(JSON.parse(a.body)).toMatchObject({ error: { code: 'cross_site' } });
    expect(a.status === 403, `${a.status} ${a.body.slice(0, 200)}`).toBe(refused);
  });
});

describe('behind a reverse proxy (issue 73)', () => {
  // nginx's default: the browser's page is https://nas.example, the proxy sends a loopback Host.
  const viaProxy = (site: string) => ({
    origin: 'https://nas.example',
    'sec-fetch-site': site,
    'sec-fetch-mode': 'cors',
    'sec-fetch-dest': 'empty',
  });
  it.each([
    ["the dashboard's own fetch (same-origin)", 'same-origin', 200],
    ["another site's script", 'cross-site', 403],
    ['a sibling name of the same site', 'same-site', 403],
  ] as const)('%s: %s', async (_what, site, status) => {
    const { url, port } = room.server.api;
    const a = await rawRequest(url, '/api/v1/status', {
      headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${room.server.tokens.admin}`, ...viaProxy(site) },
    });
    expect(a.status, a.body.slice(0, 200)).toBe(status);
    if (status === 403) expect(JSON.parse(a.body)).toMatchObject({ error: { code: 'cross_site' } });
  });
});

describe('a route that forgets', () => {
  it('without an access declaration fails the start, naming the route', async () => {
    const app = Fastify();
    requireAccess(app);
    await expect(
      (async () => {
        app.get('/api/v1/forgot', async () => ({ secret: 1 }));
        await app.ready();
      })(),
    ).rejects.toThrow(/GET \/api\/v1\/forgot declares no access/);
    await app.close().catch(() => undefined);
  });

  it('declared, but reached without a principal: refused before its handler runs', async () => {
    const app = Fastify();
    requireAccess(app);
    const missed: string[] = [];
    requirePrincipal(app, (req) => missed.push(req.routeOptions.url ?? ''));
    let ran = false;
    app.decorateRequest('principal', null);
    app.get('/api/v1/data', { config: { access: 'read' } }, async () => ((ran = true), { secret: 1 }));
    app.get('/open', { config: { access: 'public' } }, async () => 'open');
    const res = await app.inject({ method: 'GET', url: '/api/v1/data' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(ran).toBe(false);
    expect(missed).toEqual(['/api/v1/data']);
    expect((await app.inject({ method: 'GET', url: '/open' })).statusCode).toBe(200);
    await app.close();
  });
});

describe('the review findings, against the real runner over HTTP', () => {
  let runner: ApiRunner;
  runnerPerFile((r) => (runner = r));

  it.each(['/%61pi/v1/events', '/%6detrics', '/%61pi/v1/status', '/%61pi/v1/settings'])(
    '%s without a token: a 400 in words, no data',
    async (target) => {
      const a = await rawRequest(runner.url, target, { headers: { host: new URL(runner.url).host }, bodyMs: 2000 });
      expect(a.cut, 'an answer that ends (not an event stream)').toBe(false);
      expect(a.status).toBe(400);
      expect(JSON.parse(a.body)).toMatchObject({ error: { code: 'not_canonical' } });
    },
  );

  it('a public route to a foreign Host (DNS rebinding) is refused too', async () => {
    const port = new URL(runner.url).port;
    const a = await rawRequest(runner.url, '/healthz', { headers: { host: `rebound.example:${port}` } });
    expect(a.status).toBe(403);
    expect(JSON.parse(a.body)).toMatchObject({ error: { code: 'host' } });
  });
});
