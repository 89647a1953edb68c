/**
 * macOS's reader (electron/engine/host-addresses/macos.ts) on `ifconfig` output as published:
 * en0 of a macOS 15 machine (myjourneytocloud.net/posts/IPv6-on-macOS: a `secured` stable and
 * a `temporary` address) and of macOS 10.11 and 10.12 (blog.michael.kuron-germany.de, 2016:
 * `autoconf` alone, then `autoconf secured`), with the flags XNU also prints.
 */
import { describe, expect, it } from 'vitest';

import { parseIfconfig } from '../../../../electron/engine/host-addresses/macos';

const MACOS_15 = `lo0: flags=8049<UP,LOOPBACK,RUNNING,MULTICAST> mtu 16384
\toptions=1203<RXCSUM,TXCSUM,TXSTATUS,SW_TIMESTAMP>
\tinet 127.0.0.1 netmask 0xff000000
\tinet6 ::1 prefixlen 128
\tinet6 fe80::1%lo0 prefixlen 64 scopeid 0x1
en0: flags=8863<UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST> mtu 1500 index 11
\teflags=452008d0<ADV_REPORT,ACCEPT_RTADV,TXSTART,ARPLL,NOACKPRI,ECN_ENABLE,CHANNEL_DRV,FASTLN_ON>
\toptions=6460<TSO4,TSO6,CHANNEL_IO,PARTIAL_CSUM,ZEROINVERT_CSUM>
\tether a0:9a:8e:90:a6:62
\tinet6 fe80::10d9:bcb0:601f:16fa%en0 prefixlen 64 secured scopeid 0xb
\tinet6 2602:ae:15a4:8001:424:837a:870:6095 prefixlen 64 autoconf secured
\tinet6 2602:ae:15a4:8001:edf7:1b86:b5fc:9085 prefixlen 64 autoconf temporary
\tinet 192.168.0.106 netmask 0xffffff00 broadcast 192.168.0.255
\tnd6 options=201<PERFORMNUD,DAD>
\tmedia: autoselect
\tstatus: active
`;
const MACOS_10_11 = `en0: flags=8863<UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST> mtu 1500
\tether 10:dd:b1:9f:6b:ba
\tinet6 fe80::12dd:b1ff:fe9f:6bba%en0 prefixlen 64 scopeid 0x4
\tinet6 2001:7c0:2012:4a:12dd:b1ff:fe9f:6bba prefixlen 64 autoconf
`;
const flags = { temporary: false, deprecated: false, unusable: false };

describe('ifconfig', () => {
  it('reads a secured (stable) and a temporary address, and the loopback and link-local ones', () => {
    expect(parseIfconfig(MACOS_15)).toEqual([
      { iface: 'lo0', address: '::1', prefixLen: 128, ...flags },
      { iface: 'lo0', address: 'fe80::1', prefixLen: 64, ...flags },
      { iface: 'en0', address: 'fe80::10d9:bcb0:601f:16fa', prefixLen: 64, ...flags },
      { iface: 'en0', address: '2602:ae:15a4:8001:424:837a:870:6095', prefixLen: 64, ...flags },
      { iface: 'en0', address: '2602:ae:15a4:8001:edf7:1b86:b5fc:9085', prefixLen: 64, ...flags, temporary: true },
    ]);
  });

  it('reads an EUI-64 address of an older macOS as stable', () => {
    expect(parseIfconfig(MACOS_10_11).at(-1)).toEqual({
      iface: 'en0',
      address: '2001:7c0:2012:4a:12dd:b1ff:fe9f:6bba',
      prefixLen: 64,
      ...flags,
    });
  });

  it.each([
    ['autoconf temporary deprecated', { temporary: true, deprecated: true }],
    ['autoconf secured deprecated', { deprecated: true }],
    ['tentative autoconf secured', { unusable: true }],
    ['duplicated', { unusable: true }],
    ['detached autoconf secured', { unusable: true }],
    ['dynamic', {}],
  ])('flags "%s" -> %j', (words, want) => {
    const out = `en1: flags=8863<UP> mtu 1500\n\tinet6 2001:db8::5 prefixlen 64 ${words} \n`;
    expect(parseIfconfig(out)).toEqual([{ iface: 'en1', address: '2001:db8::5', prefixLen: 64, ...flags, ...want }]);
  });
});
