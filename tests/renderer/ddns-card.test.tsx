// @vitest-environment happy-dom
/**
 * The dashboard's dynamic DNS card: each record's state in words, the address it points at and
 * the last propagation time; live as the status changes; no card when there are no records.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DdnsRecordStatus } from '../../shared/contract/ddns';
import { fakeEngine, renderApp, status } from './fake-engine';

const now = Date.now();

// The card's relative times ("2 min ago", "in 1 min 30 s") are read against the clock: the clock
// stands at `now` while a test runs, so a slow render under load cannot move them (only Date is
// faked; the page's timers and waits run as they do).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
const rec = (over: Partial<DdnsRecordStatus> & Pick<DdnsRecordStatus, 'id' | 'name'>): DdnsRecordStatus => ({
  provider: 'rfc2136',
  type: 'A',
  state: 'in-step',
  why: null,
  address: '81.2.69.142',
  holds: '81.2.69.142',
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: now - 120_000,
  lastPropagationMs: 1_430,
  lastLookAt: now - 5_000,
  ...over,
});

describe('the dynamic DNS card', () => {
  it("says each record's state, the address it points at and how long the last update took to propagate", async () => {
    const fake = fakeEngine({
      status: status({
        ddns: {
          records: [
            rec({ id: 'home', name: 'home.example.org' }),
            rec({
              id: 'v6',
              name: 'v6.example.org',
              type: 'AAAA',
              provider: 'cloudflare',
              state: 'propagating',
              address: '2a02:1:2:3::5',
              holds: '2a02:1:2:3::5',
              waitingFor: ['ns2.example.org'],
              lastPropagationMs: null,
            }),
            rec({
              id: 'duck',
              name: 'myhome.duckdns.org',
              provider: 'duckdns',
              state: 'failed',
              why: 'the token was refused (KO)',
              lastUpdateAt: null,
              lastPropagationMs: null,
            }),
            rec({
              id: 'off',
              name: 'old.example.org',
              state: 'off',
              why: 'switched off in the settings',
              address: null,
              holds: null,
            }),
            rec({
              id: 'up',
              name: 'up.example.org',
              provider: 'desec',
              state: 'updating',
              why: 'someone changed it by hand',
            }),
          ],
        },
      }),
    });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Dynamic DNS' });
    const home = within(card).getByTestId('ddns-home');
    expect(within(home).getByText('in step').className).toContain('badge-good');
    expect(home.textContent).toContain('(RFC 2136 · A)');
    expect(home.textContent).toMatch(
      /points at 81\.2\.69\.142 · last updated .+ \(2 min ago\) · seen by every authoritative server in 1\.4 s/,
    );
    const v6 = within(card).getByTestId('ddns-v6');
    expect(within(v6).getByText('propagating (waiting for ns2.example.org)').className).toContain('badge-warn');
    expect(v6.textContent).toContain('points at 2a02:1:2:3::5');
    const duck = within(card).getByTestId('ddns-duck');
    expect(within(duck).getByText('failed').className).toContain('badge-bad');
    expect(within(duck).getByText('the token was refused (KO)').className).toContain('error-text');
    const off = within(card).getByTestId('ddns-off');
    expect(within(off).getByText('off')).toBeTruthy();
    expect(off.textContent).toContain('not set by IPWatch yet');
    expect(off.textContent).not.toContain('to be set to');
    expect(within(within(card).getByTestId('ddns-up')).getByText('someone changed it by hand')).toBeTruthy();
  });

  it('says when a waiting record tries next, which servers were not asked, and a proxied record and a stop in words', async () => {
    const fake = fakeEngine({
      status: status({
        ddns: {
          records: [
            rec({
              id: 'wait',
              name: 'wait.example.org',
              provider: 'dyndns2',
              state: 'waiting',
              why: 'the provider is busy (HTTP 503)',
              nextAttemptAt: now + 90_000,
            }),
            rec({
              id: 'v4only',
              name: 'v4only.example.org',
              notAsked: ['ns1.example.org (2001:db8::53)'],
            }),
            rec({
              id: 'v6',
              name: 'v6.example.org',
              type: 'AAAA',
              address: '2001:db8:1:2::77',
              holds: '2001:db8:1:2::77',
              addressNote: 'observed address published: no stable address of this host in 2001:db8:1:2::/64',
            }),
            rec({
              id: 'cf',
              name: 'cf.example.org',
              provider: 'cloudflare',
              why: 'proxied by Cloudflare; the record holds 81.2.69.142',
              lastPropagationMs: null,
            }),
            rec({
              id: 'two',
              name: 'two.example.org',
              provider: 'dyndns2',
              state: 'stopped',
              why: 'another program also updates this record (ddns-updater?)',
            }),
          ],
        },
      }),
    });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Dynamic DNS' });
    const wait = within(card).getByTestId('ddns-wait');
    expect(within(wait).getByText('waiting to retry').className).toContain('badge-warn');
    expect(wait.textContent).toMatch(/next try .+ \(in 1 min (29|30) s\)/);
    expect(wait.textContent).toContain('the provider is busy (HTTP 503)');
    const v4only = within(card).getByTestId('ddns-v4only');
    expect(v4only.textContent).toContain('not asked from here (no route): ns1.example.org (2001:db8::53)');
    const v6 = within(card).getByTestId('ddns-v6');
    expect(v6.textContent).toContain('points at 2001:db8:1:2::77');
    expect(v6.textContent).toContain('observed address published: no stable address of this host in 2001:db8:1:2::/64');
    expect(within(card).getByTestId('ddns-cf').textContent).not.toContain('observed address');
    const cf = within(card).getByTestId('ddns-cf');
    expect(within(cf).getByText('in step').className).toContain('badge-good');
    expect(cf.textContent).toContain('proxied by Cloudflare; the record holds 81.2.69.142');
    const two = within(card).getByTestId('ddns-two');
    expect(within(two).getByText('switched off').className).toContain('badge-bad');
    expect(within(two).getByText('another program also updates this record (ddns-updater?)').className).toContain(
      'error-text',
    );
  });

  it('says "points at" only of an address the record is known to hold: a refused record reads "not set by IPWatch yet"', async () => {
    const refused = rec({
      id: 'cf',
      name: 'home.example.org',
      provider: 'cloudflare',
      state: 'stopped',
      why: 'Cloudflare home.example.org A refused the credentials: Authentication error (HTTP 403 Forbidden)',
      address: '81.2.69.142',
      holds: null,
      lastUpdateAt: null,
      lastPropagationMs: null,
    });
    const fake = fakeEngine({ status: status({ ddns: { records: [refused] } }) });
    renderApp(fake);
    const row = await screen.findByTestId('ddns-cf');
    expect(row.textContent).toContain('not set by IPWatch yet');
    expect(row.textContent).not.toContain('points at');
    // Switched off by IPWatch: says so, and why in the provider's words, never its raw body.
    expect(within(row).getByText('switched off').className).toContain('badge-bad');
    expect(row.textContent).toContain('refused the credentials: Authentication error (HTTP 403 Forbidden)');
    expect(row.textContent).not.toMatch(/"success"|errors/);
    // The address changes: still nothing it holds, never the new address either.
    const again = { ...refused, address: '81.2.69.200', why: 'Cloudflare home.example.org A refused it again' };
    fake.setStatus(status({ ddns: { records: [again] } }));
    act(() => fake.emit({ type: 'online', at: Date.now(), offlineMs: 0 }));
    await waitFor(() => expect(screen.getByTestId('ddns-cf').textContent).toContain('refused it again'));
    expect(screen.getByTestId('ddns-cf').textContent).toContain('not set by IPWatch yet');
    expect(screen.getByTestId('ddns-cf').textContent).not.toContain('81.2.69.200');
    // On its way (updating after a retry), what it holds and what it is to be set to are told apart.
    const held = rec({
      id: 'v4',
      name: 'v4.example.org',
      state: 'updating',
      address: '81.2.69.200',
      holds: '81.2.69.142',
    });
    cleanup();
    renderApp(fakeEngine({ status: status({ ddns: { records: [held] } }) }));
    const v4 = await screen.findByTestId('ddns-v4');
    expect(v4.textContent).toContain('points at 81.2.69.142 · to be set to 81.2.69.200');
  });

  it('follows the status: propagating, then in step', async () => {
    const waiting = rec({
      id: 'home',
      name: 'home.example.org',
      state: 'propagating',
      waitingFor: ['ns1.example.org'],
    });
    const fake = fakeEngine({ status: status({ ddns: { records: [waiting] } }) });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Dynamic DNS' });
    expect(within(card).getByText('propagating (waiting for ns1.example.org)')).toBeTruthy();
    fake.setStatus(
      status({ ddns: { records: [{ ...waiting, state: 'in-step', waitingFor: [], lastPropagationMs: 640 }] } }),
    );
    // The engine's next event refreshes the status (here: the connection back, as after the servers answered).
    act(() => fake.emit({ type: 'online', at: Date.now(), offlineMs: 0 }));
    await waitFor(() => expect(within(card).getByText('in step')).toBeTruthy());
    expect(card.textContent).toContain('seen by every authoritative server in 640 ms');
  });

  it('is not there without records', async () => {
    renderApp(fakeEngine({ status: status({ ddns: { records: [] } }) }));
    await screen.findByTestId('ip-v4');
    expect(screen.queryByRole('region', { name: 'Dynamic DNS' })).toBeNull();
    cleanup();
    renderApp(fakeEngine());
    await screen.findByTestId('ip-v4');
    expect(screen.queryByRole('region', { name: 'Dynamic DNS' })).toBeNull();
  });
});
