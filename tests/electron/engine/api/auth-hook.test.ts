/**
 * The door's limit on wrong credentials, in process (fastify's inject gives each request its
 * client address): 10 wrong tokens from one address, then 429 for anything it sends; and the
 * bound on addresses kept (MAX_AUTH_FAILURE_CLIENTS), filled past it: the address counted
 * longest ago is forgotten, and memory holds no more.
 */
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  AUTH_FAILURES_MAX,
  AUTH_FAILURES_WINDOW_MS,
  MAX_AUTH_FAILURE_CLIENTS,
  registerAuth,
} from '../../../../electron/engine/api/door/auth-hook';
import { createMetrics } from '../../../../electron/engine/api/metrics/metrics';
import { createSessionStore } from '../../../../electron/engine/api/sessions/sessions';
import { createTokenStore } from '../../../../electron/engine/api/tokens/tokens';
import { type Clock, systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import type { AppStatus } from '../../../../shared/contract';
import { FakeClock } from '../../../helpers/fake-clock';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const RIGHT = 'the-right-token-0123456789';
let app: FastifyInstance;
const metrics = createMetrics(() => ({}) as AppStatus, 'test');

/** The door alone on a fastify instance, with one read route, on this clock. */
async function doorOn(clock: Clock): Promise<FastifyInstance> {
  const door = Fastify({ logger: false });
  await door.register(fastifyCookie);
  await registerAuth(door, {
    tokens: await createTokenStore({ dataDir: null, settingsToken: RIGHT, legacy: async () => null, clock, logger }),
    sessions: await createSessionStore({ dataDir: null, clock, logger }),
    settings: { lan: false },
    clock,
    logger,
    metrics,
    audit: () => undefined,
    signIns: { signedIn: () => undefined, signedOut: () => undefined, signedOutEverywhere: () => undefined },
  });
  door.get('/api/v1/status', { config: { access: 'read' } }, async () => ({ ok: true }));
  await door.ready();
  return door;
}

beforeAll(async () => {
  app = await doorOn(systemClock);
});

afterAll(() => app?.close());

const get = (from: string, token: string, on: FastifyInstance = app) =>
  on.inject({
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

describe('the wait, on the monotonic clock (issue 73)', () => {
  it('ends a minute of monotonic time after it began, whatever the wall clock is set to', async () => {
    const clock = new FakeClock();
    const door = await doorOn(clock);
    try {
      for (let i = 0; i < AUTH_FAILURES_MAX; i++)
        expect((await get('10.9.0.1', `wrong-${i}`, door)).statusCode).toBe(401);
      expect((await get('10.9.0.1', RIGHT, door)).statusCode).toBe(429);
      // The wall clock set back an hour (or on a day) moves no wait.
      clock.set(clock.now() - 3_600_000);
      await clock.advance(AUTH_FAILURES_WINDOW_MS - 1000);
      const waiting = await get('10.9.0.1', RIGHT, door);
      expect(waiting.statusCode).toBe(429);
      expect(waiting.headers['retry-after']).toBe('1');
      clock.set(clock.now() + 86_400_000);
      await clock.advance(1000);
      expect((await get('10.9.0.1', RIGHT, door)).statusCode).toBe(200);
    } finally {
      await door.close();
    }
  });

  it('counts an IPv6 /64 as one address, and another /64 apart', async () => {
    const door = await doorOn(new FakeClock());
    try {
      for (let i = 0; i < AUTH_FAILURES_MAX; i++)
        expect((await get(`2001:db8:1:2::${i + 1}`, `wrong-${i}`, door)).statusCode).toBe(401);
      expect((await get('2001:db8:1:2:ffff::9', RIGHT, door)).statusCode).toBe(429);
      expect((await get('2001:db8:1:3::1', RIGHT, door)).statusCode).toBe(200);
    } finally {
      await door.close();
    }
  });
});
