/**
 * What a state heard makes of the site a watcher held (fleet/sites.ts), as its truth table says,
 * what two states differ in (fleet/changes.ts), and the bound of the sites held.
 */
import { describe, expect, it } from 'vitest';

import { fleetChanges } from '../../../../electron/engine/fleet/changes';
import {
  applyHeard,
  emptySite,
  type Heard,
  MAX_FLEET_SITES,
  MAX_REFUSED_NAMES,
  SiteTable,
} from '../../../../electron/engine/fleet/sites';
import { FLEET_TEXT_MAX, type FleetFamily, type FleetSite, type FleetState } from '../../../../shared/contract/fleet';

const state = (over: Partial<FleetState> = {}): FleetState => ({
  v: 1,
  site: 'office',
  online: true,
  reason: null,
  families: { v4: { ip: '203.0.113.7', since: 100, identity: null }, v6: null },
  health: { state: 'ok', label: 'Online' },
  nat: { verdict: 'nat', label: 'Behind your router (NAT)' },
  ddns: [],
  monitors: [],
  version: '1.0.0',
  at: 1000,
  ...over,
});
const heard = (value: FleetState | string, over: Partial<Heard> = {}): Heard => ({
  site: 'office',
  read: typeof value === 'string' ? { ok: false, reason: value } : { ok: true, value },
  at: 5000,
  retained: false,
  ...over,
});
/** A site held, written out (not emptySite's): the tables are built while the file loads, before any row runs. */
const held = (over: Partial<FleetSite> = {}): FleetSite => ({
  site: 'office',
  thisMachine: false,
  online: true,
  since: 1000,
  lastSeenAt: 1000,
  offlineReason: null,
  nameMismatch: null,
  unreadable: null,
  state: state(),
  addressChangedAt: null,
  ...over,
});

