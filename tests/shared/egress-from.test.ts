/**
 * Where checks and updates leave from (shared/egress-from.ts, issue 76): the choice read against
 * the interfaces as os.networkInterfaces() lists them, by the table in the module's header; and
 * the interface's own global address (the interface source's answer).
 */
import { describe, expect, it } from 'vitest';

import { type InterfaceList, interfaceGlobalAddresses, localAddressFor } from '../../shared/egress-from';

const v4 = (address: string) => ({ address, family: 'IPv4', internal: false });
const v6 = (address: string) => ({ address, family: 'IPv6', internal: false });
const IFACES: InterfaceList = {
  lo: [
    { address: '127.0.0.1', family: 'IPv4', internal: true },
    { address: '::1', family: 'IPv6', internal: true },
  ],
  // A home line: a private IPv4 address behind the router, a ULA, a global and a link-local IPv6.
  eth0: [v4('192.168.1.20'), v6('fd00::20'), v6('2a02:8070:1:2::20'), v6('fe80::20')],
  // A second uplink holding its public IPv4 address, no IPv6 but link-local.
  wan2: [v4('81.2.69.142'), v6('fe80::142')],
  // Node 18.0-18.3 named the family by number.
  old: [{ address: '81.2.69.160', family: 4, internal: false }],
};

describe('localAddressFor', () => {
  it.each<[string, string, 4 | 6, ReturnType<typeof localAddressFor>]>([
    ['empty: the system chooses', '', 4, { ok: true, address: null }],
    ['spaces only: the system chooses', '  ', 6, { ok: true, address: null }],
    ['an address an interface holds', '81.2.69.142', 4, { ok: true, address: '81.2.69.142' }],
    [
      'an IPv6 address in another spelling',
      '2a02:8070:1:2:0:0:0:20',
      6,
      { ok: true, address: '2a02:8070:1:2:0:0:0:20' },
    ],
    ['an address no interface holds', '81.2.69.99', 4, { ok: false, why: 'not-held', choice: '81.2.69.99', family: 4 }],
    [
      'an address of the other family',
      '81.2.69.142',
      6,
      { ok: false, why: 'wrong-family', choice: '81.2.69.142', family: 6 },
    ],
    ['an interface that does not exist', 'eth9', 4, { ok: false, why: 'no-interface', choice: 'eth9', family: 4 }],
    [
      'an interface with no address of the family',
      'wan2',
      6,
      { ok: false, why: 'no-address', choice: 'wan2', family: 6 },
    ],
    [
      'an interface: its global IPv6 before its ULA, never link-local',
      'eth0',
      6,
      { ok: true, address: '2a02:8070:1:2::20' },
    ],
    ['an interface: its only IPv4, private as it is', 'eth0', 4, { ok: true, address: '192.168.1.20' }],
    ['an interface of Node 18.0 (family 4)', 'old', 4, { ok: true, address: '81.2.69.160' }],
    ['the name trimmed', ' wan2 ', 4, { ok: true, address: '81.2.69.142' }],
  ])('%s', (_name, choice, family, expected) => {
    expect(localAddressFor(choice, family, IFACES)).toEqual(expected);
  });

  it('reads the interfaces it is given each time: a moved address follows', () => {
    const before: InterfaceList = { wan2: [v4('81.2.69.142')] };
    const after: InterfaceList = { wan2: [v4('81.2.69.222')] };
    expect(localAddressFor('wan2', 4, before)).toEqual({ ok: true, address: '81.2.69.142' });
    expect(localAddressFor('wan2', 4, after)).toEqual({ ok: true, address: '81.2.69.222' });
  });
});

describe('interfaceGlobalAddresses', () => {
  it.each<[string, 4 | 6, string[] | null]>([
    ['eth0', 6, ['2a02:8070:1:2::20']],
    ['eth0', 4, []],
    ['wan2', 4, ['81.2.69.142']],
    ['wan2', 6, []],
    ['lo', 4, []],
    ['eth9', 4, null],
  ])('%s IPv%s', (name, family, expected) => {
    expect(interfaceGlobalAddresses(name, family, IFACES)).toEqual(expected);
  });
});
