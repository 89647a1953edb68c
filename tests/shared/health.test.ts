import { describe, expect, it } from 'vitest';

import { familyNote, type Health, type HealthInput, healthOf, type HealthOptions } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import {
  appStatus,
  appStatusOnRun as status,
  caughtErrors as caught,
  family,
  lastCheck,
  noAddress,
  NOW,
  sourceHealth as source,
} from '../helpers/app-status';

const enotfound = (id: string, f: 4 | 6) =>
  source(id, f, { successes: 0, failures: 1, successRate: 0, latencyMs: null, lastError: `ENOTFOUND: ${id}` });

const cases: [string, (() => HealthInput) | null, HealthOptions, Pick<Health, 'state' | 'label'>][] = [
  ['all well', status(), {}, { state: 'ok', label: 'Online' }],
  [
    'fresh install, every source failing ENOTFOUND',
    status(
      { online: false, offlineSince: NOW - 5000, sources: [enotfound('a4', 4), enotfound('a6', 6)] },
      { v4: noAddress('unavailable'), v6: noAddress('unavailable') },
    ),
    {},
    { state: 'no-internet', label: 'No internet' },
  ],
  [
    'a resolver answering NXDOMAIN for everything (captive portal): replies, but no address',
    status({ online: false, offlineSince: NOW - 5000 }, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }),
    {},
    { state: 'no-internet', label: 'No internet' },
  ],
  [
    'offline, with the addresses kept from the last run',
    status({ online: false }, { v4: { lastCheck: lastCheck({ result: 'unavailable' }) } }),
    {},
    { state: 'no-internet', label: 'No internet' },
  ],
  [
    'no source set up for either family: no request sent, so the network is not blamed',
    status(
      { online: null },
      {
        v4: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
        v6: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
      },
    ),
    {},
    { state: 'degraded', label: 'No source' },
  ],
  [
    'no IPv6 source set up while IPv4 works',
    status({}, { v6: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) } }),
    {},
    { state: 'degraded', label: 'No source' },
  ],
  [
    'IPv4 sources unanswered while IPv6 has none set up: the network is still said first',
    status(
      { online: false },
      {
        v4: noAddress('unavailable'),
        v6: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
      },
    ),
    {},
    { state: 'no-internet', label: 'No internet' },
  ],
  [
    'one family missing: no IPv6 answer while IPv4 works is never green',
    status({}, { v6: noAddress('unavailable') }),
    {},
    { state: 'degraded', label: 'No IPv6' },
  ],
  [
    'IPv4 missing while IPv6 works',
    status({}, { v4: { lastCheck: lastCheck({ result: 'unavailable' }) } }),
    {},
    { state: 'degraded', label: 'No IPv4' },
  ],
  [
    'an address the last check could not confirm (kept from before) is not one',
    status({}, { v4: { lastCheck: lastCheck({ result: 'uncertain' }) } }),
    {},
    { state: 'degraded', label: 'IPv4 uncertain' },
  ],
  [
    'sources answered on both families but disagreed',
    status({}, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }),
    {},
    { state: 'degraded', label: 'Uncertain' },
  ],
  [
    'a family switched off needs no address',
    status({}, { v6: { enabled: false, ip: null, lastCheck: null } }),
    {},
    { state: 'ok', label: 'Online' },
  ],
  [
    'both families off',
    status({}, { v4: { enabled: false }, v6: { enabled: false } }),
    {},
    { state: 'degraded', label: 'Nothing watched' },
  ],
  ['paused', status({ pausedSince: NOW - 5, running: false }), {}, { state: 'paused', label: 'Paused' }],
  [
    'paused wins over no internet',
    status({ pausedSince: NOW - 5, online: false }, { v4: noAddress('unavailable') }),
    {},
    { state: 'paused', label: 'Paused' },
  ],
  ['lost connection', status(), { connected: false }, { state: 'disconnected', label: 'Disconnected' }],
  ['lost connection before any status', null, { connected: false }, { state: 'disconnected', label: 'Disconnected' }],
  [
    'lost connection wins over paused',
    status({ pausedSince: NOW }),
    { connected: false },
    { state: 'disconnected', label: 'Disconnected' },
  ],
  ['no status yet', null, {}, { state: 'checking', label: 'Checking' }],
  [
    'first check under way',
    status({ online: null }, { v4: { ip: null, lastCheck: null }, v6: { ip: null, lastCheck: null } }),
    {},
    { state: 'checking', label: 'Checking' },
  ],
  [
    'one family answered, the other still asking',
    status({ online: null }, { v6: { ip: null, lastCheck: null } }),
    {},
    { state: 'checking', label: 'Checking' },
  ],
  ['families answered, connectivity not settled yet', status({ online: null }), {}, { state: 'ok', label: 'Online' }],
  [
    'families without an address, connectivity not settled yet: not green',
    status({ online: null }, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }),
    {},
    { state: 'checking', label: 'Checking' },
  ],
  [
    'not started yet',
    status({ running: false, online: null }, { v4: { lastCheck: null }, v6: { lastCheck: null } }),
    {},
    { state: 'checking', label: 'Starting' },
  ],
  ['stopped', status({ running: false }), {}, { state: 'paused', label: 'Stopped' }],
  [
    'recovered after an outage: old source errors are history',
    status(
      {
        online: true,
        offlineSince: null,
        sources: [
          source('a4', 4, { lastError: 'ECONNRESET', lastErrorAt: NOW - 600_000, lastSuccessAt: NOW - 30_000 }),
          source('b4', 4),
          source('a6', 6, { lastError: 'ECONNRESET', lastErrorAt: NOW - 600_000, lastSuccessAt: NOW - 30_000 }),
        ],
      },
      { v4: { lastCheck: lastCheck({ trigger: 'retry', result: 'unchanged' }) } },
    ),
    {},
    { state: 'ok', label: 'Online' },
  ],
  [
    'an error the engine kept',
    status({ lastError: { message: 'disk full', at: NOW, where: 'store: check' } }),
    {},
    { state: 'degraded', label: 'Degraded' },
  ],
  [
    'an error no part handled, caught within the hour',
    status({ internalErrors: caught(true) }),
    {},
    { state: 'degraded', label: 'Degraded' },
  ],
  [
    'an error no part handled, caught over an hour ago',
    status({ internalErrors: caught(false) }),
    {},
    {
      state: 'ok',
      label: 'Online',
    },
  ],
  [
    'a failing notification channel',
    status({
      notifications: [{ id: 'alerts', state: 'failing' } as ReturnType<typeof appStatus>['notifications'][0]],
    }),
    {},
    { state: 'degraded', label: 'Degraded' },
  ],
  [
    'half the sources of a family tripped',
    status({ sources: [source('a4', 4, { state: 'open' }), source('b4', 4)] }),
    {},
    { state: 'degraded', label: 'Degraded' },
  ],
  [
    'one tripped source among three is routine',
    status({ sources: [source('a4', 4, { state: 'open' }), source('b4', 4), source('c4', 4)] }),
    {},
    { state: 'ok', label: 'Online' },
  ],
  [
    'tripped sources of a family that is off',
    status(
      { sources: [source('a6', 6, { state: 'open' }), source('b6', 6, { state: 'open' })] },
      { v6: { enabled: false } },
    ),
    {},
    { state: 'ok', label: 'Online' },
  ],
];

