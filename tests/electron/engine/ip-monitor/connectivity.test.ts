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
const cause = 'no source answered with an address for IPv4 and IPv6';
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
        event: { type: 'offline', at: NOW, cause },
        outage: { start: NOW, end: null, cause },
      },
    ],
    [
      'online, nothing answered: offline, outage opened',
      up,
      false,
      {
        state: { online: false, offlineSince: NOW, offlineStreak: 1, offlineCause: cause },
        event: { type: 'offline', at: NOW, cause },
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
      'offline from a state kept without a cause: closed with the plain words',
      { ...down, offlineCause: null },
      true,
      {
        state: up,
        event: { type: 'online', at: NOW, offlineMs: 90_000 },
        outage: { start: NOW - 90_000, end: NOW, cause: 'no source answered with an address' },
      },
    ],
    ['first check answered: online, nothing to announce', fresh, true, { state: up, event: null, outage: null }],
    ['online, answered: nothing changes', up, true, { state: up, event: null, outage: null }],
  ])('%s', (_name, before, answered, expected) => {
    expect(connectivityStep(before, answered, [4, 6], NOW)).toEqual(expected);
  });

  it.each<[readonly (4 | 6)[], string]>([
    [[4], 'no source answered with an address for IPv4'],
    [[6], 'no source answered with an address for IPv6'],
  ])('names the one family asked, %j, in the words the cards use', (families, words) => {
    const event = connectivityStep(fresh, false, families, NOW).event;
    expect(event).toMatchObject({ cause: words });
    expect(JSON.stringify(event)).not.toMatch(/unavailable|famil/);
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
    expect(connectivityStep(moved, true, [4], AT + 20_000).event).toEqual({
      type: 'online',
      at: AT + 20_000,
      offlineMs: 120_000,
    });
  });
});
