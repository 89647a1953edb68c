/** The NAT verdict (shared/nat.ts): its rules as a table. */
import { describe, expect, it } from 'vitest';

import { translator } from '../../shared/i18n/translators';
import { type NatInput, natOf, natVerdict, type NatVerdict } from '../../shared/nat';

const PUBLIC = '81.2.69.142';
const LAN = ['192.168.1.20'];

describe('natVerdict', () => {
  it.each<[string, NatInput, NatVerdict]>([
    [
      'the machine holds the public address',
      { routerAddress: null, publicAddress: PUBLIC, localAddresses: [PUBLIC], egress: 'eth0' },
      'direct',
    ],
    [
      'held locally beats whatever a router says',
      { routerAddress: '100.64.1.2', publicAddress: PUBLIC, localAddresses: [PUBLIC], egress: 'eth0' },
      'direct',
    ],
    [
      "the router's external address is the public one",
      { routerAddress: PUBLIC, publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'nat',
    ],
    [
      "the router's is shared space (RFC 6598)",
      { routerAddress: '100.72.3.4', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'cgnat',
    ],
    [
      'shared space even before a public address is confirmed',
      { routerAddress: '100.64.0.1', publicAddress: null, localAddresses: LAN, egress: 'eth0' },
      'cgnat',
    ],
    [
      "the router's is private (10/8)",
      { routerAddress: '10.0.0.7', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'double-nat',
    ],
    [
      "the router's is private (192.168/16)",
      { routerAddress: '192.168.0.2', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'double-nat',
    ],
    [
      "the router's is DS-Lite's 192.0.0.0/24",
      { routerAddress: '192.0.0.2', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'double-nat',
    ],
    [
      "the router's is another public address: a VPN the routes do not show, a proxy, another uplink",
      { routerAddress: '81.2.69.150', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'vpn',
    ],
    [
      'traffic leaves through a tunnel (OpenVPN)',
      { routerAddress: PUBLIC, publicAddress: '185.65.134.1', localAddresses: LAN, egress: 'tun0' },
      'vpn',
    ],
    [
      'through a tunnel, whatever the router says (a CGNAT line under a VPN)',
      { routerAddress: '100.72.3.4', publicAddress: '185.65.134.1', localAddresses: LAN, egress: 'wg0' },
      'vpn',
    ],
    [
      'through a tunnel with no router answering',
      { routerAddress: null, publicAddress: '185.65.134.1', localAddresses: LAN, egress: 'utun3' },
      'vpn',
    ],
    [
      'through a tunnel before anything is confirmed',
      { routerAddress: null, publicAddress: null, localAddresses: LAN, egress: 'WireGuard Tunnel' },
      'vpn',
    ],
    [
      'a tunnel does not hide a public address this machine holds',
      { routerAddress: null, publicAddress: PUBLIC, localAddresses: [PUBLIC], egress: 'tun0' },
      'direct',
    ],
    [
      'through ppp with a router on the LAN answering: PPTP or L2TP',
      { routerAddress: PUBLIC, publicAddress: '185.65.134.1', localAddresses: LAN, egress: 'ppp0' },
      'vpn',
    ],
    [
      "through ppp with a router answering a private address: the VPN decides, not the router's double NAT",
      { routerAddress: '10.0.0.7', publicAddress: '185.65.134.1', localAddresses: LAN, egress: 'ppp0' },
      'vpn',
    ],
    [
      "through ppp with no router: this machine's own PPPoE uplink, behind CGNAT",
      { routerAddress: null, publicAddress: PUBLIC, localAddresses: ['100.70.1.2'], egress: 'ppp0' },
      'unknown',
    ],
    [
      'the way out not known: the router decides',
      { routerAddress: PUBLIC, publicAddress: PUBLIC, localAddresses: LAN, egress: null },
      'nat',
    ],
    [
      'no router answered',
      { routerAddress: null, publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'unknown',
    ],
    [
      'a public router address, nothing confirmed',
      { routerAddress: PUBLIC, publicAddress: null, localAddresses: LAN, egress: 'eth0' },
      'unknown',
    ],
    [
      'a router answering 0.0.0.0',
      { routerAddress: '0.0.0.0', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'unknown',
    ],
    [
      'a router answering garbage',
      { routerAddress: 'n/a', publicAddress: PUBLIC, localAddresses: LAN, egress: 'eth0' },
      'unknown',
    ],
  ])('%s', (_what, input, expected) => {
    const nat = natVerdict(input);
    expect(nat.verdict).toBe(expected);
    expect(nat.label.length).toBeGreaterThan(0);
    expect(nat.detail.length).toBeGreaterThan(20);
  });
});

describe('natOf', () => {
  it('gives the verdict with its words in the reader language when a translator is given (the notices)', () => {
    expect(natOf('direct', translator('de'))).toEqual({
      verdict: 'direct',
      label: 'Direkt',
      detail: 'Dieser Rechner hat die öffentliche Adresse selbst: nichts freizugeben, nur seine Firewall entscheidet.',
    });
  });
});
