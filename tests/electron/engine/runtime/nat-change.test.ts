/** When a NAT verdict is a `nat` event (electron/engine/runtime/nat-change.ts): its tables, row by row. */
import { describe, expect, it } from 'vitest';

import {
  MISMATCH_SETTLE_MS,
  NAT_MEMORY_START,
  natChange,
  type NatLook,
  type NatMemory,
  natStep,
} from '../../../../electron/engine/runtime/nat-change';
import { natOf, natVerdict } from '../../../../shared/nat';
import type { NatVerdict } from '../../../../shared/types';

const PUBLIC = '81.2.69.142';
const OTHER = '81.2.69.200';
const AT = 1_800_000_000_000;
const addresses = { routerAddress: PUBLIC, publicAddress: PUBLIC };

describe('natChange', () => {
  it.each<[string, NatVerdict | null, NatVerdict, [NatVerdict, NatVerdict] | null]>([
    ['the first verdict is learning, not a change', null, 'cgnat', null],
    ['the first verdict, unknown', null, 'unknown', null],
    ['the router stops answering: not a change of NAT', 'nat', 'unknown', null],
    ['nothing known to compare with', 'unknown', 'cgnat', null],
    ['the same verdict', 'nat', 'nat', null],
    ['nat -> cgnat', 'nat', 'cgnat', ['nat', 'cgnat']],
    ['cgnat -> nat', 'cgnat', 'nat', ['cgnat', 'nat']],
    ['nat -> double-nat', 'nat', 'double-nat', ['nat', 'double-nat']],
    ['double-nat -> cgnat', 'double-nat', 'cgnat', ['double-nat', 'cgnat']],
    ['direct -> nat', 'direct', 'nat', ['direct', 'nat']],
    ['cgnat -> direct', 'cgnat', 'direct', ['cgnat', 'direct']],
  ])('%s', (_label, prev, next, change) => {
    const event = natChange(prev === null ? null : natOf(prev), natOf(next), AT, addresses);
    expect(event).toEqual(change ? { type: 'nat', at: AT, from: change[0], to: change[1], ...addresses } : null);
  });
});

/** A look as the runtime makes it: the verdict from these addresses (no local interface holds the public one). */
const look = (routerAddress: string | null, publicAddress: string | null, egress = 'eth0'): NatLook => ({
  nat: natVerdict({ routerAddress, publicAddress, localAddresses: ['192.168.1.20'], egress }),
  routerAddress,
  publicAddress,
  throughTunnel: egress !== 'eth0',
});

/** Feeds looks at the given times; the events' from -> to, and the memory after. */
function feed(looks: [number, NatLook][], start: NatMemory = NAT_MEMORY_START) {
  let memory = start;
  const events: string[] = [];
  for (const [at, l] of looks) {
    const r = natStep(memory, l, at);
    memory = r.memory;
    if (r.event) events.push(`${r.event.from}>${r.event.to}`);
  }
  return { events, memory };
}

describe('natStep', () => {
  const S = MISMATCH_SETTLE_MS;
  it.each<[string, [number, NatLook][], string[], NatVerdict | null]>([
    ['the first look is learning', [[0, look(PUBLIC, PUBLIC)]], [], 'nat'],
    ['unknown first: nothing known', [[0, look(null, PUBLIC)]], [], null],
    [
      'the provider moves the router to shared space: nat -> cgnat at once',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look('100.64.3.4', PUBLIC)],
      ],
      ['nat>cgnat'],
      'cgnat',
    ],
    [
      'a router that stops answering in between: one change, nat -> cgnat',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look(null, PUBLIC)],
        [2000, look('100.64.3.4', PUBLIC)],
      ],
      ['nat>cgnat'],
      'cgnat',
    ],
    [
      'a router that stops answering and comes back the same: no change',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look(null, PUBLIC)],
        [2000, look(PUBLIC, PUBLIC)],
      ],
      [],
      'nat',
    ],
    [
      'a private WAN address: nat -> double-nat',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look('192.168.100.2', PUBLIC)],
      ],
      ['nat>double-nat'],
      'double-nat',
    ],
    [
      // The router tells its new address before the quorum confirms it: that moment is no CGNAT.
      'an address change under way (router first, then the quorum): nothing',
      [
        [0, look(PUBLIC, PUBLIC)],
        [20, look(OTHER, PUBLIC)],
        [30, look(OTHER, PUBLIC)],
        [900, look(OTHER, OTHER)],
      ],
      [],
      'nat',
    ],
    [
      'an address change under way (quorum first, then the router): nothing',
      [
        [0, look(PUBLIC, PUBLIC)],
        [500, look(PUBLIC, OTHER)],
        [S + 1000, look(OTHER, OTHER)],
      ],
      [],
      'nat',
    ],
    [
      'a public router address that stays other than the confirmed one: another route out (vpn) once it held',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look(OTHER, PUBLIC)],
        [1000 + S - 1, look(OTHER, PUBLIC)],
        [1000 + S, look(OTHER, PUBLIC)],
        [1000 + 2 * S, look(OTHER, PUBLIC)],
      ],
      ['nat>vpn'],
      'vpn',
    ],
    [
      'a VPN comes up (the way out is a tunnel): nat -> vpn at once, and back when it goes down',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look(PUBLIC, PUBLIC, 'tun0')],
        [2000, look(PUBLIC, OTHER, 'tun0')],
        [3000, look(PUBLIC, PUBLIC)],
      ],
      ['nat>vpn', 'vpn>nat'],
      'nat',
    ],
    [
      'a mismatch whose addresses move on starts its wait again',
      [
        [0, look(PUBLIC, PUBLIC)],
        [1000, look(OTHER, PUBLIC)],
        [1000 + S / 2, look('81.2.69.201', PUBLIC)],
        [1000 + S, look('81.2.69.201', PUBLIC)],
      ],
      [],
      'nat',
    ],
    [
      'out of CGNAT: cgnat -> nat at once',
      [
        [0, look('100.64.3.4', PUBLIC)],
        [1000, look(PUBLIC, PUBLIC)],
      ],
      ['cgnat>nat'],
      'nat',
    ],
  ])('%s', (_label, looks, events, known) => {
    const r = feed(looks);
    expect(r.events).toEqual(events);
    expect(r.memory.known?.verdict ?? null).toBe(known);
  });

  it('the event carries the addresses of the look that made it', () => {
    const first = natStep(NAT_MEMORY_START, look(PUBLIC, PUBLIC), 0).memory;
    expect(natStep(first, look('100.64.3.4', PUBLIC), 5000).event).toEqual({
      type: 'nat',
      at: 5000,
      from: 'nat',
      to: 'cgnat',
      routerAddress: '100.64.3.4',
      publicAddress: PUBLIC,
    });
  });
});