describe('applyHeard', () => {
  it.each([
    // [what, the site held, what is heard, the site after (in part), the events' kinds]
    // A first sighting is not a change of address: addressChangedAt stays null.
    [
      'a first state',
      null,
      heard(state()),
      { online: true, since: 5000, lastSeenAt: 5000, addressChangedAt: null },
      ['online'],
    ],
    [
      'the same state again',
      held({ addressChangedAt: 700 }),
      heard(state({ at: 2000 })),
      { online: true, since: 1000, lastSeenAt: 5000, addressChangedAt: 700 },
      [],
    ],
    [
      'a new address',
      held(),
      heard(state({ families: { v4: { ip: '198.51.100.2', since: 4000, identity: null }, v6: null } })),
      {
        online: true,
        addressChangedAt: 4000,
        state: expect.objectContaining({ families: { v4: expect.objectContaining({ ip: '198.51.100.2' }), v6: null } }),
      },
      ['changed'],
    ],
    [
      'a first IPv6 address beside the known IPv4 one',
      held(),
      heard(state({ families: { ...state().families, v6: { ip: '2001:db8::1', since: 4500, identity: null } } })),
      { online: true, addressChangedAt: null },
      ['changed'],
    ],
    [
      'a row saved before the field existed, then a new address',
      held({ addressChangedAt: undefined }),
      heard(state({ families: { v4: { ip: '198.51.100.2', since: null, identity: null }, v6: null } })),
      { addressChangedAt: 5000 },
      ['changed'],
    ],
    [
      'a will',
      held(),
      heard({ v: 1, site: 'office', online: false, reason: 'connection lost' } as FleetState),
      {
        online: false,
        since: 5000,
        // The broker spoke, not the site: it was last heard when held.
        lastSeenAt: 1000,
        offlineReason: 'connection lost',
        state: expect.objectContaining({ families: state().families, online: false, reason: 'connection lost' }),
      },
      ['offline'],
    ],
    [
      'a will of a site never heard (the retained will on starting)',
      null,
      heard({ v: 1, site: 'office', online: false, reason: 'connection lost' } as FleetState, { retained: true }),
      // Only the broker spoke: this watcher never heard the site, so when it last did is unknown.
      { online: false, since: 5000, lastSeenAt: null, offlineReason: 'connection lost' },
      ['offline'],
    ],
    [
      'a will of a site held from a row that never heard it',
      held({ lastSeenAt: null }),
      heard({ v: 1, site: 'office', online: false, reason: 'connection lost' } as FleetState),
      { online: false, lastSeenAt: null },
      ['offline'],
    ],
    [
      'a state after a will only: heard at last',
      held({ lastSeenAt: null, online: false, since: 10, offlineReason: 'connection lost' }),
      heard(state()),
      { online: true, lastSeenAt: 5000 },
      ['online'],
    ],
    [
      'a clean stop',
      held(),
      heard(state({ online: false, reason: 'stopped', at: 4500, health: { state: 'paused', label: 'Stopped' } })),
      { online: false, since: 4500, offlineReason: 'stopped' },
      ['changed', 'offline'],
    ],
    [
      // Only a clean stop says since when it is stopped; any other reason is from when it was heard.
      'an offline state for another reason: offline since it was heard',
      held(),
      heard(state({ online: false, reason: 'restarting', at: 4500 })),
      { online: false, since: 5000, offlineReason: 'restarting' },
      ['offline'],
    ],
    [
      'back online',
      held({ online: false, since: 10, offlineReason: 'stopped' }),
      heard(state()),
      { online: true, since: 5000, offlineReason: null },
      ['online'],
    ],
    [
      'a name that differs from the topic',
      held(),
      heard(state({ site: 'home' })),
      { nameMismatch: 'home', site: 'office' },
      ['mismatch'],
    ],
    [
      'the same mismatch again',
      held({ nameMismatch: 'home' }),
      heard(state({ site: 'home' })),
      { nameMismatch: 'home' },
      [],
    ],
    [
      'the name mended: the mismatch forgotten, no event',
      held({ nameMismatch: 'home' }),
      heard(state()),
      { nameMismatch: null },
      [],
    ],
    [
      'a payload it cannot read',
      held(),
      heard('written by a newer IPWatch'),
      { unreadable: 'written by a newer IPWatch', online: true, state: state() },
      ['unreadable'],
    ],
    ['the same unreadable payload', held({ unreadable: 'x' }), heard('x'), { unreadable: 'x' }, []],
    ['readable again', held({ unreadable: 'x' }), heard(state()), { unreadable: null }, []],
  ])('%s', (_what, before, h, after, kinds) => {
    const r = applyHeard(before, h, false);
    expect(r.site).toMatchObject(after);
    expect(r.events.map((e) => e.kind)).toEqual(kinds);
  });

  it('says in each event why: first seen, the reason of an offline, the name a state gives itself', () => {
    const event = (kind: string, detail: string | null) => ({
      site: 'office',
      at: 5000,
      kind,
      changes: [],
      detail,
      whileAway: false,
    });
    expect(applyHeard(null, heard(state()), false).events).toEqual([event('online', 'first seen')]);
    const will = { v: 1, site: 'office', online: false, reason: 'connection lost' } as FleetState;
    expect(applyHeard(held(), heard(will), false).events).toEqual([event('offline', 'connection lost')]);
    expect(applyHeard(held(), heard(state({ site: 'home' })), false).events).toEqual([
      event('mismatch', 'its state calls it "home"'),
    ]);
  });

  it('marks what it learnt from a retained state as happened while away, and names this machine', () => {
    const r = applyHeard(
      held(),
      heard(state({ health: { state: 'degraded', label: 'Degraded' } }), { retained: true }),
      true,
    );
    expect(r.site.thisMachine).toBe(true);
    expect(r.events).toEqual([
      {
        site: 'office',
        at: 5000,
        kind: 'changed',
        changes: [{ what: 'Health', from: 'Online', to: 'Degraded' }],
        detail: null,
        whileAway: true,
      },
    ]);
  });
});

