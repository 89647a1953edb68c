/**
 * The API's door, through the real headless runner on 127.0.0.1 watching local sources:
 * the token on every route but /healthz, cross-site refusal, the browser sign-in cookie and
 * the limit on failed sign-ins, and the OpenAPI document (validated as OpenAPI 3.1).
 */
import { statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';

import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { API_BASE, API_METHODS, api } from '../../../../shared/contract';
import { appStatusSchema } from '../../../../shared/contract/status';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { fromAddress } from '../../../helpers/from-address';
import { standInWebDir } from '../../../helpers/web-dir';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  runner = await startApiRunner({ world, env: { IPWATCH_WEB_DIR: standInWebDir() } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

const noAuth = { headers: { authorization: '' } };

describe('the token', () => {
  it('is made at first run, kept in the data folder readable by its owner only', () => {
    expect(runner.token).toMatch(/^[\w-]{43}$/);
    expect(statSync(path.join(runner.dataDir, 'api-token')).mode & 0o777).toBe(0o600);
  });

  it('is needed by every contract route: 401 without it, 401 with a wrong one', async () => {
    for (const name of API_METHODS) {
      const { method, path: p } = api[name].http;
      const init = method === 'GET' ? {} : { method, json: {} };
      const none = await runner.fetch(`${API_BASE}${p}`, { ...init, ...noAuth });
      expect(none.status, `${name} without a token`).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      // Each wrong try from an address of its own: 10 from one address in a minute are the limit.
      const client = fromAddress(`127.0.1.${API_METHODS.indexOf(name) + 1}`);
      const wrong = await client.fetch(`${runner.url}${API_BASE}${p}`, {
        method,
        headers: { authorization: 'Bearer nope', 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      await client.close();
      expect(wrong.status, `${name} with a wrong token`).toBe(401);
    }
    for (const p of ['/metrics', `${API_BASE}/events`, `${API_BASE}/openapi.json`]) {
      expect((await runner.fetch(p, noAuth)).status, p).toBe(401);
    }
  });

  it('opens the routes; the status answer fits its schema', async () => {
    const res = await runner.fetch(`${API_BASE}/status`);
    expect(res.status).toBe(200);
    const parsed = appStatusSchema.safeParse(await res.json());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.families.v4.ip).toBe('81.2.69.142');
    // The runner's own memory: the store's wasm memory lies outside the V8 heap, and RSS holds both.
    const p = parsed.data!.process;
    expect(p.heapUsedBytes).toBeGreaterThan(1e6);
    expect(p.heapTotalBytes).toBeGreaterThanOrEqual(p.heapUsedBytes);
    expect(p.externalBytes).toBeGreaterThan(1e6);
    expect(p.rssBytes).toBeGreaterThan(p.heapUsedBytes + p.externalBytes / 2);
    // The native part is defined once (shared/process-memory.ts): RSS outside the heap V8 reserved.
    expect(p.nativeBytes).toBe(Math.max(0, p.rssBytes - p.heapTotalBytes));
    expect(p.nativeBytes).toBeGreaterThan(0);
    // Both are parts of what lies outside the heap: the buffers, and SQLite's memory (loaded by the store).
    expect(p.arrayBuffersBytes).toBeGreaterThan(0);
    expect(p.wasmMemoryBytes).toBeGreaterThan(1e6);
    expect(p.arrayBuffersBytes + p.wasmMemoryBytes).toBeLessThanOrEqual(p.externalBytes);
    expect(p.uptimeSec).toBeGreaterThanOrEqual(0);
  });

  it('is not needed by /healthz, which says how old the last check is', async () => {
    const res = await runner.fetch('/healthz', noAuth);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; lastCheckAgeSec: number | null };
    expect(body.ok).toBe(true);
    expect(body.lastCheckAgeSec).toBeGreaterThanOrEqual(0);
  });
});

describe('the dashboard', () => {
  it('is served at / with its assets, and its own routes get index.html, without the token', async () => {
    const index = await runner.fetch('/', noAuth);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>IPWatch</title>');
    const asset = await runner.fetch('/assets/app.js', noAuth);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const route = await runner.fetch('/history', noAuth);
    expect(await route.text()).toContain('<title>IPWatch</title>');
  });

  it('never hands index.html for an unknown API route', async () => {
    const res = await runner.fetch('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('cross-site requests', () => {
  it.each([
    ['an Origin of another site', { origin: 'http://evil.example' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
    ['a null Origin', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('are refused with 403, even with the token: %s', async (_what, headers) => {
    const res = await runner.fetch(`${API_BASE}/pause`, { method: 'POST', headers });
    expect(res.status).toBe(403);
    const status = (await (await runner.fetch(`${API_BASE}/status`)).json()) as { pausedSince: number | null };
    expect(status.pausedSince).toBeNull();
  });

  it('naming another host (DNS rebinding) are refused with 403, even with the token', async () => {
    const { port } = new URL(runner.url);
    const res = await new Promise<number>((resolve, reject) => {
      // fetch() will not set Host; a raw request can, as a rebound browser page would.
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `${API_BASE}/status`,
          headers: { host: `evil.example:${port}`, authorization: `Bearer ${runner.token}` },
        },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(res).toBe(403);
    expect((await runner.fetch(`${API_BASE}/status`)).status).toBe(200);
  });

  it('from the dashboard itself (same origin) are served', async () => {
    const origin = new URL(runner.url).origin;
    const res = await runner.fetch(`${API_BASE}/status`, { headers: { origin, 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI and lists every contract method at its route', async () => {
    const res = await runner.fetch(`${API_BASE}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string; description?: string }>>;
      components: { securitySchemes: { bearer: { description: string } } };
    };
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? null).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    for (const name of API_METHODS) {
      const { method, path: p } = api[name].http;
      const op = doc.paths[`${API_BASE}${p}`]?.[method.toLowerCase()];
      expect(op?.operationId, name).toBe(name);
      // The role it needs: a test or a check now sends a request outside, so it is an admin's (issue 50).
      const role = api[name].mutates
        ? 'Role: admin (a change).'
        : api[name].acts
          ? 'Role: admin (sends or spends a request outside).'
          : 'adminOnly' in api[name]
            ? 'Role: admin (a read only an admin may see).'
            : 'Role: admin or viewer (reads or changes nothing).';
      expect(op?.description, name).toBe(role);
    }
    expect(doc.paths[`${API_BASE}/channels/test`]?.post?.description).toMatch(/sends or spends a request outside/);
    // Who is signed in is an admin's read (issue 50).
    expect(doc.paths[`${API_BASE}/sessions`]?.get?.description).toBe('Role: admin (a read only an admin may see).');
    expect(doc.paths[`${API_BASE}/sessions/revoke`]?.post?.description).toBe('Role: admin (a change).');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/metrics', `${API_BASE}/events`]));
    // The roles and the token commands (issue 50's "in the OpenAPI document").
    for (const words of ['admin, viewer or metrics', 'token create', 'token list', 'token rotate', 'token revoke'])
      expect(doc.components.securitySchemes.bearer.description).toContain(words);
  });
});

describe('browser sign-in', () => {
  const signIn = (token: string) => runner.fetch(`${API_BASE}/session`, { method: 'POST', json: { token }, ...noAuth });

  it('gives an HttpOnly SameSite=Lax cookie of a server-side session that opens the API; a forged one does not', async () => {
    const res = await signIn(runner.token);
    expect(res.status).toBe(204);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ipwatch_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const pair = cookie.split(';')[0]!;
    const withCookie = { headers: { authorization: '', cookie: pair } };
    expect((await runner.fetch(`${API_BASE}/status`, withCookie)).status).toBe(200);
    expect((await runner.fetch(`${API_BASE}/session`, withCookie)).status).toBe(204);
    expect((await runner.fetch(`${API_BASE}/session`, noAuth)).status).toBe(401);

    const forged = `ipwatch_session=${'A'.repeat(43)}`;
    expect((await runner.fetch(`${API_BASE}/status`, { headers: { authorization: '', cookie: forged } })).status).toBe(
      401,
    );

    const out = await runner.fetch(`${API_BASE}/session`, { method: 'DELETE', ...withCookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/ipwatch_session=;/);
    // Ended on the server: the same cookie kept by hand opens nothing.
    expect((await runner.fetch(`${API_BASE}/status`, withCookie)).status).toBe(401);
  });

  it('with a wrong token is refused; after 10 failures that address waits (429, Retry-After), another is served', async () => {
    const client = fromAddress('127.0.0.5');
    const from5 = (token: string) =>
      client.fetch(`${runner.url}${API_BASE}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await from5(`wrong-${i}`);
        expect(res.status).toBe(401);
        expect(res.headers.get('set-cookie')).toBeNull();
      }
      const limited = await from5(runner.token);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('set-cookie')).toBeNull();
      // Another address (the runner's own 127.0.0.1) is not held by it.
      expect((await signIn(runner.token)).status).toBe(204);
      expect((await runner.fetch(`${API_BASE}/status`)).status).toBe(200);
      const metrics = await (await runner.fetch('/metrics')).text();
      expect(metrics).toMatch(/^ipwatch_auth_failures_total\{reason="failed_sign_in"\} (1\d|[2-9]\d)$/m);
      expect(metrics).toMatch(/^ipwatch_auth_failures_total\{reason="limited"\} [1-9]\d*$/m);
    } finally {
      await client.close();
    }
  });
});
