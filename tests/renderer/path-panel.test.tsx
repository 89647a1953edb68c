// @vitest-environment happy-dom
/** The path beside the changes on the History page (PathPanel.tsx): the paths with their hops and what changed, and a trace asked for. */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { PathRecord } from '../../shared/contract/path';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const T = 1_790_000_000_000;
const hops = (first: string, asn: number) => [
  { ttl: 1, address: first, rttMs: 0.1, asn },
  { ttl: 2, address: null, rttMs: null, asn: null },
  { ttl: 3, address: '9.9.9.9', rttMs: 0.2, asn: 19281 },
];
const paths: PathRecord[] = [
  {
    id: 2,
    at: T,
    trigger: 'change',
    tool: 'tracepath',
    target: '9.9.9.9',
    reached: true,
    hops: hops('8.8.8.1', 15169),
    diff: {
      kind: 'changed',
      hops: [{ ttl: 1, before: '79.192.0.1', after: '8.8.8.1' }],
      lengthBefore: 3,
      lengthAfter: 3,
      networksBefore: [3320, 19281],
      networksAfter: [15169, 19281],
    },
    said: [],
  },
  {
    id: 1,
    at: T - 1000,
    trigger: 'manual',
    tool: 'traceroute',
    target: '9.9.9.9',
    reached: true,
    hops: hops('79.192.0.1', 3320),
    diff: { kind: 'first' },
    said: [],
  },
];

describe('the path on the History page', () => {
  it('lists each path with its hops and networks, and what changed in the page words', async () => {
    const fake = fakeEngine();
    fake.client.getPaths.mockResolvedValue({ items: paths });
    renderApp(fake, '#/history');
    expect(await screen.findByText('8.8.8.1 (AS15169) → no reply → 9.9.9.9 (AS19281)')).toBeTruthy();
    expect(screen.getByText('The path changed at 1 hop: hop 1 79.192.0.1 → 8.8.8.1')).toBeTruthy();
    expect(screen.getByText('networks on the way: AS15169 → AS19281 (was AS3320 → AS19281)')).toBeTruthy();
    expect(screen.getByText('after a change, with tracepath')).toBeTruthy();
    expect(screen.getByText('First path recorded: nothing to compare yet')).toBeTruthy();
  });

  it('traces when asked, and says why not when the path is off', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/history');
    expect(await screen.findByText('No path traced yet. Turn it on in Settings, Path.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Trace the path now' }));
    expect(await screen.findByText('Path tracing is off (Settings: path.enabled).')).toBeTruthy();
    expect(fake.client.tracePath).toHaveBeenCalledTimes(1);
  });
});

describe('IPv6 transition on the Dashboard', () => {
  it('says the share of time with IPv6 and the NAT64 found, in the page words', async () => {
    const fake = fakeEngine();
    fake.client.getTransition.mockResolvedValue({
      verdict: { kind: 'nat64', prefixes: [{ prefix: '64:ff9b::/96', length: 96 }] },
      answers: ['64:ff9b::c000:aa'],
      lookupError: null,
      ipv6Share: { days: 30, percent: 87.5, monitoredMs: 20 * 86_400_000 },
      said: [],
    });
    renderApp(fake, '#/');
    expect(await screen.findByText('IPv6 worked 87.5% of the monitored time in the last 30 days')).toBeTruthy();
    expect(
      screen.getByText(
        'IPv6-only with NAT64: the resolver (DNS64) synthesizes IPv6 addresses with the prefix 64:ff9b::/96',
      ),
    ).toBeTruthy();
  });

  it('says it is too early to tell on a runner minutes old, not 0 %', async () => {
    const fake = fakeEngine();
    fake.client.getTransition.mockResolvedValue({
      verdict: { kind: 'none' },
      answers: [],
      lookupError: 'ENOTFOUND',
      ipv6Share: { days: 30, percent: null, monitoredMs: 12 * 60_000 + 5_000 },
      said: [],
    });
    renderApp(fake, '#/');
    expect(
      await screen.findByText('Share of time with IPv6: too early to tell, 12 min 5 s monitored so far'),
    ).toBeTruthy();
    expect(screen.queryByText(/IPv6 worked/)).toBeNull();
  });
});
