import { describe, expect, it } from 'vitest';

import {
  ago,
  CHANGED_RECENTLY_MS,
  menuAddresses,
  type TrayInput,
  trayState,
  type TrayState,
  TOOLTIP_MAX,
  trayTooltip,
} from '../../../electron/shell/tray-state';
import { natVerdict } from '../../../shared/nat';
import type { FamilyStatus, SourceHealth } from '../../../shared/types';
import { appStatus, lastCheck, NOW } from '../../helpers/app-status';

const input = (over: Partial<TrayInput> = {}): TrayInput => ({
  status: appStatus(),
  now: NOW,
  checking: false,
  lastChangeAt: null,
  ...over,
});

const source = (state: SourceHealth['state'], family: 4 | 6 = 4, id = `s-${state}-${Math.random()}`): SourceHealth => ({
  id,
  provider: id,
  kind: 'http',
  family,
  state,
  successes: 1,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 20,
});

describe('trayState', () => {
  const cases: [string, TrayInput, TrayState][] = [
    ['all well', input(), 'ok'],
    [
      'paused wins over everything',
      input({ status: appStatus({ pausedSince: NOW - 5, online: false }), checking: true }),
      'paused',
    ],
    ['a check the user started', input({ checking: true }), 'checking'],
    [
      'first check not finished yet',
      input({
        status: appStatus({ online: null }, { v4: { ip: null, lastCheck: null }, v6: { ip: null, lastCheck: null } }),
      }),
      'checking',
    ],
    ['families answered, connectivity not settled yet', input({ status: appStatus({ online: null }) }), 'ok'],
    ['offline', input({ status: appStatus({ online: false, offlineSince: NOW - 60_000 }) }), 'offline'],
    [
      'offline wins over a recent change',
      input({ status: appStatus({ online: false }), lastChangeAt: NOW - 1000 }),
      'offline',
    ],
    ['changed a minute ago', input({ lastChangeAt: NOW - 60_000 }), 'changed'],
    ['changed long ago', input({ lastChangeAt: NOW - CHANGED_RECENTLY_MS }), 'ok'],
    [
      'a failure kept in lastError',
      input({ status: appStatus({ lastError: { message: 'disk full', at: NOW, where: 'store: check' } }) }),
      'degraded',
    ],
    [
      'sources disagree',
      input({ status: appStatus({}, { v4: { lastCheck: lastCheck({ result: 'uncertain' }) } }) }),
      'degraded',
    ],
    [
      // Issue 29: never green without an address for every watched family (the tooltip says to switch IPv6 off).
      'no IPv6 answer while IPv4 works',
      input({ status: appStatus({}, { v6: { ip: null, lastCheck: lastCheck({ result: 'unavailable' }) } }) }),
      'degraded',
    ],
    [
      'replies without an address everywhere (captive portal)',
      input({
        status: appStatus(
          { online: false },
          {
            v4: { ip: null, lastCheck: lastCheck({ result: 'uncertain' }) },
            v6: { ip: null, lastCheck: lastCheck({ result: 'uncertain' }) },
          },
        ),
      }),
      'offline',
    ],
    [
      'no IPv4 answer while online',
      input({ status: appStatus({}, { v4: { lastCheck: lastCheck({ result: 'unavailable' }) } }) }),
      'degraded',
    ],
    [
      'most sources failing',
      input({ status: appStatus({ sources: [source('open'), source('open'), source('closed')] }) }),
      'degraded',
    ],
    [
      'some sources failing',
      input({ status: appStatus({ sources: [source('open'), source('closed'), source('closed')] }) }),
      'ok',
    ],
    [
      'failing sources of a family that is off',
      input({ status: appStatus({ sources: [source('open', 6), source('open', 6)] }, { v6: { enabled: false } }) }),
      'ok',
    ],
  ];
  it.each(cases)('%s', (_name, i, expected) => expect(trayState(i)).toBe(expected));
});