describe('healthOf', () => {
  it.each(cases)('%s', (_name, make, opts, expected) => {
    const h = healthOf(make === null ? null : make(), english, opts);
    expect({ state: h.state, label: h.label }).toEqual(expected);
    // Every state says what it means in one line, and the tray's short cause.
    expect(h.detail.length).toBeGreaterThan(10);
    expect(h.detail).not.toMatch(/\n/);
    expect(h.reason.length).toBeGreaterThan(3);
  });

  it('never says ok without a confirmed address for every watched family', () => {
    const results = ['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable'] as const;
    for (const online of [true, false, null])
      for (const r4 of results)
        for (const r6 of results)
          for (const ip4 of ['81.2.69.142', null])
            for (const ip6 of ['2a02:1:2:3::5', null]) {
              const s = appStatus(
                { online },
                {
                  v4: { ip: ip4, lastCheck: lastCheck({ result: r4 }) },
                  v6: { ip: ip6, lastCheck: lastCheck({ result: r6 }) },
                },
              );
              const confirmed = (ip: string | null, r: string) =>
                ip !== null && ['unchanged', 'confirmed', 'changed'].includes(r);
              const allThere = confirmed(ip4, r4) && confirmed(ip6, r6);
              if (healthOf(s, english).state === 'ok')
                expect({ online, r4, r6, ip4, ip6, allThere }).toMatchObject({ allThere: true });
              if (online === false) expect(healthOf(s, english).state).toBe('no-internet');
            }
  });

  it('says what to do when there is no internet', () => {
    const h = healthOf(
      appStatus({ online: false }, { v4: noAddress('unavailable'), v6: noAddress('unavailable') }),
      english,
    );
    expect(h.detail).toMatch(/network connection/);
    expect(h.detail).toMatch(/portal/);
  });

  it('while sources disagree, points at what each answered, not at failing sources (none need look failing)', () => {
    for (const f of [family(4, noAddress('uncertain')), family(4, { lastCheck: lastCheck({ result: 'uncertain' }) })]) {
      const note = familyNote(f, english)!;
      expect(note).toMatch(/see what each source answered, and which agreed, under Sources/);
      expect(note).not.toMatch(/failing/);
    }
  });

  it('for one family, the headline says a short line and the card the long one, never the same words', () => {
    const s = appStatus({}, { v4: noAddress('uncertain') });
    const h = healthOf(s, english);
    expect(h.label).toBe('IPv4 uncertain');
    expect(h.detail).toBe(
      'IPv4 sources replied in the last check, but not enough agreed on an address, so IPv4 has no confirmed address.',
    );
    expect(familyNote(s.families.v4, english)).not.toContain(h.detail);
    expect(h.detail.length).toBeLessThan(familyNote(s.families.v4, english)!.length);
  });

  it('names the failing channel and the error the engine kept', () => {
    expect(healthOf(appStatus({ lastError: { message: 'disk full', at: NOW, where: 'store' } }), english).reason).toBe(
      'store: disk full',
    );
    const channel = { id: 'alerts', state: 'paused' } as ReturnType<typeof appStatus>['notifications'][0];
    expect(healthOf(appStatus({ notifications: [channel] }), english).reason).toBe('notifications failing: alerts');
  });

  it('names the part of a caught error, and says monitoring goes on', () => {
    const h = healthOf(appStatus({ internalErrors: caught(true) }), english);
    expect(h.reason).toBe('internal error in ddns: Cannot read properties of null');
    expect(h.detail).toMatch(/monitoring goes on \(3 since start\)/);
  });
});
