/**
 * Where checks leave from (issue 76), through the real clients and sources on loopback: Linux
 * answers every 127.0.0.0/8 address on `lo`, so a source asked "from 127.0.0.2" is seen by the
 * stand-in from 127.0.0.2 (the echo, DNS and STUN stand-ins of tests/fakes answer the client's
 * own address in their 'echo-remote' mode). The interfaces are given as os.networkInterfaces()
 * would list them; a choice that cannot be used fails the request before anything is sent, in words.
 * The network namespace test (tests/electron/headless/two-uplinks-netns.test.ts) does the same over
 * two real uplinks.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { leavingFrom } from '../../../../electron/engine/net/local-address';
import type { NetClients } from '../../../../electron/engine/net/types';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createDnsSource } from '../../../../electron/engine/sources/dns';
import { createHttpSource } from '../../../../electron/engine/sources/http';
import { createInterfaceSource } from '../../../../electron/engine/sources/interface';
import { createStunSource } from '../../../../electron/engine/sources/stun';
import { type IpSource, SourceError, type SourceDeps } from '../../../../electron/engine/sources/types';
import type { InterfaceList } from '../../../../shared/egress-from';
import { startDnsServer } from '../../../fakes/dns-server';
import { startHttpEcho } from '../../../fakes/http-echo';
import { startStunServer } from '../../../fakes/stun-server';

const linux = process.platform === 'linux';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const v4 = (address: string) => ({ address, family: 'IPv4', internal: false });
/** Two "uplinks" on loopback, and one that lost its address. */
let interfaces: InterfaceList = { up1: [v4('127.0.0.1')], up2: [v4('127.0.0.2')], gone: [] };
const choice = { 4: 'up2', 6: '' };

function clients(): NetClients {
  const http = createHttpClient({ userAgent: 'IPWatch/test' });
  const udp = createUdpClient();
  cleanup.push(
    () => http.close(),
    () => udp.close(),
  );
  return leavingFrom(
    { http, udp },
    (f) => choice[f],
    () => interfaces,
  );
}

const deps = (net: NetClients): SourceDeps => ({ net, timeoutMs: 3000, userAgent: 'IPWatch/test', now: Date.now });
const ask = (s: IpSource) => s.query(AbortSignal.timeout(3000));

async function sources(net: NetClients) {
  const echo = await startHttpEcho();
  const dns = await startDnsServer();
  const stun = await startStunServer();
  cleanup.push(
    () => echo.close(),
    () => dns.close(),
    () => stun.close(),
  );
  for (const s of [echo, dns, stun]) s.setFault('echo-remote');
  const base = { provider: 'test', family: 4 as const };
  return {
    echo,
    http: createHttpSource({ ...base, kind: 'http', id: 'h', url: `${echo.url}/`, format: 'text' }, deps(net)),
    dns: createDnsSource(
      { ...base, kind: 'dns', id: 'd', server: dns.server, name: 'me.test', type: 'A', class: 'IN' },
      deps(net),
    ),
    stun: createStunSource({ ...base, kind: 'stun', id: 's', server: stun.server }, deps(net)),
  };
}

describe.skipIf(!linux)('the checks leave from the chosen interface (loopback, 127.0.0.0/8)', () => {
  it('each kind of source is seen from the chosen interface, and from the next one when the choice moves', async () => {
    interfaces = { up1: [v4('127.0.0.1')], up2: [v4('127.0.0.2')], gone: [] };
    const { http, dns, stun } = await sources(clients());
    choice[4] = 'up2';
    for (const s of [http, dns, stun]) expect(await ask(s), s.id).toBe('127.0.0.2');
    // An address of this machine, named as itself.
    choice[4] = '127.0.0.3';
    interfaces = { ...interfaces, lo: [v4('127.0.0.3')] };
    for (const s of [http, dns, stun]) expect(await ask(s), s.id).toBe('127.0.0.3');
    // The interface's address moved: read again at the next request.
    choice[4] = 'up2';
    interfaces = { ...interfaces, up2: [v4('127.0.0.4')] };
    for (const s of [http, dns, stun]) expect(await ask(s), s.id).toBe('127.0.0.4');
  });

  it('a choice that cannot be used fails every kind before anything is sent, saying why', async () => {
    interfaces = { up1: [v4('127.0.0.1')], gone: [] };
    const { echo, http, dns, stun } = await sources(clients());
    const cases: [string, RegExp][] = [
      ['eth9', /there is no interface eth9/],
      ['gone', /the interface gone has no IPv4 address/],
      ['127.0.0.9', /no interface holds the address 127\.0\.0\.9/],
      ['::1', /::1 is not an IPv4 address/],
    ];
    for (const [chosen, words] of cases) {
      choice[4] = chosen;
      for (const s of [http, dns, stun]) {
        const err = await ask(s).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, `${s.id} from ${chosen}`).toBeInstanceOf(SourceError);
        expect((err as SourceError).code).toBe('no-egress');
        expect((err as SourceError).message).toMatch(words);
        expect((err as SourceError).why?.code).toBe('reason.source.noEgress');
      }
    }
    expect(echo.requests).toBe(0);
  });
});

describe('the interface source', () => {
  const spec = { kind: 'interface' as const, id: 'own', provider: 'own', interface: 'wan' };
  const own = (list: InterfaceList, family: 4 | 6) =>
    createInterfaceSource({ ...spec, family }, { ...deps(clients()), interfaces: () => list });

  it("answers the interface's global address of its family, as it is at each query", async () => {
    const list: Record<string, { address: string; family: string; internal: boolean }[]> = {
      wan: [v4('10.0.0.2'), v4('81.2.69.142'), { address: 'fe80::1', family: 'IPv6', internal: false }],
    };
    expect(await ask(own(list, 4))).toBe('81.2.69.142');
    list.wan = [
      { address: 'fd00::2', family: 'IPv6', internal: false },
      { address: '2a02:8070::2', family: 'IPv6', internal: false },
    ];
    expect(await ask(own(list, 6))).toBe('2a02:8070::2');
  });

  it('says so when the interface holds no global address, or is not there', async () => {
    await expect(ask(own({ wan: [v4('192.168.1.2')] }, 4))).rejects.toMatchObject({
      code: 'parse',
      message: 'the interface wan holds no global IPv4 address',
    });
    await expect(ask(own({}, 6))).rejects.toMatchObject({ code: 'no-egress', message: 'there is no interface wan' });
  });
});
