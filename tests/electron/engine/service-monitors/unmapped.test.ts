/** Which monitors check this host on a port the router does not forward (electron/engine/service-monitors/unmapped.ts): a table. */
import { describe, expect, it } from 'vitest';

import {
  type MappingLike,
  monitorEndpoint,
  namedHosts,
  unmappedMonitors,
} from '../../../../electron/engine/service-monitors/unmapped';
import type { ServiceMonitor } from '../../../../shared/settings/service-monitor';

const base = { enabled: true, intervalSec: 300, timeoutSec: 5, downAfter: 1 };
const tcp = (id: string, host: string, port: number, enabled = true): ServiceMonitor =>
  ({ ...base, id, name: id, type: 'tcp', host, port, enabled }) as ServiceMonitor;
const http = (id: string, url: string): ServiceMonitor =>
  ({ ...base, id, name: id, type: 'http', url, expectStatus: 200 }) as ServiceMonitor;
const dns = (id: string): ServiceMonitor =>
  ({ ...base, id, name: id, type: 'dns', host: 'home.example.org', server: '' }) as ServiceMonitor;
const map = (externalPort: number, protocol = 'TCP', enabled = true): MappingLike => ({
  externalPort,
  protocol,
  enabled,
});

const HERE = ['192.168.1.20', 'fe80::1', '81.2.69.142'];

describe('unmappedMonitors', () => {
  it.each<[string, ServiceMonitor, MappingLike[], boolean]>([
    ['TCP on loopback, no mapping: flagged', tcp('a', '127.0.0.1', 22), [], true],
    ['TCP on localhost, no mapping: flagged', tcp('a', 'localhost', 22), [map(80)], true],
    ['TCP on ::1, no mapping: flagged', tcp('a', '::1', 22), [], true],
    ['TCP on a LAN address of this host, no mapping: flagged', tcp('a', '192.168.1.20', 8080), [], true],
    ['TCP on the public address, no mapping: flagged', tcp('a', '81.2.69.142', 443), [map(80)], true],
    ['TCP on this host, its port mapped: fine', tcp('a', '192.168.1.20', 22), [map(22)], false],
    ['mapped for UDP only: flagged', tcp('a', '127.0.0.1', 53), [map(53, 'UDP')], true],
    ['protocol written in lower case: read as TCP', tcp('a', '127.0.0.1', 22), [map(22, 'tcp')], false],
    ['the mapping is disabled: flagged', tcp('a', '127.0.0.1', 22), [map(22, 'TCP', false)], true],
    ['another host on the LAN: not this host, never flagged', tcp('a', '192.168.1.30', 22), [], false],
    ['a host name that is not this host: not flagged', tcp('a', 'nas.lan', 22), [], false],
    ['a switched-off monitor: never flagged', tcp('a', '127.0.0.1', 22, false), [], false],
    ['HTTP on the public address, default port 80 unmapped: flagged', http('a', 'http://81.2.69.142/'), [], true],
    ['HTTPS on the public address, 443 mapped: fine', http('a', 'https://81.2.69.142/'), [map(443)], false],
    ['HTTPS with its own port, unmapped: flagged', http('a', 'https://81.2.69.142:8443/x'), [map(443)], true],
    ['HTTP on an IPv6 literal of this host: flagged', http('a', 'http://[fe80::1]:8080/'), [], true],
    ['HTTP elsewhere on the internet: not flagged', http('a', 'https://example.org/'), [], false],
    ['DNS monitors have no port: never flagged', dns('a'), [], false],
  ])('%s', (_, monitor, mappings, flagged) => {
    expect(unmappedMonitors([monitor], mappings, HERE)).toEqual(flagged ? ['a'] : []);
  });

  it('flags each monitor on its own, in the settings order', () => {
    const list = [tcp('ssh', '127.0.0.1', 22), tcp('web', '127.0.0.1', 80), tcp('nas', '192.168.1.30', 5000)];
    expect(unmappedMonitors(list, [map(80)], HERE)).toEqual(['ssh']);
  });
});

describe('a monitor by host name', () => {
  const resolved = new Map<string, readonly string[]>([
    ['home.example.org', ['81.2.69.142']],
    ['nas.lan', ['192.168.1.30']],
    ['dual.example.org', ['2001:db8::9', '81.2.69.142']],
  ]);
  it.each<[string, ServiceMonitor, MappingLike[], boolean]>([
    ['resolves to the public address, port unmapped: flagged', http('a', 'https://home.example.org/'), [], true],
    ['resolves to the public address, port mapped: fine', http('a', 'https://Home.Example.org/'), [map(443)], false],
    ['one of its addresses is this host: flagged', tcp('a', 'dual.example.org', 22), [], true],
    ['resolves to another host: not flagged', tcp('a', 'nas.lan', 22), [], false],
    ['did not resolve: not flagged', tcp('a', 'gone.example.org', 22), [], false],
  ])('%s', (_, monitor, mappings, flagged) => {
    expect(unmappedMonitors([monitor], mappings, HERE, resolved)).toEqual(flagged ? ['a'] : []);
  });

  it('lists the names to resolve: once each, lower case, never an address, loopback, a DNS monitor or one switched off', () => {
    const list = [
      tcp('a', 'NAS.lan', 22),
      http('b', 'https://nas.lan:8443/'),
      tcp('c', '127.0.0.1', 22),
      tcp('d', 'localhost', 22),
      http('e', 'http://[2001:db8::1]/'),
      dns('f'),
      tcp('g', 'off.example.org', 22, false),
      http('h', 'https://home.example.org/'),
    ];
    expect(namedHosts(list)).toEqual(['nas.lan', 'home.example.org']);
  });
});

describe('monitorEndpoint', () => {
  it.each<[ServiceMonitor, { host: string; port: number } | null]>([
    [tcp('a', 'nas.lan', 445), { host: 'nas.lan', port: 445 }],
    [http('a', 'http://host:8080/'), { host: 'host', port: 8080 }],
    [http('a', 'https://host/'), { host: 'host', port: 443 }],
    [http('a', 'http://[::1]/'), { host: '::1', port: 80 }],
    [dns('a'), null],
  ])('%o', (monitor, endpoint) => {
    expect(monitorEndpoint(monitor)).toEqual(endpoint);
  });
});
