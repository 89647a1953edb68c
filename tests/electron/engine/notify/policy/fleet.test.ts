/** siteNotice (electron/engine/notify/policy/fleet.ts): which fleet events are told, in which words; a table. */
import { describe, expect, it } from 'vitest';

import { siteNotice } from '../../../../../electron/engine/notify/policy/fleet';
import type { FleetEvent } from '../../../../../shared/contract/fleet';

const NOW = 1_800_000_000_000;
const ev = (over: Partial<FleetEvent>): FleetEvent => ({
  id: 1,
  site: 'office',
  at: NOW - 40_000,
  kind: 'offline',
  changes: [],
  detail: null,
  whileAway: false,
  ...over,
});
const v4 = { what: 'IPv4 address', from: '198.51.100.2', to: '203.0.113.9' };
const health = { what: 'Health', from: 'Healthy', to: 'Degraded' };

const TABLE: [string, FleetEvent, boolean, number | null, { kind: string; summary: string } | null][] = [
  ['own site, offline', ev({ detail: 'connection lost' }), true, null, null],
  ['own site, address', ev({ kind: 'changed', changes: [v4] }), true, null, null],
  [
    'offline, why',
    ev({ detail: 'connection lost' }),
    false,
    null,
    { kind: 'site-offline', summary: 'office went offline 40 s ago (connection lost)' },
  ],
  ['offline, no why', ev({}), false, null, { kind: 'site-offline', summary: 'office went offline 40 s ago' }],
  [
    'address changed, health too: only the address told',
    ev({ kind: 'changed', changes: [health, v4] }),
    false,
    null,
    { kind: 'site-changed', summary: 'office changed: IPv4 address: 198.51.100.2 → 203.0.113.9' },
  ],
  ['health alone', ev({ kind: 'changed', changes: [health] }), false, null, null],
  [
    'address changed while away',
    ev({ kind: 'changed', changes: [v4], whileAway: true }),
    false,
    null,
    {
      kind: 'site-changed',
      summary: 'office changed (while this watcher was away): IPv4 address: 198.51.100.2 → 203.0.113.9',
    },
  ],
  [
    'back online after 10 min',
    ev({ kind: 'online', at: NOW }),
    false,
    NOW - 600_000,
    { kind: 'site-online', summary: 'office is back online after 10 min offline' },
  ],
  [
    'back online, offline since unknown',
    ev({ kind: 'online' }),
    false,
    null,
    { kind: 'site-online', summary: 'office is back online' },
  ],
  ['first seen', ev({ kind: 'online', detail: 'first seen' }), false, null, null],
  ['name mismatch', ev({ kind: 'mismatch', detail: 'its state calls it "home"' }), false, null, null],
  ['unreadable', ev({ kind: 'unreadable', detail: 'not JSON' }), false, null, null],
];

describe('siteNotice', () => {
  it.each(TABLE)('%s', (_name, event, thisMachine, offlineSince, want) => {
    const n = siteNotice(event, thisMachine, offlineSince, NOW);
    expect(n === null ? null : { kind: n.kind, summary: n.summary }).toEqual(want);
    if (n) expect(n.key).toBe(`site:office:${event.kind}@${event.at}`);
  });

  it('keeps only the address changes for the channels to mask', () => {
    expect(siteNotice(ev({ kind: 'changed', changes: [health, v4] }), false, null, NOW)?.changes).toEqual([v4]);
  });
});
