/** Message content: times in the user's zone, durations (tests/shared/words/duration.test.ts), masks, retry timing. */
import { describe, expect, it } from 'vitest';

import { formatTime, showAddress } from '../../../../electron/engine/format/display';
import { renderMessage } from '../../../../electron/engine/notify/message';
import type { Notice } from '../../../../electron/engine/notify/types';
import { notificationsSchema } from '../../../../shared/settings/notify';

const AT = Date.UTC(2026, 10, 23, 0, 40, 6);

describe('formatTime', () => {
  it.each([
    ['UTC', '2026-11-23 00:40:06 UTC'],
    ['Europe/Berlin', '2026-11-23 01:40:06 GMT+1'],
    ['America/New_York', '2026-11-22 19:40:06 EST'],
    ['Asia/Kolkata', '2026-11-23 06:10:06 GMT+5:30'],
  ])('%s', (tz, text) => expect(formatTime(AT, tz)).toBe(text));

  it("'' uses the system zone", () => {
    expect(formatTime(AT, '')).toBe(formatTime(AT, Intl.DateTimeFormat().resolvedOptions().timeZone));
  });
});

describe('showAddress', () => {
  it.each([
    ['203.0.113.7', 'none', '203.0.113.7'],
    ['203.0.113.7', 'partial', '203.0.113.xxx'],
    ['203.0.113.7', 'hidden', '(hidden)'],
    ['2001:db8:1:2::5', 'partial', '2001:db8:1:2:xxxx:xxxx:xxxx:xxxx'],
    [null, 'hidden', 'none'],
  ] as const)('%s with %s -> %s', (ip, mask, text) => expect(showAddress(ip, mask)).toBe(text));
});

describe('renderMessage', () => {
  const changeNotice: Notice = {
    kind: 'ipv6-changed',
    key: 'k',
    at: AT,
    family: 6,
    from: '2001:db8:1:2::5',
    to: '2001:db8:9:9::5',
    fromSince: AT - 26 * 3600_000,
    sources: ['ipify-v6', 'cloudflare-v6'],
  };
  it('a change: family, both addresses, how long the old one lasted, time, sources', () => {
    const m = renderMessage(changeNotice, { timezone: 'Europe/Berlin', mask: 'none' });
    expect(m.title).toBe('Public IPv6 address changed');
    expect(m.text).toBe(
      [
        'IPv6 2001:db8:1:2::5 → 2001:db8:9:9::5',
        'IP version: IPv6',
        'Old address: 2001:db8:1:2::5',
        'New address: 2001:db8:9:9::5',
        'Old address lasted: 1 d 2 h',
        'Confirmed by: ipify-v6, cloudflare-v6',
        'Time: 2026-11-23 01:40:06 GMT+1',
      ].join('\n'),
    );
  });

  it('hidden: no address in any field', () => {
    const m = renderMessage(changeNotice, { timezone: 'UTC', mask: 'hidden' });
    expect(JSON.stringify(m)).not.toContain('2001:db8');
    expect(m.summary).toBe('Your public IPv6 address changed.');
  });

  it.each<[Notice, string, string]>([
    [
      { kind: 'offline', key: 'k', at: AT, since: AT - 90_000, cause: 'no route' },
      'Offline',
      'No connection since 2026-11-23 00:38:36 UTC (1 min 30 s).',
    ],
    [{ kind: 'online', key: 'k', at: AT, offlineMs: 300_000 }, 'Back online', 'Back online after 5 min offline.'],
    [
      { kind: 'degraded', key: 'k', at: AT, degraded: true, reason: 'x' },
      'IP detection degraded',
      'Address changes may go unnoticed: x.',
    ],
    [
      { kind: 'frequent-changes', key: 'k', at: AT, family: 4, count: 3, windowSec: 3600 },
      'Frequent IPv4 changes',
      '3 changes within 1 h: the connection looks flaky.',
    ],
    [
      { kind: 'started', key: 'k', at: AT, v4: '203.0.113.7', v6: null },
      'IPWatch started',
      'Monitoring your public addresses.',
    ],
    [{ kind: 'test', key: 'k', at: AT }, 'IPWatch test notification', 'If you can read this, the channel works.'],
  ])('%j', (n, title, summary) => {
    const m = renderMessage(n, { timezone: 'UTC', mask: 'none' });
    expect([m.title, m.summary]).toEqual([title, summary]);
  });
});

describe('notificationsSchema', () => {
  it('defaults a user would pick', () => {
    const s = notificationsSchema.parse({});
    // Changes go out at once (flap suppression is opt-in); desktop notifications are on by default.
    expect(s).toMatchObject({ timezone: '', offlineAfterSec: 60, flapWindowSec: 0, startup: false, maxAgeHours: 24 });
    expect(s.frequent).toEqual({ count: 3, windowSec: 3600 });
    expect(s.channels).toEqual([
      expect.objectContaining({ id: 'desktop', type: 'desktop', enabled: true, mask: 'none' }),
    ]);
  });

  it('a channel keeps its own options beside the common fields', () => {
    const s = notificationsSchema.parse({ channels: [{ id: 'd', type: 'discord-webhook', url: 'x' }] });
    expect(s.channels[0]).toMatchObject({ id: 'd', enabled: true, mask: 'none', url: 'x' });
    expect(s.channels[0]!.events).toContain('ipv4-changed');
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }, 'timezone: unknown time zone (expected e.g. Europe/Berlin)'],
    [{ retry: { initialSec: 10, maxSec: 5 } }, 'retry.maxSec: must be at least retry.initialSec'],
    [{ channels: [{ id: 'a b', type: 'slack' }] }, 'channels.0.id: use letters, digits, dot, dash or underscore'],
  ])('rejects %j', (raw, message) => {
    const r = notificationsSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(message);
  });
});
