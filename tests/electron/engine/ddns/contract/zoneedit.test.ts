/**
 * ZoneEdit against its stand-in (tests/fakes/ddns/zoneedit.ts): the providers' contract, its
 * 10 minutes between updates, and its answers read.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { readZoneedit } from '../../../../../electron/engine/ddns/providers/zoneedit';
import { createUdpClient } from '../../../../../electron/engine/net';
import { startZoneedit } from '../../../../fakes/ddns/zoneedit';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { username: 'zoneedit-user', token: 'ZE0123456789ABCDEF' };

providerContract('ZoneEdit', {
  start: () => startZoneedit(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `zoneedit-${o.type.toLowerCase()}`,
    provider: 'zoneedit',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    username: ACCOUNT.username,
    token: o.wrongCredentials ? 'wrong' : ACCOUNT.token,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.url.pathname === '/auth/dynamic.html',
});

describe('ZoneEdit: its 10 minutes between updates', () => {
  const udp = createUdpClient();
  afterAll(() => udp.close());

  it('a second update within 10 minutes is answered 702, a retry no sooner than 10 minutes', async () => {
    let t = 1_000_000;
    const s = await startZoneedit(ZONE, ACCOUNT, { minIntervalMs: 600_000, now: () => t });
    try {
      const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => t }, timeoutMs: 2000 };
      const record = { id: 'ze', provider: 'zoneedit', type: 'A', name: HOST, ...ACCOUNT, apiBase: s.url };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      const signal = new AbortController().signal;
      expect(await built.updater.update('192.0.2.1', signal)).toMatchObject({ kind: 'updated' });
      t += 60_000;
      const soon = await built.updater.update('192.0.2.2', signal);
      expect(soon).toMatchObject({ kind: 'retry', afterMs: 600_000 });
      expect(soon.kind === 'retry' && soon.reason).toContain('Minimum 600 seconds between requests (702)');
      t += 600_000;
      expect(await built.updater.update('192.0.2.2', signal)).toMatchObject({ kind: 'updated' });
      expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.2']);
    } finally {
      await s.close();
    }
  });
});

describe('ZoneEdit: its answers, read', () => {
  const api = { provider: 'ZoneEdit', label: 'ZoneEdit home.example.org A' };
  it.each([
    ['<SUCCESS CODE="200" TEXT="Update succeeded." ZONE="example.org" IP="192.0.2.1">', 'updated'],
    ['<SUCCESS CODE="201" TEXT="No records need updating." ZONE="example.org">', 'unchanged'],
    ['<ERROR CODE="707" TEXT="Duplicate updates for the same host/ip, adjust client settings" ZONE="x">', 'retry'],
    ['<ERROR CODE="708" TEXT="Failed login" ZONE="">', 'stop'],
    ['<ERROR CODE="701" TEXT="Zone is not set up in this account." ZONE="bad.com">', 'stop'],
    ['', 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readZoneedit(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toMatch(/maintenance|<ERROR|CODE=/);
  });
});
