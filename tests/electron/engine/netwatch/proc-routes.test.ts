/**
 * Linux's default routes from procfs (electron/engine/netwatch/proc-routes.ts): the parsers on
 * the files as a Linux 6.18 kernel writes them, and the reader on a namespace's real tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  parseProcIpv6Route,
  parseProcRoute,
  readProcDefaultRoutes,
} from '../../../../electron/engine/netwatch/proc-routes';
import { createNetns, type Netns, netnsSupport } from '../../../helpers/netns';

const ROUTE = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0',
  'eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
  'wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0',
].join('\n');

const IPV6_ROUTE = [
  'fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0',
  'fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000002 00000000 00000001     eth0',
  '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0',
  '00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000004 00000000 80200001       lo',
  'ff000000000000000000000000000000 08 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000003 00000000 00000001     eth0',
  '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo',
].join('\n');

describe('parseProcRoute', () => {
  it.each<[label: string, text: string, rows: string[]]>([
    ['two defaults; the subnet route is not one', ROUTE, ['eth0|010200C0|0', 'wlan0|0101A8C0|600']],
    ['only the header', ROUTE.split('\n')[0]!, []],
    ['empty', '', []],
    ['a short line', 'Iface\tDestination\neth0\t00000000', []],
  ])('%s', (_label, text, rows) => {
    expect(parseProcRoute(text)).toEqual(rows);
  });
});

describe('parseProcIpv6Route', () => {
  it('keeps the ::/0 rows, without their use counters', () => {
    expect(parseProcIpv6Route(IPV6_ROUTE)).toEqual([
      'eth0|fd000000000000000000000000000001|00000400',
      'lo|00000000000000000000000000000000|ffffffff',
    ]);
  });

  it('a changed reference count is the same route', () => {
    const busier = IPV6_ROUTE.replace('00000400 00000003 00000000 00000003', '00000400 00000009 00000042 00000003');
    expect(parseProcIpv6Route(busier)).toEqual(parseProcIpv6Route(IPV6_ROUTE));
  });

  it('empty', () => {
    expect(parseProcIpv6Route('')).toEqual([]);
  });
});

describe('readProcDefaultRoutes', () => {
  it('a folder without the files reads as no routes', () => {
    expect(readProcDefaultRoutes('/nonexistent')).toBe('');
  });
});

const support = netnsSupport();
describe.skipIf(support.skip)(
  `readProcDefaultRoutes in a network namespace${support.why ? ` (${support.why})` : ''}`,
  () => {
    let ns: Netns;
    beforeAll(() => {
      ns = createNetns('routes');
      ns.ip('addr', 'add', '192.0.2.10/24', 'dev', 'v0');
      ns.ip('-6', 'addr', 'add', '2001:db8::10/64', 'dev', 'v0', 'nodad');
    });
    afterAll(() => ns?.close());

    it('sees a default route come, change gateway and go, in both families', () => {
      const before = readProcDefaultRoutes(ns.procNet);
      ns.ip('route', 'add', 'default', 'via', '192.0.2.1');
      const v4 = readProcDefaultRoutes(ns.procNet);
      expect(v4).toContain('4|v0|010200C0|0');
      ns.ip('route', 'replace', 'default', 'via', '192.0.2.2');
      expect(readProcDefaultRoutes(ns.procNet)).toContain('4|v0|020200C0|0');
      ns.ip('-6', 'route', 'add', 'default', 'via', '2001:db8::1');
      expect(readProcDefaultRoutes(ns.procNet)).toContain('6|v0|20010db8000000000000000000000001|00000400');
      // Taking the address away drops its IPv4 routes without an RTM_DELROUTE: the table shows it.
      ns.ip('addr', 'del', '192.0.2.10/24', 'dev', 'v0');
      expect(readProcDefaultRoutes(ns.procNet)).not.toContain('4|v0|');
      ns.ip('-6', 'route', 'del', 'default');
      expect(readProcDefaultRoutes(ns.procNet)).toBe(before);
    });
  },
);
