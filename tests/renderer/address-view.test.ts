/** The dashboard's address states: current or last known (and why), and the first address seen is not a change. */
import { describe, expect, it } from 'vitest';

import type { HistoryEntry } from '../../renderer/src/api/types';
import {
  type AddressView,
  addressView,
  freshChange,
  lastConfirmedAt,
  recentAddresses,
} from '../../renderer/src/pages/address-view';
import { type HealthInput, healthOf, type HealthState } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import type { CheckResult, FamilyStatus } from '../../shared/types';

const NOW = Date.UTC(2026, 10, 25, 12);
const MIN = 60_000;
const IP = '81.2.69.142';

const fam = (over: Partial<FamilyStatus> = {}, result: CheckResult | null = 'unchanged'): FamilyStatus => ({
  family: 4,
  enabled: true,
  ip: IP,
  since: NOW - 60 * MIN,
  lastCheck: result === null ? null : { at: NOW - 2 * MIN, trigger: 'interval', result, durationMs: 40, requests: 2 },
  cgnat: null,
  ...over,
});

const h = (state: HealthState, reason: string = state) => ({ state, reason });

describe('address view', () => {
  it.each<[string, FamilyStatus, ReturnType<typeof h>, number | null, AddressView]>([
    ['switched off', fam({ enabled: false }), h('ok'), null, { kind: 'off' }],
    [
      'not checked yet',
      fam({ ip: null, since: null }, null),
      h('checking'),
      null,
      { kind: 'none', text: 'Not checked yet.' },
    ],
    [
      'no address found',
      fam({ ip: null, since: null }, 'unavailable'),
      h('degraded'),
      null,
      { kind: 'none', text: 'No address (no source answered).' },
    ],
    [
      'no source set up: no request sent, not monitored (never "unavailable")',
      fam({
        ip: null,
        since: null,
        lastCheck: { at: NOW, trigger: 'interval', result: 'unavailable', durationMs: 2, requests: 0 },
      }),
      h('degraded'),
      null,
      { kind: 'none', text: 'No address (not monitored: no source).' },
    ],
    [
      'online and confirmed: current, For counts to now',
      fam(),
      h('ok'),
      NOW - 2 * MIN,
      { kind: 'current', ip: IP, since: NOW - 60 * MIN, forMs: 60 * MIN },
    ],
    [
      'no internet: last known, For stops at the last confirmation',
      fam({}, 'unavailable'),
      h('no-internet', 'no source answered with an address'),
      NOW - 20 * MIN,
      {
        kind: 'last-known',
        ip: IP,
        since: NOW - 60 * MIN,
        forMs: 40 * MIN,
        why: 'no source answered with an address',
        confirmedAt: NOW - 20 * MIN,
      },
    ],
    [
      'disconnected: last known though its last check confirmed it',
      fam(),
      h('disconnected', 'lost contact with the engine'),
      NOW - 2 * MIN,
      {
        kind: 'last-known',
        ip: IP,
        since: NOW - 60 * MIN,
        forMs: 58 * MIN,
        why: 'lost contact with the engine',
        confirmedAt: NOW - 2 * MIN,
      },
    ],
    [
      'paused',
      fam(),
      h('paused', 'paused by the user'),
      NOW - 2 * MIN,
      {
        kind: 'last-known',
        ip: IP,
        since: NOW - 60 * MIN,
        forMs: 58 * MIN,
        why: 'paused by the user',
        confirmedAt: NOW - 2 * MIN,
      },
    ],
    [
      'online, but this family uncertain',
      fam({}, 'uncertain'),
      h('degraded'),
      null,
      {
        kind: 'last-known',
        ip: IP,
        since: NOW - 60 * MIN,
        forMs: null,
        why: 'the last check could not confirm it: sources disagreed',
        confirmedAt: null,
      },
    ],
    [
      'kept from the last run, not checked since the start',
      fam({}, null),
      h('checking'),
      NOW - 3 * 60 * MIN,
      {
        kind: 'last-known',
        ip: IP,
        since: NOW - 60 * MIN,
        forMs: 0,
        why: 'not checked since the monitor started',
        confirmedAt: NOW - 3 * 60 * MIN,
      },
    ],
  ])('%s', (_name, f, health, confirmedAt, expected) => {
    expect(addressView(f, health, NOW, confirmedAt, english)).toEqual(expected);
  });

  it.each<[string, Partial<HealthInput>, HealthState]>([
    ['No internet', { online: false }, 'no-internet'],
    ['Paused', { pausedSince: NOW - MIN }, 'paused'],
    ['Stopped', { running: false }, 'paused'],
  ])('reads last known under the health %s', (_label, over, state) => {
    const v4 = fam({}, over.online === false ? 'unavailable' : 'unchanged');
    const health = healthOf(
      {
        running: true,
        pausedSince: null,
        online: true,
        families: { v4, v6: { ...fam({ family: 6, enabled: false }) } },
        sources: [],
        lastError: null,
        ...over,
      },
      english,
    );
    expect(health.state).toBe(state);
    expect(addressView(v4, health, NOW, NOW - 2 * MIN, english).kind).toBe('last-known');
  });
});

