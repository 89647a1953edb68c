/**
 * Route 53's own quirks beyond the providers' contract (contract/route53.test.ts): its list
 * answers the record sets from the asked name on, so a missing name answers with the next one,
 * which is not the record; a missing hosted zone is a stop with Route 53's words; its rate
 * limit, said with a 400 Throttling, and a change still in progress are retries, not stops; and
 * ddns-updater's route53 entry (docs/route53.md) becomes a record.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { importDdnsUpdater } from '../../../../../electron/engine/ddns/import-ddns-updater';
import { createUdpClient } from '../../../../../electron/engine/net';
import { ddnsRecordSchema } from '../../../../../shared/settings/ddns';
import { type Route53StandIn, startRoute53 } from '../../../../fakes/ddns/route53';

const KEYS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const udp = createUdpClient();
afterAll(() => udp.close());
const signal = new AbortController().signal;

const build = (record: Record<string, unknown>) => {
  const deps = { udp, http: createDdnsHttp({ timeoutMs: 500 }), clock: { now: () => Date.now() }, timeoutMs: 2000 };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
};

describe('Route 53', () => {
  let s: Route53StandIn;
  beforeEach(async () => {
    s = await startRoute53(KEYS, 'Z0123456789ABC', 'example.org');
  });
  afterEach(() => s.close());
  const record = (more: Record<string, unknown> = {}) => ({
    id: 'r53',
    provider: 'route53',
    zoneId: '/hostedzone/Z0123456789ABC',
    name: 'home.example.org',
    accessKeyId: KEYS.accessKeyId,
    secret: KEYS.secret,
    apiBase: s.url,
    ...more,
  });

  it('a missing name answered with the next set in the zone is made, the next left alone', async () => {
    s.zone.add({ name: 'www.example.org', type: 'A', content: '192.0.2.99', ttl: 300 });
    const u = build(record());
    expect((await u.update('192.0.2.10', signal)).kind).toBe('updated');
    expect(s.zone.holds('home.example.org', 'A')).toEqual(['192.0.2.10']);
    expect(s.zone.holds('www.example.org', 'A')).toEqual(['192.0.2.99']);
    expect(s.zone.find('home.example.org', 'A')[0]!.ttl).toBe(300);
  });

  it('over its rate limit (a 400 Throttling) waits and tries again; the record is not stopped', async () => {
    const u = build(record());
    // Route 53's 5 requests a second, spent by others of the account.
    const spend = Array.from({ length: 5 }, () => fetch(`${s.url}/2013-04-01/hostedzone/Z0123456789ABC/rrset`));
    await Promise.all(spend);
    const out = await u.update('192.0.2.10', signal);
    expect(out.kind).toBe('retry');
    expect(out.kind === 'retry' && out.reason).toMatch(/rate|limit/i);
    expect(out.kind === 'retry' && out.reason).toContain('Rate exceeded');
    expect(s.zone.holds('home.example.org', 'A')).toEqual([]);
  });

  it('a change still in progress (400 PriorRequestNotComplete) is a retry too, another 400 a stop', async () => {
    const xml = (code: string) =>
      `<?xml version="1.0"?>\n<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>words</Message></Error></ErrorResponse>`;
    s.fault = { status: 400, body: xml('PriorRequestNotComplete') };
    expect((await build(record()).update('192.0.2.10', signal)).kind).toBe('retry');
    s.fault = { status: 400, body: xml('InvalidChangeBatch') };
    expect((await build(record()).update('192.0.2.10', signal)).kind).toBe('stop');
  });

  it("a hosted zone that is not there is a stop, in Route 53's words", async () => {
    const out = await build(record({ zoneId: 'ZNOTTHERE' })).update('192.0.2.10', signal);
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('No hosted zone found with ID: ZNOTTHERE');
    expect(JSON.stringify(out)).not.toContain('<Error>');
  });
});

describe("Route 53: ddns-updater's entry", () => {
  it('becomes one record holding each of its fields', () => {
    const { records, refused } = importDdnsUpdater({
      settings: [
        {
          provider: 'route53',
          domain: 'home.example.com',
          ip_version: 'ipv4',
          access_key: 'AKIAIOSFODNN7EXAMPLE',
          secret_key: 'ffffffffffffffffffffffffffffffffffffffff',
          zone_id: 'A30888735ZF12K83Z6F00',
          ttl: 600,
        },
      ],
    });
    expect(refused).toEqual([]);
    expect(records).toHaveLength(1);
    expect(ddnsRecordSchema.parse(records[0])).toMatchObject({
      provider: 'route53',
      type: 'A',
      zoneId: 'A30888735ZF12K83Z6F00',
      name: 'home.example.com',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secret: 'ffffffffffffffffffffffffffffffffffffffff',
      ttl: 600,
    });
  });
});
