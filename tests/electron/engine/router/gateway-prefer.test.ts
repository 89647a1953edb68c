/**
 * The router watch follows the way out chosen (issue 76): among several default routes, the one by
 * the interface chosen to leave from (monitor.fromV4, by name, or by address as Windows names an
 * interface) is the gateway asked; with none chosen, or none by it, the lowest metric as before.
 */
import { describe, expect, it } from 'vitest';

import {
  parseIpRouteDefault,
  parseProcNetRoute,
  parseRoutePrintV4,
} from '../../../../electron/engine/router/gateway-parse';
import { interfaceIdentifiers } from '../../../../shared/egress-from';

const IP_ROUTE = ['default via 192.168.1.1 dev eth0 metric 100', 'default via 10.0.0.1 dev wwan0 metric 700'].join(
  '\n',
);
const PROC = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
  'wwan0\t00000000\t0100000A\t0003\t0\t0\t700\t00000000\t0\t0\t0',
].join('\n');
const ROUTE_PRINT = [
  '          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.100     25',
  '          0.0.0.0          0.0.0.0         10.0.0.1       10.0.0.23     50',
].join('\n');

describe('the default route by the interface chosen', () => {
  it.each<[string, readonly string[], string]>([
    ['none chosen: the lowest metric', [], '192.168.1.1'],
    ['the second uplink chosen by name', ['wwan0'], '10.0.0.1'],
    ['an interface with no default route: the lowest metric', ['eth9'], '192.168.1.1'],
  ])('Linux: %s', (_name, prefer, gateway) => {
    expect(parseIpRouteDefault(IP_ROUTE, 4, prefer)?.address).toBe(gateway);
    expect(parseProcNetRoute(PROC, 'LE', prefer)?.address).toBe(gateway);
  });

  it('Windows names the interface by its address', () => {
    expect(parseRoutePrintV4(ROUTE_PRINT)?.address).toBe('192.168.1.1');
    expect(parseRoutePrintV4(ROUTE_PRINT, ['Mobile', '10.0.0.23'])?.address).toBe('10.0.0.1');
  });
});

describe('interfaceIdentifiers: the chosen interface as routes may name it', () => {
  const interfaces = {
    eth0: [{ address: '192.168.1.100', family: 'IPv4', internal: false }],
    Mobile: [
      { address: '10.0.0.23', family: 'IPv4', internal: false },
      { address: 'fe80::5', family: 'IPv6', internal: false },
    ],
  };
  it.each<[string, string[]]>([
    ['', []],
    ['Mobile', ['Mobile', '10.0.0.23']],
    ['10.0.0.23', ['10.0.0.23', 'Mobile']],
    ['10.9.9.9', ['10.9.9.9']],
  ])('%j', (choice, expected) => {
    expect(interfaceIdentifiers(choice, 4, interfaces)).toEqual(expected);
  });
});