const LONG = 'n'.repeat(FLEET_TEXT_MAX);

describe('fleetChanges', () => {
  const v4With = (identity: FleetFamily['identity']): FleetFamily => ({ ip: '203.0.113.7', since: 100, identity });
  it.each([
    ['nothing', state(), state({ at: 9 }), []],
    [
      'an address',
      state(),
      state({ families: { v4: { ip: 'b', since: 1, identity: null }, v6: null } }),
      [{ what: 'IPv4 address', from: '203.0.113.7', to: 'b' }],
    ],
    [
      'IPv6 switched on',
      state(),
      state({ families: { v4: state().families!.v4!, v6: { ip: '2001:db8::1', since: 1, identity: null } } }),
      [{ what: 'IPv6 address', from: null, to: '2001:db8::1' }],
    ],
    [
      'the network',
      state(),
      state({
        families: {
          v4: { ip: '203.0.113.7', since: 100, identity: { asn: 3320, org: 'DTAG', country: 'DE', vpn: null } },
          v6: null,
        },
      }),
      [{ what: 'IPv4 network', from: null, to: 'AS3320 DTAG' }],
    ],
    [
      'the network without its number: the organisation alone',
      state(),
      state({ families: { v4: v4With({ asn: null, org: 'DTAG', country: null, vpn: null }), v6: null } }),
      [{ what: 'IPv4 network', from: null, to: 'DTAG' }],
    ],
    [
      'the network without its organisation: the number alone',
      state(),
      state({ families: { v4: v4With({ asn: 3320, org: null, country: 'DE', vpn: null }), v6: null } }),
      [{ what: 'IPv4 network', from: null, to: 'AS3320' }],
    ],
    [
      'an identity with neither number nor organisation names no network: no change',
      state(),
      state({ families: { v4: v4With({ asn: null, org: null, country: 'DE', vpn: null }), v6: null } }),
      [],
    ],
    ['the health first known', state({ health: null }), state(), [{ what: 'Health', from: null, to: 'Online' }]],
    ['the health no longer known', state(), state({ health: null }), [{ what: 'Health', from: 'Online', to: null }]],
    [
      'the NAT no longer known',
      state(),
      state({ nat: null }),
      [{ what: 'NAT', from: 'Behind your router (NAT)', to: null }],
    ],
    [
      'the NAT first known',
      state({ nat: null }),
      state(),
      [{ what: 'NAT', from: null, to: 'Behind your router (NAT)' }],
    ],
    [
      'the NAT',
      state(),
      state({ nat: { verdict: 'cgnat', label: 'Carrier-grade NAT' } }),
      [{ what: 'NAT', from: 'Behind your router (NAT)', to: 'Carrier-grade NAT' }],
    ],
    [
      'a record added and its state',
      state(),
      state({ ddns: [{ name: 'h.example.org', type: 'A', state: 'updating' }] }),
      [{ what: 'DNS h.example.org (A)', from: null, to: 'updating' }],
    ],
    [
      'a monitor down',
      state({ monitors: [{ name: 'ssh', state: 'up' }] }),
      state({ monitors: [{ name: 'ssh', state: 'down' }] }),
      [{ what: 'Monitor ssh', from: 'up', to: 'down' }],
    ],
    [
      'a monitor down beside one that stays up: only the one that changed',
      state({
        monitors: [
          { name: 'web', state: 'up' },
          { name: 'ssh', state: 'up' },
        ],
      }),
      state({
        monitors: [
          { name: 'web', state: 'up' },
          { name: 'ssh', state: 'down' },
        ],
      }),
      [{ what: 'Monitor ssh', from: 'up', to: 'down' }],
    ],
    [
      'a monitor removed',
      state({ monitors: [{ name: 'ssh', state: 'up' }] }),
      state(),
      [{ what: 'Monitor ssh', from: 'up', to: null }],
    ],
    // Each text within the contract's 512, its end marked when cut; one of exactly 512 stays whole.
    [
      'a DNS record of a name and type as long as a state allows',
      state(),
      state({ ddns: [{ name: LONG, type: LONG, state: LONG }] }),
      [{ what: `DNS ${LONG.slice(0, FLEET_TEXT_MAX - 5)}…`, from: null, to: LONG }],
    ],
    [
      'a monitor whose words run one past 512',
      state(),
      state({ monitors: [{ name: LONG.slice(0, FLEET_TEXT_MAX - 'Monitor '.length + 1), state: 'up' }] }),
      [{ what: `Monitor ${LONG.slice(0, FLEET_TEXT_MAX - 'Monitor '.length - 1)}…`, from: null, to: 'up' }],
    ],
  ])('%s', (_what, a, b, expected) => {
    expect(fleetChanges(a, b)).toEqual(expected);
  });
});

