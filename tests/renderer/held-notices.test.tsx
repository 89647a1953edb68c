// @vitest-environment happy-dom
// The engine's held-words (and the notifier's types behind it) are Node code: their types need
// Node's. They came in by chance through undici's declarations until issue 61 removed undici.
/// <reference types="node" />
/**
 * The dashboard's notices held by the alert policy: the API's answer (built here by the engine's
 * own heldNotice, as GET /outbox/held builds it) in the same words, the moment in the viewer's
 * zone and clock, on the dashboard and the Activity page; read again when the fleet's sites
 * change; nothing shown when none is held.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import { heldNotice } from '../../electron/engine/notify/held-words';
import { HOLD_CHANNEL } from '../../electron/engine/notify/hold-journal';
import { SITE_HOLD_CHANNEL } from '../../electron/engine/notify/site-hold';
import { DOM_WAIT_MS, fakeEngine, renderApp } from './fake-engine';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const at = Date.parse('2026-11-20T10:05:00Z');
const damping = { offlineAfterMs: 90_000, flapWindowMs: 120_000 };
const office = heldNotice(
  {
    channel: SITE_HOLD_CHANNEL,
    payload: JSON.stringify({ kind: 'site-offline', key: 'k', at, site: 'office', changes: [], offlineSince: at }),
    createdAt: at,
  },
  damping,
);
const change = heldNotice(
  {
    channel: HOLD_CHANNEL,
    payload: JSON.stringify({ type: 'change', at, family: 4, from: '203.0.113.1', to: '203.0.113.2' }),
    createdAt: at,
  },
  damping,
);

it('lists each held notice under the channels in the words the API gives, in the viewer’s zone, then why', async () => {
  // Tokyo is UTC+9: the API's 10:06:30 UTC reads 19:06:30 on this page.
  localStorage.setItem('ipwatch.appearance', JSON.stringify({ timeZone: 'Asia/Tokyo', clock: '24' }));
  expect(office.words).toBe('office offline, sent at 2026-11-20 10:06:30 UTC unless it returns');
  const fake = fakeEngine();
  fake.client.getHeldNotices.mockResolvedValue([office, change]);
  renderApp(fake);
  const channels = await screen.findByRole('region', { name: 'Notifications' });
  const held = await within(channels).findByRole(
    'region',
    { name: 'Held by the alert policy' },
    { timeout: DOM_WAIT_MS },
  );
  const items = within(held).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]!.textContent).toMatch(/^office offline, sent at .*19:06:30.* unless it returns/);
  expect(items[0]!.textContent).toContain(
    'a site back before then was a blip, not told: "Report offline after" is 1 min 30 s',
  );
  expect(items[1]!.textContent).toMatch(/^IPv4 address change, sent at .*19:07:00.* unless it changes back/);
  expect(held.textContent).not.toContain('203.0.113');
});

it('reads them again when the fleet’s sites change, and shows nothing once none is held', async () => {
  const fake = fakeEngine();
  fake.client.getHeldNotices.mockResolvedValue([office]);
  renderApp(fake);
  await screen.findByRole('region', { name: 'Held by the alert policy' }, { timeout: DOM_WAIT_MS });
  // The office came back within the hold: the policy dropped its loss.
  fake.client.getHeldNotices.mockResolvedValue([]);
  act(() => fake.emit({ type: 'sites', at: Date.now(), sites: ['office'] }));
  await act(async () => {
    await expect
      .poll(() => screen.queryByRole('region', { name: 'Held by the alert policy' }), { timeout: DOM_WAIT_MS })
      .toBeNull();
  });
  expect(screen.getByRole('region', { name: 'Notifications' })).toBeTruthy();
});

it('says so when the held notices cannot be read', async () => {
  const fake = fakeEngine();
  fake.client.getHeldNotices.mockRejectedValue(new Error('HTTP 500'));
  renderApp(fake);
  expect(
    await screen.findByText('Cannot read the notices the alert policy holds.', {}, { timeout: DOM_WAIT_MS }),
  ).toBeTruthy();
});

it('shows them on the Activity page too, above the events', async () => {
  const fake = fakeEngine();
  fake.client.getHeldNotices.mockResolvedValue([office]);
  renderApp(fake, '#/activity');
  const events = await screen.findByRole('region', { name: 'Events' });
  const held = await within(events).findByRole(
    'region',
    { name: 'Held by the alert policy' },
    { timeout: DOM_WAIT_MS },
  );
  expect(held.textContent).toMatch(/^Held by the alert policyoffice offline, sent at .* unless it returns/);
});
