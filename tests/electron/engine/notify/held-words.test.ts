import { expect, it } from 'vitest';

import { heldNotice, heldNotices } from '../../../../electron/engine/notify/held-words';
import { HOLD_CHANNEL } from '../../../../electron/engine/notify/hold-journal';
import { SITE_HOLD_CHANNEL } from '../../../../electron/engine/notify/site-hold';
import { openTest } from '../store/helpers';

const at = Date.parse('2026-11-26T22:10:00Z');
const damping = { offlineAfterMs: 4 * 60_000, flapWindowMs: 2 * 60_000 };
const site = (extra: object) =>
  JSON.stringify({ key: 'k', at, site: 'office', changes: [], reason: null, offlineMs: null, ...extra });
const change = JSON.stringify({ type: 'change', at, family: 6, from: null, to: '2001:db8::1', trigger: 'interval' });

it.each([
  [
    'a site offline, due once it has lasted offlineAfter',
    { channel: SITE_HOLD_CHANNEL, payload: site({ kind: 'site-offline', offlineSince: at }) },
    { kind: 'site-offline', site: 'office', dueAt: at + 4 * 60_000 },
    'office offline, sent at 2026-11-26 22:14:00 UTC unless it returns',
  ],
  [
    'a site change, due after the flap window',
    { channel: SITE_HOLD_CHANNEL, payload: site({ kind: 'site-changed', offlineSince: null }) },
    { kind: 'site-changed', site: 'office', dueAt: at + 2 * 60_000 },
    'office changed address, sent at 2026-11-26 22:12:00 UTC unless it changes back',
  ],
  [
    'a site offline since an unknown time',
    { channel: SITE_HOLD_CHANNEL, payload: site({ kind: 'site-offline', offlineSince: null }) },
    { kind: 'site-offline', site: 'office', dueAt: null },
    'office offline; when it is sent is unknown',
  ],
  [
    "this machine's change, due after the flap window",
    { channel: HOLD_CHANNEL, payload: change },
    { kind: 'address-change', family: 6, site: null, dueAt: at + 2 * 60_000 },
    'IPv6 address change, sent at 2026-11-26 22:12:00 UTC unless it changes back',
  ],
  [
    'an unreadable row',
    { channel: HOLD_CHANNEL, payload: '{not json' },
    { kind: 'unreadable', dueAt: null },
    'a notice this version cannot read; when it is sent is unknown',
  ],
  [
    'a row of a kind the journal does not hold',
    { channel: SITE_HOLD_CHANNEL, payload: site({ kind: 'site-online', offlineSince: at }) },
    { kind: 'unreadable', dueAt: null },
    'a notice this version cannot read; when it is sent is unknown',
  ],
])('%s', (_name, row, facts, words) => {
  const n = heldNotice({ ...row, createdAt: at + 1 }, damping);
  expect(n).toMatchObject({ ...facts, heldAt: at + 1, words });
  // Never the address the held change carries.
  expect(JSON.stringify(n)).not.toContain('2001:db8');
});

it('lists the held rows of both journals from the store, the soonest due first and an unknown time last', async () => {
  const { store } = await openTest({ dataDir: ':memory:' });
  const enqueue = (channel: string, key: string, payload: string) =>
    store.enqueue({ channel, key, payload, createdAt: at });
  enqueue(SITE_HOLD_CHANNEL, 'lost-unknown', site({ kind: 'site-offline', offlineSince: null }));
  enqueue(SITE_HOLD_CHANNEL, 'lost', site({ kind: 'site-offline', offlineSince: at }));
  enqueue(HOLD_CHANNEL, 'change', change);
  const told = enqueue(SITE_HOLD_CHANNEL, 'told', site({ kind: 'site-changed', offlineSince: null }));
  store.markSent(told.id, at + 1);
  enqueue('discord', 'a-send', '{}');
  expect(heldNotices(store, damping).map((n) => [n.kind, n.dueAt])).toEqual([
    ['address-change', at + 2 * 60_000],
    ['site-offline', at + 4 * 60_000],
    ['site-offline', null],
  ]);
  await store.close();
});
