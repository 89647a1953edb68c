/**
 * Domeneshop's own answers beyond the presets' contract (contract/dyndns2-presets.test.ts): its
 * status alone says the outcome, 204 for an update made, 404 for a host name the account does
 * not hold (a stop in words, nothing written), 401 for refused credentials.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../../electron/engine/net';
import { type Dyndns2PresetStandIn, startDyndns2Preset } from '../../../../fakes/dyndns2';

const ACCOUNT = { user: 'domeneshop-token', password: 'domeneshop-secret', hosts: ['home.example.no'] };
const udp = createUdpClient();
afterAll(() => udp.close());
const signal = new AbortController().signal;

describe('Domeneshop', () => {
  let s: Dyndns2PresetStandIn;
  beforeEach(async () => {
    s = await startDyndns2Preset(ACCOUNT, 'example.no', { path: '/v0/dyndns/update', statusOnly: true });
  });
  afterEach(() => s.close());

  const update = async (hostname: string, password = ACCOUNT.password) => {
    const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => Date.now() }, timeoutMs: 2000 };
    const record = { id: 'd', provider: 'domeneshop', type: 'A', username: ACCOUNT.user, password, hostname };
    const built = buildUpdater({ ...record, server: s.url }, deps, { env: {}, readFile: () => '' });
    if (!built.ok) throw new Error(built.reason);
    return built.updater.update('192.0.2.1', signal);
  };

  it('sends the token and secret by basic auth to /v0/dyndns/update; 204 is updated', async () => {
    expect(await update('home.example.no')).toMatchObject({ kind: 'updated' });
    const [req] = s.requests;
    expect(req!.url.pathname).toBe('/v0/dyndns/update');
    expect(Object.fromEntries(req!.url.searchParams)).toEqual({ hostname: 'home.example.no', myip: '192.0.2.1' });
    expect(req!.headers.authorization).toBe(
      `Basic ${Buffer.from('domeneshop-token:domeneshop-secret').toString('base64')}`,
    );
  });

  it('a host name the account does not hold (404) is a stop in words, nothing written', async () => {
    const out = await update('other.example.no');
    expect(out).toMatchObject({ kind: 'stop' });
    expect(out.kind === 'stop' && out.code).toBeTruthy();
    expect(out.kind === 'stop' && out.reason).toContain('404');
    expect(s.zone.writes).toBe(0);
  });

  it('refused credentials (401) are a stop', async () => {
    expect(await update('home.example.no', 'wrong')).toMatchObject({ kind: 'stop' });
    expect(s.zone.writes).toBe(0);
  });
});
