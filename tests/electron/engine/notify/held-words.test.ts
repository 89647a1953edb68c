import { expect, it } from 'vitest';

import { heldWords } from '../../../../electron/engine/notify/held-words';

const at = Date.parse('2026-11-26T22:10:00Z');
const damping = { offlineAfterMs: 4 * 60_000, flapWindowMs: 2 * 60_000 };
const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const site = (extra: object) =>
  JSON.stringify({ key: 'k', at, site: 'office', changes: [], reason: null, offlineMs: null, ...extra });

it.each([
  [
    'a site offline, due once it has lasted offlineAfter',
    { channel: '~policy.site-hold', payload: site({ kind: 'site-offline', offlineSince: at }) },
    'held: office offline, sent at 22:14 unless it returns',
  ],
  [
    'a site change, due after the flap window',
    { channel: '~policy.site-hold', payload: site({ kind: 'site-changed', offlineSince: null }) },
    'held: office changed address, sent at 22:12 unless it changes back',
  ],
  [
    'a site offline since an unknown time',
    { channel: '~policy.site-hold', payload: site({ kind: 'site-offline', offlineSince: null }) },
    'held: office offline; its time is unknown',
  ],
  [
    "this machine's change, due after the flap window",
    {
      channel: '~policy.hold',
      payload: JSON.stringify({ type: 'change', at, family: 6, from: null, to: '2001:db8::1', trigger: 'interval' }),
    },
    'held: IPv6 address change, sent at 22:12 unless it changes back',
  ],
  [
    'an unreadable row',
    { channel: '~policy.hold', payload: '{not json' },
    'held: a notice this version cannot read; its time is unknown',
  ],
  [
    'a row of a kind the journal does not hold',
    { channel: '~policy.site-hold', payload: site({ kind: 'site-online', offlineSince: at }) },
    'held: a notice this version cannot read; its time is unknown',
  ],
])('%s', (_name, row, words) => {
  expect(heldWords(row, damping, hhmm)).toBe(words);
});
