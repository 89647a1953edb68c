/**
 * Another site's notice in words (electron/engine/notify/site-message.ts through renderMessage and
 * noticeData): the site's name first, the "ago" counted at sending time, addresses masked per
 * channel in the text and in the webhook's data. A table.
 */
import { describe, expect, it } from 'vitest';

import { noticeData, renderMessage } from '../../../../electron/engine/notify/message';
import type { SiteNotice } from '../../../../electron/engine/notify/types';
import type { MaskMode } from '../../../../shared/notify-types';

const AT = 1_800_000_000_000;
const v4 = { what: 'IPv4 address', from: '203.0.113.7', to: '198.51.100.4' };
const notice = (over: Partial<SiteNotice>): SiteNotice => ({
  kind: 'site-offline',
  key: 'k',
  at: AT,
  site: 'office',
  changes: [],
  offlineSince: null,
  reason: null,
  offlineMs: null,
  whileAway: false,
  ...over,
});

const ROWS: [string, SiteNotice, MaskMode, number | undefined, string, string][] = [
  [
    'changed',
    notice({ kind: 'site-changed', changes: [v4] }),
    'none',
    undefined,
    'office: new address',
    'office: IPv4 203.0.113.7 → 198.51.100.4',
  ],
  [
    'changed, partly masked',
    notice({ kind: 'site-changed', changes: [v4] }),
    'partial',
    undefined,
    'office: new address',
    'office: IPv4 203.0.113.xxx → 198.51.100.xxx',
  ],
  [
    'changed, hidden',
    notice({ kind: 'site-changed', changes: [v4] }),
    'hidden',
    undefined,
    'office: new address',
    'office: its IPv4 address changed',
  ],
  [
    'changed while away',
    notice({ kind: 'site-changed', changes: [v4], whileAway: true }),
    'none',
    undefined,
    'office: new address',
    'office: IPv4 203.0.113.7 → 198.51.100.4 (while this watcher was away)',
  ],
  [
    'offline, counted at sending time',
    notice({ offlineSince: AT - 30_000, reason: 'connection lost' }),
    'none',
    AT + 10_000,
    'office went offline',
    'office went offline 40 s ago (connection lost)',
  ],
  [
    'offline, no sending time: the notice time',
    notice({ offlineSince: AT - 30_000 }),
    'none',
    undefined,
    'office went offline',
    'office went offline 30 s ago',
  ],
  [
    'offline while away, time not known',
    notice({ whileAway: true, reason: 'connection lost' }),
    'none',
    AT,
    'office went offline',
    'office went offline while this watcher was away (connection lost)',
  ],
  [
    'back',
    notice({ kind: 'site-online', offlineSince: AT - 720_000, offlineMs: 720_000 }),
    'none',
    AT,
    'office is back',
    'office is back, offline for 12 min',
  ],
  [
    'back while away',
    notice({ kind: 'site-online', offlineSince: AT - 7_200_000, offlineMs: 7_200_000, whileAway: true }),
    'none',
    AT,
    'office is back',
    'office is back (while this watcher was away), offline for at most 2 h',
  ],
];

describe('site notices in words', () => {
  it.each(ROWS)('%s', (_name, n, mask, now, title, summary) => {
    const m = renderMessage(n, { timezone: 'UTC', mask, ...(now === undefined ? {} : { now }) });
    expect({ title: m.title, summary: m.summary }).toEqual({ title, summary });
    expect(m.fields[0]).toEqual({ name: 'Site', value: 'office' });
    expect(m.text.startsWith(summary)).toBe(true);
  });

  it('says why a site went offline in words, and when', () => {
    const m = renderMessage(notice({ offlineSince: AT, reason: 'connection lost' }), { timezone: 'UTC', mask: 'none' });
    expect(m.tone).toBe('bad');
    expect(m.fields).toEqual(
      expect.arrayContaining([
        { name: 'Why', value: 'its connection to the broker died (its last will)' },
        { name: 'Offline since', value: expect.stringContaining('UTC') },
      ]),
    );
  });

  it("masks the addresses of a site's changes in the webhook's data", () => {
    const data = noticeData(notice({ kind: 'site-changed', changes: [v4] }), 'partial');
    expect(data.changes).toEqual([{ what: 'IPv4 address', from: '203.0.113.xxx', to: '198.51.100.xxx' }]);
    expect(JSON.stringify(data)).not.toContain('203.0.113.7');
    expect(data).toMatchObject({ kind: 'site-changed', site: 'office' });
  });
});
