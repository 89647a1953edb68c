import { describe, expect, it } from 'vitest';

import {
  type Connectivity,
  connectivityAfterClockStep,
  type ConnectivityStep,
  connectivityStep,
  initialConnectivity,
} from '../../../../electron/engine/ip-monitor/connectivity';

const NOW = 1_000_000;
const fresh = initialConnectivity();
const cause = 'no source could be reached: the network is down or has no way out';
const reason = { code: 'reason.cause.network', values: {} };
const up: Connectivity = { online: true, offlineSince: null, offlineStreak: 0, offlineCause: null };
const down: Connectivity = { online: false, offlineSince: NOW - 90_000, offlineStreak: 3, offlineCause: cause };

describe('connectivityStep', () => {
  it.each<[string, Connectivity, boolean, ConnectivityStep]>([
    [
      'first check, nothing answered: offline, outage opened',
      fresh,
      false,
      {
        state: { online: false, offlineSince: NOW, offlineStreak: 1, offlineCause: cause },
        event: { type: 'offline', at: NOW, cause, reason },
        outage: { start: NOW, end: null, cause },
      },
    ],
    [
      'online, nothing answered: offline, outage opened',
      up,
      false,
      {
        state: { online: false, offlineSince: NOW, offlineStreak: 1, offlineCause: cause },
        event: { type: 'offline', at: NOW, cause, reason },
        outage: { start: NOW, end: null, cause },
      },
    ],
    [
      'offline, still nothing: only the streak grows',
      down,
      false,
      { state: { ...down, offlineStreak: 4 }, event: null, outage: null },
    ],
    [
      'offline, an answer: back online with the outage length, outage closed with the cause it opened with',
      down,
      true,
      {
        state: up,
        event: { type: 'online', at: NOW, offlineMs: 90_000 },
        outage: { start: NOW - 90_000, end: NOW, cause },
      },
    ],
    [
      'offline from a state kept without a cause: closed with the network as the cause',
      { ...down, offlineCause: null },
      true,
      {
        state: up,
        event: { type: 'online', at: NOW, offlineMs: 90_000 },
        outage: { start: NOW - 90_000, end: NOW, cause },
      },
    ],
    ['first check answered: online, nothing to announce', fresh, true, { state: up, event: null, outage: null }],
    ['online, answered: nothing changes', up, true, { state: up, event: null, outage: null }],
  ])('%s', (_name, before, answered, expected) => {
    expect(connectivityStep(before, answered, 'network', NOW)).toEqual(expected);
  });

  it.each<['network' | 'no-address', string, string]>([
    ['network', 'reason.cause.network', cause],
    [
      'no-address',
      'reason.cause.noAddress',
      'sources replied, but none with an address: a sign-in page or a filter may be in the way',
    ],
  ])('an outage for %s carries the code beside its English', (why, code, words) => {
    const step = connectivityStep(fresh, false, why, NOW);
    expect(step.event).toEqual({ type: 'offline', at: NOW, cause: words, reason: { code, values: {} } });
    expect(step.outage?.cause).toBe(words);
    expect(JSON.stringify(step.event)).not.toMatch(/unavailable|did not agree|IPv6/);
  });
});

describe('connectivityAfterClockStep', () => {
  const BEFORE = NOW + 10_000;
  const AT = BEFORE - 86_400_000;
  it.each<[string, Connectivity, Connectivity]>([
    ['online: nothing to move', up, up],
    ['not known yet: nothing to move', fresh, fresh],
    [
      'offline: the outage goes on from the new time, its length so far kept',
      down,
      { ...down, offlineSince: AT, offlineBeforeStepMs: 100_000 },
    ],
    [
      'offline across two steps: both parts kept',
      { ...down, offlineBeforeStepMs: 5_000 },
      { ...down, offlineSince: AT, offlineBeforeStepMs: 105_000 },
    ],
  ])('%s', (_name, before, expected) => {
    expect(connectivityAfterClockStep(before, BEFORE, AT)).toEqual(expected);
  });

  it('"back online" after a step back says the time really offline', () => {
    const moved = connectivityAfterClockStep(down, BEFORE, AT);
    expect(connectivityStep(moved, true, 'network', AT + 20_000).event).toEqual({
      type: 'online',
      at: AT + 20_000,
      offlineMs: 120_000,
    });
  });
});
