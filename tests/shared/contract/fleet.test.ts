/**
 * The fleet payload's reader: every shape of version 1 a site may send (older or newer in minor
 * ways) is read, a field it does not know is ignored, a missing one reads as unknown, and what it
 * cannot read is named, never thrown.
 */
import { describe, expect, it } from 'vitest';

import {
  FLEET_LIST_MAX,
  FLEET_TEXT_MAX,
  FLEET_STATE_MAX_BYTES,
  fleetEventPayloadSchema,
  fleetEventSchema,
  type FleetState,
  fleetStateSchema,
  readFleetPayload,
  tooLongWords,
} from '../../../shared/contract/fleet';

const full = {
  v: 1,
  site: 'home',
  online: true,
  reason: null,
  families: { v4: { ip: '203.0.113.7', since: 1000, identity: null }, v6: null },
  health: { state: 'ok', label: 'Online' },
  nat: { verdict: 'nat', label: 'Behind your router (NAT)' },
  ddns: [{ name: 'home.example.org', type: 'A', state: 'in-step' }],
  monitors: [{ name: 'ssh', state: 'up' }],
  version: '1.4.0',
  at: 2000,
};

const read = (body: unknown) =>
  readFleetPayload<FleetState>(fleetStateSchema, typeof body === 'string' ? body : JSON.stringify(body));

describe('readFleetPayload', () => {
  it('reads a whole state as written', () => {
    expect(read(full)).toEqual({ ok: true, value: full });
  });

  it.each([
    // [what, payload, what is read of it]
    [
      'a will: only v, site, online and reason',
      { v: 1, site: 'home', online: false, reason: 'connection lost' },
      { online: false, reason: 'connection lost', families: { v4: null, v6: null }, ddns: [], monitors: [], at: null },
    ],
    [
      'a newer minor shape: fields it does not know',
      { ...full, uptimeSec: 5, extra: { a: 1 } },
      { site: 'home', health: { state: 'ok', label: 'Online' } },
    ],
    [
      'an older minor shape: no nat, no monitors',
      { ...full, nat: undefined, monitors: undefined },
      { nat: null, monitors: [] },
    ],
    [
      'a new health state word',
      { ...full, health: { state: 'melting', label: 'Melting' } },
      { health: { state: 'melting', label: 'Melting' } },
    ],
    ['a field of another shape', { ...full, ddns: 'none' }, { ddns: [] }],
  ])('%s', (_what, payload, expected) => {
    const r = read(payload);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).toMatchObject(expected);
    expect(r.value).not.toHaveProperty('uptimeSec');
  });

  it.each([
    ['not JSON', '{"v":1,', 'not JSON'],
    ['no version', { site: 'home', online: true }, 'not an IPWatch fleet payload (no version)'],
    [
      'a newer version',
      { v: 2, site: 'home' },
      'written by a newer IPWatch (payload version 2; this one reads up to 1): update this watcher',
    ],
    ['version 0', { v: 0, site: 'home', online: true }, 'payload version 0 is not one IPWatch writes'],
    [
      'no online flag',
      { v: 1, site: 'home' },
      'unreadable online: Invalid input: expected boolean, received undefined',
    ],
    ['a JSON array', [1, 2], 'not an IPWatch fleet payload (no version)'],
    [
      `a DNS list over FLEET_LIST_MAX (${FLEET_LIST_MAX})`,
      {
        ...full,
        ddns: Array.from({ length: FLEET_LIST_MAX + 1 }, (_, i) => ({ name: `r${i}`, type: 'A', state: 'ok' })),
      },
      `unreadable ddns: ${FLEET_LIST_MAX + 1} entries, more than the ${FLEET_LIST_MAX} a state may list`,
    ],
    [
      'a monitor list over FLEET_LIST_MAX',
      { ...full, monitors: Array.from({ length: 2 * FLEET_LIST_MAX }, () => 'not even an entry') },
      `unreadable monitors: ${2 * FLEET_LIST_MAX} entries, more than the ${FLEET_LIST_MAX} a state may list`,
    ],
    // Not parsed at all: one byte over, and the text is not even JSON.
    [
      'a body over FLEET_STATE_MAX_BYTES',
      '{'.repeat(FLEET_STATE_MAX_BYTES + 1),
      tooLongWords(FLEET_STATE_MAX_BYTES + 1),
    ],
  ])('names what it cannot read: %s', (_what, body, reason) => {
    expect(read(body)).toEqual({ ok: false, reason });
  });

  it('reads an event, its changes kept', () => {
    const body = { v: 1, site: 'home', at: 5, changes: [{ what: 'IPv4 address', from: 'a', to: 'b' }], more: 1 };
    expect(readFleetPayload(fleetEventPayloadSchema, JSON.stringify(body))).toEqual({
      ok: true,
      value: { v: 1, site: 'home', at: 5, changes: [{ what: 'IPv4 address', from: 'a', to: 'b' }] },
    });
  });
});

describe("a watcher's event as its history answers it (fleetEventSchema)", () => {
  const event = (detail: string | null) => ({
    id: 1,
    site: 'home',
    at: 1000,
    kind: 'unreadable',
    changes: [],
    detail,
    whileAway: false,
  });
  it.each([
    ['no detail', null],
    ['a word', 'connection lost'],
    [`a detail of FLEET_TEXT_MAX (${FLEET_TEXT_MAX}) characters`, 'x'.repeat(FLEET_TEXT_MAX)],
  ])('reads %s', (_what, detail) => {
    expect(fleetEventSchema.safeParse(event(detail)).success).toBe(true);
  });
  it('refuses a longer detail, in words, as every text of the fleet', () => {
    const r = fleetEventSchema.safeParse(event('x'.repeat(FLEET_TEXT_MAX + 1)));
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['detail', `Too big: expected string to have <=${FLEET_TEXT_MAX} characters`],
    ]);
  });
});