describe('why, in the tooltip', () => {
  it('names a failing notification channel', () => {
    const status = appStatus({
      notifications: [{ id: 'alerts', state: 'failing' } as AppStatus['notifications'][number]],
    });
    expect(trayTooltip(input({ status })).split('\n').at(-1)).toBe('Why: notifications failing: alerts');
  });
  it('says no internet, and why', () => {
    const none = { ip: null, lastCheck: lastCheck({ result: 'unavailable' }) };
    const status = appStatus({ online: false }, { v4: none, v6: none });
    expect(trayTooltip(input({ status })).split('\n')).toEqual([
      'IPWatch: No internet',
      'IPv4: no answer',
      'IPv6: no answer',
      'Last check: 30 s ago',
      'Why: no source answered with an address',
    ]);
  });
});

type AppStatus = ReturnType<typeof appStatus>;

describe("a family's line in the tooltip", () => {
  const line = (v4: Partial<FamilyStatus>) => trayTooltip(input({ status: appStatus({}, { v4 }) })).split('\n')[1];
  it.each<[string, Partial<FamilyStatus>, string]>([
    ['switched off in settings', { enabled: false }, 'IPv4: not watched'],
    ['an address', {}, 'IPv4: 81.2.69.142'],
    ['not checked yet', { ip: null, lastCheck: null }, 'IPv4: not checked yet'],
    [
      'no source set up: the check sent no request',
      { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
      'IPv4: not monitored: no source',
    ],
    [
      'sources asked, none answered',
      { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 3 }) },
      'IPv4: no answer',
    ],
    ['sources disagree', { ip: null, lastCheck: lastCheck({ result: 'uncertain' }) }, 'IPv4: unknown'],
  ])('%s', (_name, v4, expected) => {
    expect(line(v4)).toBe(expected);
  });
  it('never says an internal word: "none", "off" or "unavailable"', () => {
    const none = { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) };
    const text = trayTooltip(input({ status: appStatus({}, { v4: none, v6: { enabled: false } }) }));
    expect(text).not.toMatch(/: (none|off|unavailable)$/m);
  });
});

describe('trayTooltip', () => {
  it('shows the state, both addresses and the last check', () => {
    expect(trayTooltip(input()).split('\n')).toEqual([
      'IPWatch: Online',
      'IPv4: 81.2.69.142',
      'IPv6: 2a02:1:2:3::5',
      'NAT: forward ports on your router',
      'Last check: 30 s ago',
    ]);
  });
  it('says why it is degraded, and which family has none or is off', () => {
    const status = appStatus(
      {},
      { v4: { ip: null, lastCheck: lastCheck({ result: 'uncertain' }) }, v6: { enabled: false } },
    );
    expect(trayTooltip(input({ status })).split('\n')).toEqual([
      'IPWatch: Uncertain',
      'IPv4: unknown',
      'IPv6: not watched',
      'NAT: forward ports on your router',
      'Last check: 30 s ago',
      'Why: sources disagree',
    ]);
    const failing = appStatus(
      { lastError: { message: 'disk full', at: NOW, where: 'store' } },
      { v6: { enabled: false } },
    );
    // 131 characters with the NAT hint: it gives way first, the why stays.
    expect(trayTooltip(input({ status: failing })).split('\n')).toEqual([
      'IPWatch: Degraded',
      'IPv4: 81.2.69.142',
      'IPv6: not watched',
      'Last check: 30 s ago',
      'Why: store: disk full',
    ]);
  });
  it('says a check the user started, and a recent change', () => {
    expect(trayTooltip(input({ checking: true })).split('\n')[0]).toBe('IPWatch: checking…');
    expect(trayTooltip(input({ lastChangeAt: NOW - 1000 })).split('\n')[0]).toBe('IPWatch: address changed recently');
  });
  it('tells of an update waiting for a restart', () => {
    expect(
      trayTooltip(input({ updateReady: '0.2.0' }))
        .split('\n')
        .at(-1),
    ).toBe('Update 0.2.0 ready: restart from the menu');
  });
  it('stays within the 127 characters Windows shows', () => {
    const status = appStatus({ lastError: { message: 'x'.repeat(300), at: NOW, where: 'store' } });
    expect(trayTooltip(input({ status })).length).toBeLessThanOrEqual(TOOLTIP_MAX);
  });
});

