/** The NAT verdict (shared/nat.ts): its rules as a table. */
import { describe, expect, it } from 'vitest';

import { type NatInput, natVerdict, type NatVerdict } from '../../shared/nat';

const PUBLIC = '81.2.69.142';
const LAN = ['192.168.1.20'];

describe('natVerdict', () => {
  it.each<[string, NatInput, NatVerdict]>([
    [
      'the machine holds the public address',
      { routerAddress: null, publicAddress: PUBLIC, localAddresses: [PUBLIC] },
      'direct',
    ],
    [
      'held locally beats whatever a router says',
      { routerAddress: '100.64.1.2', publicAddress: PUBLIC, localAddresses: [PUBLIC] },
      'direct',
    ],
    [
      "the router's external address is the public one",
      { routerAddress: PUBLIC, publicAddress: PUBLIC, localAddresses: LAN },
      'nat',
    ],
    [
      "the router's is shared space (RFC 6598)",
      { routerAddress: '100.72.3.4', publicAddress: PUBLIC, localAddresses: LAN },
      'cgnat',
    ],
    [
      'shared space even before a public address is confirmed',
      { routerAddress: '100.64.0.1', publicAddress: null, localAddresses: LAN },
      'cgnat',
    ],
    [
      "the router's is private (10/8)",
      { routerAddress: '10.0.0.7', publicAddress: PUBLIC, localAddresses: LAN },
      'double-nat',
    ],
    [
      "the router's is private (192.168/16)",
      { routerAddress: '192.168.0.2', publicAddress: PUBLIC, localAddresses: LAN },
      'double-nat',
    ],
    [
      "the router's is DS-Lite's 192.0.0.0/24",
      { routerAddress: '192.0.0.2', publicAddress: PUBLIC, localAddresses: LAN },
      'double-nat',
    ],
    [
      "the router's is another public address",
      { routerAddress: '81.2.69.150', publicAddress: PUBLIC, localAddresses: LAN },
      'cgnat',
    ],
    ['no router answered', { routerAddress: null, publicAddress: PUBLIC, localAddresses: LAN }, 'unknown'],
    [
      'a public router address, nothing confirmed',
      { routerAddress: PUBLIC, publicAddress: null, localAddresses: LAN },
      'unknown',
    ],
    ['a router answering 0.0.0.0', { routerAddress: '0.0.0.0', publicAddress: PUBLIC, localAddresses: LAN }, 'unknown'],
    ['a router answering garbage', { routerAddress: 'n/a', publicAddress: PUBLIC, localAddresses: LAN }, 'unknown'],
  ])('%s', (_what, input, expected) => {
    const nat = natVerdict(input);
    expect(nat.verdict).toBe(expected);
    expect(nat.label.length).toBeGreaterThan(0);
    expect(nat.detail.length).toBeGreaterThan(20);
  });
});