describe('fleetChanges over long lists', () => {
  // A spread of this many changes into push() overflowed the stack in the watcher (issue 59).
  it('lists 150,000 changed records without overflowing the stack', () => {
    const records = (s: string) => Array.from({ length: 150_000 }, (_, i) => ({ name: `r${i}`, type: 'A', state: s }));
    const changes = fleetChanges(state({ ddns: records('ok') }), state({ ddns: records('failing') }));
    expect(changes).toHaveLength(150_000);
    expect(changes[149_999]).toEqual({ what: 'DNS r149999 (A)', from: 'ok', to: 'failing' });
  });
});

describe('SiteTable', () => {
  it(`holds at most MAX_FLEET_SITES (${MAX_FLEET_SITES}) sites, counts the sites refused (not their messages), and still updates those it holds`, () => {
    const table = new SiteTable();
    for (let i = 0; i < MAX_FLEET_SITES + 5; i++) table.put(emptySite(`s${i}`, i, false));
    expect(table.size).toBe(MAX_FLEET_SITES);
    expect(table.refused).toBe(5);
    // The same refused sites heard again are no more sites refused.
    for (let i = MAX_FLEET_SITES; i < MAX_FLEET_SITES + 5; i++) table.put(emptySite(`s${i}`, i, false));
    expect(table.refused).toBe(5);
    expect(table.put({ ...emptySite('s0', 99, false), online: true })).toBe(true);
    expect(table.get('s0')?.online).toBe(true);
    expect(table.get(`s${MAX_FLEET_SITES}`)).toBeNull();
    expect(table.put(emptySite('one more', 1, false))).toBe(false);
  });

  it('forgets a site: gone from the table, and its place free for a new one', () => {
    const table = new SiteTable(2);
    table.put(emptySite('office', 1, false));
    table.put(emptySite('home', 1, false));
    table.delete('office');
    expect(table.get('office')).toBeNull();
    expect(table.put(emptySite('berlin', 1, false))).toBe(true);
    expect(table.all().map((s) => s.site)).toEqual(['berlin', 'home']);
  });

  it('lists the sites it holds by name', () => {
    const table = new SiteTable();
    for (const name of ['office', 'berlin', 'home']) table.put(emptySite(name, 1, false));
    expect(table.all().map((s) => s.site)).toEqual(['berlin', 'home', 'office']);
  });

  it(`remembers at most MAX_REFUSED_NAMES (${MAX_REFUSED_NAMES}) refused names: past them, a name counts each time`, () => {
    const table = new SiteTable(1);
    table.put(emptySite('held', 1, false));
    for (let i = 0; i < MAX_REFUSED_NAMES; i++) table.put(emptySite(`r${i}`, 1, false));
    expect(table.refused).toBe(MAX_REFUSED_NAMES);
    table.put(emptySite('r0', 1, false));
    expect(table.refused).toBe(MAX_REFUSED_NAMES);
    // The memory of names is full: this one is not kept, so it is counted again when heard again.
    table.put(emptySite('late', 1, false));
    table.put(emptySite('late', 1, false));
    expect(table.refused).toBe(MAX_REFUSED_NAMES + 2);
  });
});
