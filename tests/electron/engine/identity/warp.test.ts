/**
 * Cloudflare WARP reaches the identity: the built-in trace source, pointed at a stand-in that
 * answers as https://1.1.1.1/cdn-cgi/trace does (one `key=value` a line; `warp=on` when the
 * connection came through WARP, `warp=plus` through WARP+, `warp=off` otherwise, as Cloudflare's
 * WARP documentation has users check: https://developers.cloudflare.com/warp-client/ "verify WARP
 * is on" at /cdn-cgi/trace), passes the word on, and the address is flagged "VPN service"
 * wherever its identity is shown (formatIdentity), the real databases naming the rest.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { BUILTIN_SOURCES } from '../../../../electron/engine/sources';
import { createHttpSource, type HttpSourceSpec } from '../../../../electron/engine/sources/http';
import { identityServiceFor } from '../../../../electron/host/identity';
import { english } from '../../../../shared/i18n/translators';
import { formatIdentity } from '../../../../shared/identity';
import { startHttpStandIn, type HttpStandIn } from '../../../fakes/ddns-http';

const trace = (ip: string, warp: string) =>
  [
    'fl=29f123',
    'h=1.1.1.1',
    `ip=${ip}`,
    'ts=1764120000.123',
    'visit_scheme=https',
    'uag=IPWatch/test',
    'colo=FRA',
    'sliver=none',
    'http=http/1.1',
    'loc=DE',
    'tls=TLSv1.3',
    'sni=off',
    `warp=${warp}`,
    'gateway=off',
    'rbi=off',
    'kex=X25519',
    '',
  ].join('\n');

const http = createHttpClient({ userAgent: 'IPWatch/test' });
const net = { http, udp: createUdpClient() };
let dir: string;
let answer = { ip: '79.192.1.1', warp: 'on' };
let stand: HttpStandIn;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-warp-'));
  stand = await startHttpStandIn(() => ({ status: 200, body: trace(answer.ip, answer.warp) }));
});
afterAll(async () => {
  await stand.close();
  await http.close();
  await net.udp.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the trace's warp= reaches the identity", () => {
  const builtIn = BUILTIN_SOURCES.find((s) => s.id === 'cloudflare-trace-v4') as HttpSourceSpec;

  it.each([
    ['on', 'warp', 'AS3320 Deutsche Telekom AG, DE (VPN service)'],
    ['plus', 'warp', 'AS3320 Deutsche Telekom AG, DE (VPN service)'],
    ['off', null, 'AS3320 Deutsche Telekom AG, DE'],
  ] as const)('warp=%s: flag %s', async (warp, flag, shown) => {
    const service = identityServiceFor(dir);
    try {
      const source = createHttpSource(
        { ...builtIn, url: `${stand.url}/cdn-cgi/trace` },
        { net, timeoutMs: 5000, userAgent: 'IPWatch/test', now: Date.now, onWords: service.noteWords },
      );
      answer = { ip: '79.192.1.1', warp };
      expect(await source.query(AbortSignal.timeout(5000))).toBe('79.192.1.1');
      expect(service.identify('79.192.1.1')?.vpn).toBe(flag);
      expect(formatIdentity(service.identify('79.192.1.1'), english)).toBe(shown);
      // Only that address: another one the trace never vouched for is not flagged.
      expect(service.identify('8.8.4.4')?.vpn).toBe('hosting-asn');
    } finally {
      service.close();
    }
  });

  it('a later trace without WARP clears the flag of that address', async () => {
    const service = identityServiceFor(dir);
    const source = createHttpSource(
      { ...builtIn, url: `${stand.url}/cdn-cgi/trace` },
      { net, timeoutMs: 5000, userAgent: 'IPWatch/test', now: Date.now, onWords: service.noteWords },
    );
    answer = { ip: '79.192.1.1', warp: 'on' };
    await source.query(AbortSignal.timeout(5000));
    expect(service.identify('79.192.1.1')?.vpn).toBe('warp');
    answer = { ip: '79.192.1.1', warp: 'off' };
    await source.query(AbortSignal.timeout(5000));
    expect(service.identify('79.192.1.1')?.vpn).toBeNull();
    service.close();
  });
});
