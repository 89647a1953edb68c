/**
 * A DNS record's Test (electron/engine/ddns/test-record.ts) says its answer as a code beside the
 * English (issue 62): a provider's refusal, a provider that cannot read a record, no confirmed
 * address yet, settings the schema refuses and no answer in time, each with its English written
 * from that code, so a page in another language says the same thing. Fakes at the network edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { testRecord, type TestRecordDeps } from '../../../../electron/engine/ddns/test-record';
import { createUdpClient } from '../../../../electron/engine/net';
import { inEnglish } from '../../../../electron/engine/reason';
import { ddnsTestResultSchema, type DdnsTestResult } from '../../../../shared/contract/ddns';
import type { Reason } from '../../../../shared/reason';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { FakeClock } from '../../../helpers/fake-clock';

const udp = createUdpClient();
let cf: CloudflareStandIn;

beforeAll(async () => {
  cf = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
    { id: 'r1', zone_id: 'z1', type: 'A', name: 'home.example.org', content: '192.0.2.1', proxied: false, ttl: 1 },
  ]);
});
afterAll(async () => {
  await Promise.all([cf.close(), udp.close()]);
});

const deps = (v4: string | null): TestRecordDeps => ({
  updaterDeps: { udp, http: ddnsHttp, clock: new FakeClock(), timeoutMs: 2000 },
  secrets: { env: {}, readFile: () => '' },
  clock: new FakeClock(),
  limitMs: 5000,
  address: (f) => (f === 4 ? v4 : null),
  addSecrets: () => undefined,
});
const cfRecord = (token = 'scoped-token-1234') => ({
  id: 'cf',
  provider: 'cloudflare',
  token,
  zone: 'example.org',
  name: 'home.example.org',
  apiBase: cf.url,
});

/** The answer's words and its code agree, and the contract takes it. */
function coded(r: DdnsTestResult) {
  // The contract keeps the code (an object schema would drop a field it does not know).
  expect(ddnsTestResultSchema.parse(r)).toEqual(r);
  expect(r.reason).toBeDefined();
  expect(inEnglish(r.reason! as Reason)).toBe(r.ok ? r.detail : r.error);
  return r.reason!;
}

describe("a record's Test carries its answer's code", () => {
  it('no confirmed address of the family yet: the English as before', async () => {
    const r = await testRecord({ ...cfRecord(), type: 'AAAA' }, deps('192.0.2.1'));
    expect(r).toMatchObject({ ok: false, error: 'no confirmed IPv6 address yet to compare the AAAA record with' });
    expect(coded(r)).toEqual({ code: 'reason.ddns.testNoAddress', values: { family: 6, type: 'AAAA' } });
  });

  it('an address confirmed, but the prefix the record names (@eth1) not on this host: said so, not "no address yet"', async () => {
    const withConfirmed = { ...deps('192.0.2.1'), confirmed: (f: 4 | 6) => (f === 6 ? '2001:db8:1:2::9' : null) };
    const r = await testRecord({ ...cfRecord(), type: 'AAAA', address: '::5@eth1' }, withConfirmed);
    expect(r).toMatchObject({
      ok: false,
      error: 'this host holds no address on the prefix the AAAA record names, so there is none to compare it with',
    });
    expect(coded(r)).toEqual({ code: 'reason.ddns.testNoTarget', values: { type: 'AAAA' } });
  });

  it('a provider that cannot read a record (dyndns2)', async () => {
    const rec = {
      id: 'd',
      provider: 'dyndns2',
      server: cf.url,
      username: 'u',
      password: 'p-1234',
      hostname: 'h.example.org',
    };
    const r = await testRecord(rec, deps('192.0.2.1'));
    expect(r).toMatchObject({ ok: true, holds: null });
    expect(coded(r).code).toBe('reason.ddns.cannotRead');
  });

  it("settings the schema refuses: the schema's lines, as before", async () => {
    const r = await testRecord({ ...cfRecord(), zoneId: 'not-32-hex' }, deps('192.0.2.1'));
    expect(r).toMatchObject({ ok: false, error: 'zoneId: expected the 32 hex digits Cloudflare shows as Zone ID' });
    expect(coded(r)).toEqual({ code: 'reason.ddns.badSettings', values: { issues: r.ok ? '' : r.error } });
  });

  it("a provider's refusal: the provider's own code", async () => {
    const r = await testRecord(cfRecord('another-token-9999'), deps('192.0.2.1'));
    expect(r.ok).toBe(false);
    expect(coded(r).code).toMatch(/^reason\.ddns\./);
  });
});
