/**
 * The Settings page's Test of a record (electron/engine/ddns/test-record.ts) against the
 * providers' stand-ins: credentials and the record read, nothing changed; a provider that cannot
 * read says so; a refused token, a missing address and a server that never answers are errors.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { CANNOT_READ, testRecord, type TestRecordDeps } from '../../../../electron/engine/ddns/test-record';
import { createUdpClient } from '../../../../electron/engine/net';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock, settle } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const udp = createUdpClient();
let cf: CloudflareStandIn;
let dyn: Dyndns2StandIn;
let silent: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  cf = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
    { id: 'r1', zone_id: 'z1', type: 'A', name: 'home.example.org', content: '192.0.2.1', proxied: true, ttl: 1 },
  ]);
  dyn = await startDyndns2('user', 'dyn-password-1234', ['home.example.org']);
  // Accepts and never answers: a provider that hangs.
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all([cf.close(), dyn.close(), new Promise((r) => silent.close(r)), udp.close()]);
});

function deps(clock: FakeClock, v4: string | null, timeoutMs = 2000): TestRecordDeps {
  return {
    updaterDeps: { udp, http: ddnsHttp, clock, timeoutMs },
    secrets: { env: {}, readFile: () => '' },
    clock,
    limitMs: 5000,
    address: (f) => (f === 4 ? v4 : null),
    addSecrets: () => undefined,
  };
}
const cfRecord = (token = 'scoped-token-1234', apiBase = cf.url) => ({
  id: 'cf',
  provider: 'cloudflare',
  token,
  zone: 'example.org',
  name: 'home.example.org',
  apiBase,
});

describe('testDdnsRecord', () => {
  it('Cloudflare: reads the record, says whether it holds the address, changes nothing', async () => {
    const clock = new FakeClock();
    const holds = await testRecord(cfRecord(), deps(clock, '192.0.2.1'));
    expect(holds).toMatchObject({ ok: true, holds: true });
    const differs = await testRecord(cfRecord(), deps(clock, '198.51.100.7'));
    expect(differs).toMatchObject({ ok: true, holds: false });
    expect(cf.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(cf.records[0]!.content).toBe('192.0.2.1');
  });

  it("a refused token is an error, with the provider's words", async () => {
    const r = await testRecord(cfRecord('another-token-9999'), deps(new FakeClock(), '192.0.2.1'));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/403|Authentication/) });
  });

  it('dyndns2 cannot read a record: says so, and sends nothing', async () => {
    const rec = {
      id: 'd',
      provider: 'dyndns2',
      server: dyn.url,
      username: 'user',
      password: 'dyn-password-1234',
      hostname: 'home.example.org',
    };
    expect(await testRecord(rec, deps(new FakeClock(), '192.0.2.1'))).toMatchObject({
      ok: true,
      holds: null,
      detail: CANNOT_READ,
    });
    expect(dyn.requests).toHaveLength(0);
  });

  it('no confirmed address of the family yet, and a record that cannot be built, are errors', async () => {
    expect(await testRecord(cfRecord(), deps(new FakeClock(), null))).toMatchObject({
      ok: false,
      error: expect.stringContaining('no confirmed IPv4'),
    });
    const bad = {
      id: 'b',
      provider: 'rfc2136',
      server: '127.0.0.1',
      zone: 'example.org',
      name: 'home.example.org',
      keyName: 'k',
      secret: 'not base64 !!',
    };
    expect(await testRecord(bad, deps(new FakeClock(), '192.0.2.1'))).toMatchObject({ ok: false });
  });

  it('a provider that never answers: bounded by the limit', async () => {
    const clock = new FakeClock();
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const pending = testRecord(cfRecord('scoped-token-1234', url), deps(clock, '192.0.2.1', 600_000));
    await until(() => sockets.length > 0, { what: 'the request at the silent server' });
    await clock.advance(5000);
    await settle();
    expect(await pending).toEqual({
      ok: false,
      error: 'no answer within 5 s',
      reason: { code: 'reason.ddns.testNoAnswer', values: { seconds: 5 } },
      ms: 5000,
    });
  });
});
