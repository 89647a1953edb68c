/**
 * The fleet's notices (electron/engine/notify/policy/fleet.ts) through the policy's one reducer
 * (policyStep, policyWake): which recorded events of another site are told, when, under which
 * key; the loss damped as this machine's own outage is. A table.
 */
import { describe, expect, it } from 'vitest';

import {
  initialPolicyState,
  type PolicyConfig,
  policyStep,
  policyWake,
} from '../../../../../electron/engine/notify/policy';
import type { SiteInput, SiteNotice } from '../../../../../electron/engine/notify/types';
import type { FleetEvent } from '../../../../../shared/contract/fleet';

const NOW = 1_800_000_000_000;
const AFTER = 60_000;
const config: PolicyConfig = {
  offlineAfterMs: AFTER,
  flapWindowMs: 0,
  frequent: { count: 3, windowMs: 3_600_000 },
  degraded: { uncertainChecks: 3, openSources: 3 },
  startup: false,
};

const v4 = { what: 'IPv4 address', from: '198.51.100.2', to: '203.0.113.9' };
const health = { what: 'Health', from: 'Healthy', to: 'Degraded' };

type Ev = Omit<FleetEvent, 'id'>;
const input = (event: Partial<Ev>, over: Partial<SiteInput> = {}): SiteInput => ({
  type: 'site',
  at: NOW,
  event: { site: 'office', at: NOW, kind: 'offline', changes: [], detail: null, whileAway: false, ...event },
  thisMachine: false,
  offlineSince: null,
  stateAt: null,
  firstSeen: false,
  ...over,
});

type Want = Pick<SiteNotice, 'kind' | 'key'> & Partial<SiteNotice>;
const ROWS: [string, SiteInput, Want[]][] = [
  ['own site, offline', input({ detail: 'connection lost' }, { thisMachine: true, offlineSince: NOW - AFTER }), []],
  ['own site, address', input({ kind: 'changed', changes: [v4] }, { thisMachine: true }), []],
  [
    'address changed, health too: only the address told, keyed on the state',
    input({ kind: 'changed', changes: [health, v4] }, { stateAt: NOW - 5 }),
    [{ kind: 'site-changed', key: `site:office:changed@${NOW - 5}`, changes: [v4], whileAway: false }],
  ],
  ['health alone', input({ kind: 'changed', changes: [health] }), []],
  [
    'address changed while away',
    input({ kind: 'changed', changes: [v4], whileAway: true }, { stateAt: NOW - 9 }),
    [{ kind: 'site-changed', key: `site:office:changed@${NOW - 9}`, whileAway: true }],
  ],
  ['offline just now: held', input({ detail: 'connection lost' }, { offlineSince: NOW }), []],
  [
    'offline since long enough (a clean stop, its own time)',
    input({ detail: 'stopped' }, { offlineSince: NOW - AFTER }),
    [{ kind: 'site-offline', key: `site:office:offline@${NOW - AFTER}`, reason: 'stopped', offlineSince: NOW - AFTER }],
  ],
  [
    'offline while away, since not known: told at once',
    input({ detail: 'connection lost', whileAway: true }),
    [{ kind: 'site-offline', key: `site:office:offline@${NOW}`, offlineSince: null, whileAway: true }],
  ],
  [
    'back after 10 min',
    input({ kind: 'online' }, { offlineSince: NOW - 600_000, stateAt: NOW - 1 }),
    [{ kind: 'site-online', key: `site:office:online@${NOW - 1}`, offlineMs: 600_000 }],
  ],
  ['back after a blip', input({ kind: 'online' }, { offlineSince: NOW - AFTER + 1 }), []],
  ['back, not known offline', input({ kind: 'online' }), []],
  [
    'offline, first seen (a retained will of a site never known online)',
    input({ detail: 'connection lost', whileAway: true }, { firstSeen: true }),
    [],
  ],
  ['first seen', input({ kind: 'online', detail: 'first seen' }, { offlineSince: NOW - 600_000 }), []],
  ['name mismatch', input({ kind: 'mismatch', detail: 'its state calls it "home"' }), []],
  ['unreadable', input({ kind: 'unreadable', detail: 'not JSON' }), []],
];

