/**
 * The door's limit on wrong credentials, in process (fastify's inject gives each request its
 * client address): 10 wrong tokens from one address, then 429 for anything it sends; and the
 * bound on addresses kept (MAX_AUTH_FAILURE_CLIENTS), filled past it: the address counted
 * longest ago is forgotten, and memory holds no more.
 */
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUTH_FAILURES_MAX, MAX_AUTH_FAILURE_CLIENTS, registerAuth } from '../../../../electron/engine/api/auth-hook';
import { createMetrics } from '../../../../electron/engine/api/metrics';
import { createSessionStore } from '../../../../electron/engine/api/sessions';
import { createTokenStore } from '../../../../electron/engine/api/tokens';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import type { AppStatus } from '../../../../shared/contract';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const RIGHT = 'the-right-token-0123456789';
let app: FastifyInstance;
const metrics = createMetrics(() => ({}) as AppStatus, 'test');

beforeAll(async () => {
  app = Fastify({ logger: false });
  await app.register(fastifyCookie);
  await registerAuth(app, {
    tokens: await createTokenStore({
      dataDir: null,
      settingsToken: RIGHT,
      legacy: async () => null,
      clock: systemClock,
      logger,
    }),
    sessions: await createSessionStore({ dataDir: null, clock: systemClock, logger }),
    settings: { lan: false },
    clock: systemClock,
    logger,
    metrics,
    audit: () => undefined,
    signIns: { signedIn: () => undefined, signedOut: () => undefined, signedOutEverywhere: () => undefined },
  });
  app.get('/api/v1/status', { config: { access: 'read' } }, async () => ({ ok: true }));
  await app.ready();
});

afterAll(() => app?.close());

const get = (from: string, token: string) =>
  app.inject({
    method: 'GET',
    url: '/api/v1/status',
    remoteAddress: from,
    headers: { host: '127.0.0.1', authorization: `Bearer ${token}` },
  });

describe('wrong tokens per client address', () => {
  it(`takes ${AUTH_FAILURES_MAX}, then answers 429 with Retry-After to anything from that address`, async () => {
    for (let i = 0; i < AUTH_FAILURES_MAX; i++) expect((await get('10.0.0.1', `wrong-${i}`)).statusCode).toBe(401);
    const limited = await get('10.0.0.1', RIGHT);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get('10.0.0.2', RIGHT)).statusCode).toBe(200);
  });

  it(`keeps at most ${MAX_AUTH_FAILURE_CLIENTS} addresses: past it, the one counted longest ago is forgotten`, async () => {
    expect((await get('10.0.0.1', RIGHT)).statusCode).toBe(429);
    for (let i = 0; i < MAX_AUTH_FAILURE_CLIENTS; i++) {
      const from = `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
      expect((await get(from, 'wrong')).statusCode).toBe(401);
    }
    // 10.0.0.1 left the kept addresses: it is counted from nothing again.
    expect((await get('10.0.0.1', RIGHT)).statusCode).toBe(200);
  });
});