describe('the NAT verdict in the tooltip', () => {
  const PUBLIC = '81.2.69.142';
  const withNat = (
    routerAddress: string | null,
    over: Partial<AppStatus> = {},
    localAddresses: string[] = [],
    egress: string | null = null,
  ) => appStatus({ nat: natVerdict({ routerAddress, publicAddress: PUBLIC, localAddresses, egress }), ...over });
  const natLine = (text: string) => text.split('\n').find((l) => /NAT|Direct|VPN/.test(l)) ?? null;

  it.each<[string, AppStatus, string | null]>([
    ['behind the router', withNat(PUBLIC), 'NAT: forward ports on your router'],
    ['the machine holds the public address', withNat(null, {}, [PUBLIC]), 'Direct: no NAT in between'],
    ['a private router address', withNat('192.168.100.2'), 'Double NAT: forward on both'],
    ['shared space (RFC 6598)', withNat('100.64.3.4'), 'CGNAT: no port forwarding'],
    ['through a VPN', withNat(PUBLIC, {}, [], 'wg0'), 'VPN: router forwarding bypassed'],
    ['no router answers: nothing said', withNat(null), null],
  ])('%s', (_label, status, line) => {
    expect(natLine(trayTooltip(input({ status })))).toBe(line);
  });

  it('keeps a CGNAT warning over the last check when the addresses are long', () => {
    const status = withNat('100.64.3.4', {}, []);
    const long = appStatus(
      { nat: status.nat },
      { v4: { ip: '255.255.255.255' }, v6: { ip: 'abcd:abcd:abcd:abcd:abcd:abcd:abcd:abcd' } },
    );
    const text = trayTooltip(input({ status: long, lastChangeAt: NOW - 1000 }));
    expect(text.length).toBeLessThanOrEqual(TOOLTIP_MAX);
    expect(text.split('\n')).toEqual([
      'IPWatch: address changed recently',
      'IPv4: 255.255.255.255',
      'IPv6: abcd:abcd:abcd:abcd:abcd:abcd:abcd:abcd',
      'CGNAT: no port forwarding',
    ]);
  });

  it('leaves out a verdict that needs nothing done before the last check', () => {
    const long = appStatus(
      {},
      { v4: { ip: '255.255.255.255' }, v6: { ip: 'abcd:abcd:abcd:abcd:abcd:abcd:abcd:abcd' } },
    );
    const lines = trayTooltip(input({ status: long, lastChangeAt: NOW - 1000 })).split('\n');
    expect(lines.at(-1)).toBe('Last check: 30 s ago');
    expect(lines).not.toContain('NAT: forward ports on your router');
  });
});

describe('ago and menuAddresses', () => {
  it.each([
    [0, '0 s ago'],
    [59_000, '59 s ago'],
    [60_000, '1 min ago'],
    [3_600_000, '1 h ago'],
    [2 * 86_400_000, '2 d ago'],
    [-5000, '0 s ago'],
  ])('ago(%i) = %s', (ms, text) => expect(ago(ms)).toBe(text));

  it('lists the known addresses of enabled families', () => {
    expect(menuAddresses(appStatus({}, { v6: { ip: null } }))).toEqual([{ family: 4, ip: '81.2.69.142' }]);
    expect(menuAddresses(appStatus({}, { v4: { enabled: false } }))).toEqual([{ family: 6, ip: '2a02:1:2:3::5' }]);
  });
});
