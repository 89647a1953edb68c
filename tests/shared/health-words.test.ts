/**
 * Health's words (shared/health.ts): the reason and the line each state says, with its figures and
 * names, and the badge's tone a situation shows. The states themselves are health.test.ts's table.
 */
import { describe, expect, it } from 'vitest';

import { familyNote, type Health, HEALTH_TONE, type HealthInput, healthOf } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import {
  appStatus,
  appStatusOnRun as status,
  caughtErrors as caught,
  family,
  lastCheck,
  noAddress,
  sourceHealth as source,
} from '../helpers/app-status';

describe('healthOf: the reason and the line it says', () => {
  const none = { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) };
  const NO_SOURCE_REST =
    ', so no request is sent and nothing is known of the network: that time is not monitored (never ' +
    'counted offline). Add one in Settings, Sources.';
  const channel = (id: string, state: string) => ({ id, state }) as ReturnType<typeof appStatus>['notifications'][0];
  it.each<[string, () => HealthInput, Pick<Health, 'label' | 'reason' | 'detail'>]>([
    [
      'no source for IPv6',
      status({}, { v6: none }),
      { label: 'No source', reason: 'IPv6: no source set up', detail: `No source is set up for IPv6${NO_SOURCE_REST}` },
    ],
    [
      'no source for either',
      status({ online: null }, { v4: none, v6: none }),
      {
        label: 'No source',
        reason: 'IPv4 and IPv6: no source set up',
        detail: `No source is set up for IPv4 and IPv6${NO_SOURCE_REST}`,
      },
    ],
    [
      'the one family watched unanswered: the cause alone, as the tray names the family',
      status({ online: true }, { v4: noAddress('unavailable'), v6: { enabled: false } }),
      {
        label: 'Uncertain',
        reason: 'no source answered',
        detail: 'No IPv4 source answered in the last check. No address is declared.',
      },
    ],
    [
      'both unanswered while online: one clause each',
      status({ online: true }, { v4: noAddress('unavailable'), v6: noAddress('unavailable') }),
      {
        label: 'Uncertain',
        reason: 'IPv4: no source answered; IPv6: no source answered',
        detail:
          'No IPv4 source answered in the last check. No IPv6 source answered in the last check. No address is declared.',
      },
    ],
    [
      'all well',
      status(),
      { label: 'Online', reason: 'watching', detail: 'IPv4 and IPv6 confirmed by the last check.' },
    ],
    [
      'all well, IPv4 alone watched',
      status({}, { v6: { enabled: false } }),
      { label: 'Online', reason: 'watching', detail: 'IPv4 confirmed by the last check.' },
    ],
    [
      'confirmed and changed are confirmed too',
      status(
        {},
        { v4: { lastCheck: lastCheck({ result: 'confirmed' }) }, v6: { lastCheck: lastCheck({ result: 'changed' }) } },
      ),
      { label: 'Online', reason: 'watching', detail: 'IPv4 and IPv6 confirmed by the last check.' },
    ],
    [
      'half the sources tripped',
      status({ sources: [source('a4', 4, { state: 'open' }), source('b4', 4)] }),
      {
        label: 'Degraded',
        reason: 'IPv4: 1 of 2 sources failing',
        detail:
          '1 of 2 IPv4 sources keep failing and are rested: fewer are left to agree on the address. See their ' +
          'last errors under Sources.',
      },
    ],
    [
      'the failing and paused channels named, not the ones that deliver',
      status({ notifications: [channel('alerts', 'failing'), channel('fine', 'ok'), channel('mail', 'paused')] }),
      {
        label: 'Degraded',
        reason: 'notifications failing: alerts, mail',
        detail:
          "Notifications cannot be delivered (alerts, mail): they are kept and retried; check the channel's settings.",
      },
    ],
    [
      'a caught error in words',
      status({ internalErrors: caught(true) }),
      {
        label: 'Degraded',
        reason: 'internal error in ddns: Cannot read properties of null',
        detail:
          'An error in ddns was not handled where it happened (Cannot read properties of null); IPWatch caught it ' +
          'and monitoring goes on (3 since start). If it comes back, report it with the log.',
      },
    ],
    [
      'recent caught errors with none kept to name: nothing to say',
      status({ internalErrors: { ...caught(true), last: null } }),
      { label: 'Online', reason: 'watching', detail: 'IPv4 and IPv6 confirmed by the last check.' },
    ],
    [
      'stopped after one family was checked, the other not yet',
      status({ running: false }, { v6: { lastCheck: null } }),
      {
        label: 'Stopped',
        reason: 'monitor stopped',
        detail: 'The monitor is stopped: no checks run. Start IPWatch again.',
      },
    ],
    [
      'an address kept from before, not checked yet, while online: checking',
      status({ online: true }, { v6: { lastCheck: null } }),
      { label: 'Checking', reason: 'first check under way', detail: 'The first check is under way.' },
    ],
  ])('%s', (_name, make, want) => {
    const h = healthOf(make(), english);
    expect({ label: h.label, reason: h.reason, detail: h.detail }).toEqual(want);
  });

  // The badge a person sees for a situation: the tone comes from the state healthOf decides,
  // so a state moved to the wrong tone, or a situation to the wrong state, shows here.
  it.each<[string, 'good' | 'warn' | 'bad' | 'neutral', (() => HealthInput) | null, { connected?: boolean }]>([
    ['all well', 'good', status(), {}],
    ['no status yet', 'neutral', null, {}],
    ['paused', 'neutral', status({ pausedSince: 1, running: false }), {}],
    ['stopped', 'neutral', status({ running: false }), {}],
    ['sources disagree', 'warn', status({}, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }), {}],
    ['no internet', 'bad', status({ online: false }, { v4: noAddress('unavailable') }), {}],
    ['lost contact with the engine', 'bad', status(), { connected: false }],
  ])('%s: a badge of tone %s', (_what, tone, input, opts) => {
    expect(HEALTH_TONE[healthOf(input?.() ?? null, english, opts).state]).toBe(tone);
  });

  it('has no note for a family whose last check found no news but holds no address', () => {
    expect(familyNote(family(4, { ip: null, lastCheck: lastCheck({ result: 'unchanged' }) }), english)).toBeNull();
  });
});
