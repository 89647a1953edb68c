/**
 * Huawei Cloud's and Tencent EdgeOne's own quirks against their stand-ins, beyond the providers'
 * contract: Huawei's list matches names fuzzily (a name under the host is not the host's record
 * set), and a zone neither account holds is a stop that names it, not a create.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../electron/engine/net';
import { startEdgeOne } from '../../../fakes/ddns/edgeone';
import { startHuawei } from '../../../fakes/ddns/huaweicloud';
import type { HttpStandIn } from '../../../fakes/ddns-http';

const udp = createUdpClient();
afterAll(() => udp.close());
const http = createDdnsHttp({ timeoutMs: 500 });
const signal = new AbortController().signal;
const HW = { ak: 'HPUAEXAMPLEKEY1234AB', sk: 'hw-secret' };
const EO = { secretId: 'AKIDquirks', secretKey: 'eo-secret' };

function build(record: Record<string, unknown>): DdnsUpdater {
  const deps = { udp, http, clock: { now: () => Date.now() }, timeoutMs: 2000 };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
}

let stand: HttpStandIn | undefined;
afterEach(async () => {
  await stand?.close();
  stand = undefined;
});

const huawei = (url: string, domain: string, name: string) => ({
  id: 'hw',
  provider: 'huaweicloud',
  type: 'A',
  domain,
  name,
  accessKeyId: HW.ak,
  secret: HW.sk,
  apiBase: url,
});

describe('Huawei Cloud', () => {
  it("changes the host's own record set, not one whose name only contains it", async () => {
    const s = await startHuawei(HW, 'example.org');
    stand = s;
    s.zone.add({ name: 'www.home.example.org', type: 'A', content: '192.0.2.7', ttl: 300 });
    s.zone.add({ name: 'home.example.org', type: 'A', content: '192.0.2.8', ttl: 300 });
    const out = await build(huawei(s.url, 'example.org', 'home.example.org')).update('198.51.100.9', signal);
    expect(out.kind).toBe('updated');
    expect(s.zone.holds('home.example.org', 'A')).toEqual(['198.51.100.9']);
    expect(s.zone.holds('www.home.example.org', 'A')).toEqual(['192.0.2.7']);
    expect(s.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('stops, naming the zone, when the account has no such zone to make the record in', async () => {
    const s = await startHuawei(HW, 'example.org');
    stand = s;
    const out = await build(huawei(s.url, 'example.net', 'home.example.net')).update('198.51.100.9', signal);
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('example.net');
    expect(s.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe('Tencent EdgeOne', () => {
  it('stops, naming the site, when the account has no such site', async () => {
    const s = await startEdgeOne(EO, 'example.org');
    stand = s;
    const record = {
      id: 'eo',
      provider: 'edgeone',
      type: 'A',
      domain: 'example.net',
      name: 'home.example.net',
      secretId: EO.secretId,
      secret: EO.secretKey,
      apiBase: s.url,
    };
    const out = await build(record).update('198.51.100.9', signal);
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('example.net');
    expect(s.requests.map((r) => r.headers['x-tc-action'])).toEqual(['DescribeZones']);
  });
});