describe('site notices', () => {
  it.each(ROWS)('%s', (_name, i, want) => {
    const r = policyStep(initialPolicyState(), i, config);
    expect(r.notices).toEqual(want.map((w) => expect.objectContaining({ site: 'office', ...w })));
  });

  it('tells a held loss when it has lasted offlineAfterSec, with the time it went', () => {
    const held = policyStep(initialPolicyState(), input({ detail: 'connection lost' }, { offlineSince: NOW }), config);
    expect(held.notices).toEqual([]);
    expect(policyWake(held.state, config)).toBe(NOW + AFTER);
    const early = policyStep(held.state, { type: 'tick', at: NOW + AFTER - 1 }, config);
    expect(early.notices).toEqual([]);
    const due = policyStep(early.state, { type: 'tick', at: NOW + AFTER }, config);
    expect(due.notices).toEqual([
      expect.objectContaining({
        kind: 'site-offline',
        key: `site:office:offline@${NOW}`,
        offlineSince: NOW,
        at: NOW + AFTER,
      }),
    ]);
    expect(policyWake(due.state, config)).toBeNull();
    // Then its return is told, with how long it was offline.
    const back = policyStep(due.state, input({ kind: 'online' }, { at: NOW + 3 * AFTER, offlineSince: NOW }), config);
    expect(back.notices).toEqual([expect.objectContaining({ kind: 'site-online', offlineMs: 3 * AFTER })]);
  });

  it('drops a held loss when the site is back first: neither is told (a blip)', () => {
    const held = policyStep(initialPolicyState(), input({}, { offlineSince: NOW }), config);
    const back = policyStep(held.state, input({ kind: 'online' }, { at: NOW + 1000, offlineSince: NOW }), config);
    expect(back.notices).toEqual([]);
    expect(policyWake(back.state, config)).toBeNull();
    expect(policyStep(back.state, { type: 'tick', at: NOW + 10 * AFTER }, config).notices).toEqual([]);
  });

  it('holds each site apart', () => {
    let s = policyStep(initialPolicyState(), input({}, { offlineSince: NOW }), config).state;
    s = policyStep(s, input({ site: 'lab' }, { at: NOW + 10, offlineSince: NOW + 10 }), config).state;
    s = policyStep(s, input({ kind: 'online' }, { at: NOW + 20, offlineSince: NOW }), config).state;
    const due = policyStep(s, { type: 'tick', at: NOW + 10 + AFTER }, config);
    expect(due.notices.map((n) => (n as SiteNotice).site)).toEqual(['lab']);
  });
});

describe('site changes within the flap window', () => {
  const flap: PolicyConfig = { ...config, flapWindowMs: 30_000 };
  const to = (from: string, next: string, at: number, what = 'IPv4 address') =>
    input({ kind: 'changed', changes: [{ what, from, to: next }], at }, { at, stateAt: at });
  const run = (inputs: SiteInput[], tickAt: number) => {
    let s = initialPolicyState();
    const out: SiteNotice[] = [];
    for (const i of inputs) {
      const r = policyStep(s, i, flap);
      s = r.state;
      out.push(...(r.notices as SiteNotice[]));
    }
    const early = policyStep(s, { type: 'tick', at: tickAt - 1 }, flap);
    out.push(...(early.notices as SiteNotice[]));
    const due = policyStep(early.state, { type: 'tick', at: tickAt }, flap);
    return { early: out, due: due.notices as SiteNotice[], wake: policyWake(due.state, flap) };
  };

  it.each<[string, SiteInput[], Partial<SiteNotice>[]]>([
    [
      'one change: told when the window ends, from when it came',
      [to('198.51.100.2', '203.0.113.9', NOW)],
      [{ changes: [{ what: 'IPv4 address', from: '198.51.100.2', to: '203.0.113.9' }], at: NOW }],
    ],
    [
      'and back within the window: none',
      [to('198.51.100.2', '203.0.113.9', NOW), to('203.0.113.9', '198.51.100.2', NOW + 5)],
      [],
    ],
    [
      'on to a third: one, from the first to the latest, keyed on the latest',
      [to('198.51.100.2', '203.0.113.9', NOW), to('203.0.113.9', '192.0.2.1', NOW + 5)],
      [
        {
          key: `site:office:changed@${NOW + 5}`,
          changes: [{ what: 'IPv4 address', from: '198.51.100.2', to: '192.0.2.1' }],
        },
      ],
    ],
    [
      'both families: one with both',
      [to('198.51.100.2', '203.0.113.9', NOW), to('2001:db8::1', '2001:db8::2', NOW + 5, 'IPv6 address')],
      [
        {
          changes: [
            { what: 'IPv4 address', from: '198.51.100.2', to: '203.0.113.9' },
            { what: 'IPv6 address', from: '2001:db8::1', to: '2001:db8::2' },
          ],
        },
      ],
    ],
  ])('%s', (_name, inputs, want) => {
    const r = run(inputs, NOW + 30_000);
    expect(r.early).toEqual([]);
    expect(r.due).toEqual(want.map((w) => expect.objectContaining({ kind: 'site-changed', ...w })));
    expect(r.wake).toBeNull();
  });
});