describe('last confirmed', () => {
  const checks = (...r: [number, CheckResult][]) => r.map(([at, result]) => ({ at, result }));
  it.each<[string, FamilyStatus, ReturnType<typeof checks>, number | null]>([
    ['its last check, when that confirmed it', fam(), checks([NOW - 9 * MIN, 'unchanged']), NOW - 2 * MIN],
    [
      'else the newest confirming recent check',
      fam({}, 'unavailable'),
      checks([NOW - 9 * MIN, 'unchanged'], [NOW - 5 * MIN, 'changed'], [NOW - 3 * MIN, 'unavailable']),
      NOW - 5 * MIN,
    ],
    ['none among the recent', fam({}, 'unavailable'), checks([NOW - 3 * MIN, 'uncertain']), null],
  ])('%s', (_name, f, recent, at) => {
    expect(lastConfirmedAt(f, recent)).toBe(at);
  });
});

describe('recent addresses', () => {
  const entry = (id: number, ip: string, change: HistoryEntry['change']): HistoryEntry =>
    ({
      id,
      family: 4,
      ip,
      prefix: null,
      firstSeen: NOW - id * MIN,
      lastSeen: NOW,
      checks: 1,
      sources: [],
      change,
    }) as HistoryEntry;
  const first = { from: null, trigger: 'start' as const, sources: [] };
  it.each<[string, HistoryEntry[], string[], boolean]>([
    ['none', [], [], false],
    ['the first address seen alone: no change', [entry(1, IP, first)], ['first address seen, not a change'], false],
    [
      'a change after the first',
      [entry(1, '81.2.69.200', { from: IP, trigger: 'interval', sources: [] }), entry(2, IP, first)],
      ['was 81.2.69.142', 'first address seen, not a change'],
      true,
    ],
    ['a run imported without a change record', [entry(3, IP, null)], ['no change recorded'], false],
    [
      'no former address in the record, but an older one of the family listed: not called the first',
      [entry(1, IP, first), entry(2, '198.51.100.1', { from: '198.51.100.24', trigger: 'interval', sources: [] })],
      ['no former address recorded, not a change', 'was 198.51.100.24'],
      true,
    ],
    [
      'an older address of the other family does not count',
      [entry(1, IP, first), { ...entry(2, '2001:db8::1', first), family: 6 }],
      ['first address seen, not a change', 'first address seen, not a change'],
      false,
    ],
  ])('%s', (_name, items, notes, anyChange) => {
    const got = recentAddresses(items, english);
    expect(got.rows.map((r) => r.note)).toEqual(notes);
    expect(got.anyChange).toBe(anyChange);
  });
});

describe('a change while it is news (freshChange, its table)', () => {
  const HOUR = 60 * MIN;
  const run = (family: 4 | 6, ip: string, firstSeen: number, from: string | null | undefined): HistoryEntry =>
    ({
      id: firstSeen,
      family,
      ip,
      prefix: null,
      firstSeen,
      lastSeen: NOW,
      checks: 1,
      sources: [],
      change: from === undefined ? null : { from, trigger: 'interval', sources: [] },
    }) as HistoryEntry;
  const OLD = '81.2.69.1';
  it.each<[string, HistoryEntry[], 4 | 6, string | null, number, ReturnType<typeof freshChange>]>([
    ['no run of the family', [run(6, '2001:db8::1', NOW - MIN, '2001:db8::2')], 4, IP, HOUR, null],
    ['a first sighting', [run(4, IP, NOW - MIN, null)], 4, IP, HOUR, null],
    ['an imported run', [run(4, IP, NOW - MIN, undefined)], 4, IP, HOUR, null],
    ['a change, but not the address shown (the list is behind)', [run(4, OLD, NOW - MIN, IP)], 4, IP, HOUR, null],
    ['a change an hour old, the hour set', [run(4, IP, NOW - HOUR, OLD)], 4, IP, HOUR, null],
    ['a change 4 s old', [run(4, IP, NOW - 4000, OLD)], 4, IP, HOUR, { family: 4, was: OLD, at: NOW - 4000 }],
    [
      'a change 2 h old, 3 h set',
      [run(4, IP, NOW - 2 * HOUR, OLD)],
      4,
      IP,
      3 * HOUR,
      { family: 4, was: OLD, at: NOW - 2 * HOUR },
    ],
    [
      'a change stamped ahead of this clock: now',
      [run(4, IP, NOW + MIN, OLD)],
      4,
      IP,
      HOUR,
      { family: 4, was: OLD, at: NOW },
    ],
    ['0 minutes set: never', [run(4, IP, NOW - 4000, OLD)], 4, IP, 0, null],
    [
      "the family's newest run counts, not an older change",
      [run(4, IP, NOW - MIN, null), run(4, OLD, NOW - 2 * MIN, '81.2.69.9')],
      4,
      IP,
      HOUR,
      null,
    ],
    [
      'the other family first in the list',
      [run(6, '2001:db8::1', NOW - MIN, null), run(4, IP, NOW - 2 * MIN, OLD)],
      4,
      IP,
      HOUR,
      { family: 4, was: OLD, at: NOW - 2 * MIN },
    ],
  ])('%s', (_name, items, family, shown, forMs, want) => {
    expect(freshChange(items, family, shown, NOW, forMs)).toEqual(want);
  });
});
