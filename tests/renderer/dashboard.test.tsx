// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

describe('dashboard', () => {
  it('shows both addresses, the status badge, sources and channels', async () => {
    const fake = fakeEngine();
    renderApp(fake);
    expect(await screen.findByTestId('ip-v4')).toHaveProperty('textContent', '81.2.69.142');
    expect(screen.getByTestId('ip-v6').textContent).toBe('2a02:1:2:3::5');
    // A steady check the router vouched for says so.
    expect(screen.getByText(/vouched by router NAT-PMP \(no public request\)/)).toBeTruthy();
    // An open breaker makes monitoring "degraded".
    expect(screen.getByLabelText('Monitoring: Degraded')).toBeTruthy();
    // The cards below the first screen are a chunk of their own (pages/dashboard-more.tsx): they follow.
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const dns = within(sources).getByRole('row', { name: /dns-v4/ });
    // A tripped breaker reads in words (shared/source-state.ts), its reason behind a disclosure.
    expect(within(dns).getByText('resting after failures')).toBeTruthy();
    expect(within(dns).getByText('timed out')).toBeTruthy();
    const channels = screen.getByRole('region', { name: 'Notifications' });
    expect(within(channels).getByText('desktop')).toBeTruthy();
    expect(within(channels).getByText(/3 sent/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
    // The monitor's own process: 93,784 s running, 85 MiB resident, the heap and the native part in a
    // tooltip that keyboard focus reaches too (the figure is focusable and described by it).
    const checks = screen.getByRole('region', { name: 'Checks' });
    expect(within(checks).getByText('1 d 2 h')).toBeTruthy();
    const memory = within(checks).getByText('85.0 MB');
    expect(memory.tabIndex).toBe(0);
    const tip = document.getElementById(memory.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toBe('V8 heap 21.0 MB in use (of 30.0 MB); native 55.0 MB (outside the heap)');
    act(() => memory.focus());
    expect(document.activeElement).toBe(memory);
    // How network changes reach the monitor: from the OS here.
    expect(within(checks).getByText('seen at once (Linux netlink events)')).toBeTruthy();
    // What the router says, and what stands between this machine and the internet.
    expect(within(checks).getByText('81.2.69.142 (by NAT-PMP)')).toBeTruthy();
    expect(within(checks).getByText('Behind your router (NAT)')).toBeTruthy();
  });

  it("draws each source's latency sparkline from the last day's hourly figures", async () => {
    const fake = fakeEngine();
    const base = await fake.client.getStats({});
    const hour = (h: number, ms: number) => ({
      hour: h * 3_600_000,
      ok: 1,
      fail: 0,
      meanLatencyMs: ms,
      maxLatencyMs: ms,
    });
    fake.client.getStats.mockResolvedValue({
      ...base,
      sources: [
        {
          source: 'http0-v4',
          ok: 3,
          fail: 0,
          successRate: 1,
          meanLatencyMs: 12,
          maxLatencyMs: 14,
          hours: [hour(1, 10), hour(2, 14), hour(3, 12)],
        },
      ],
    });
    renderApp(fake);
    const line = await screen.findByRole('img', { name: 'Recent latency of http0-v4' });
    expect(line.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(screen.queryByRole('img', { name: 'Recent latency of dns-v4' })).toBeNull();
    // No latency and no line: one dash, not the figure's and the line's side by side.
    const dns = within(screen.getByRole('region', { name: 'Sources' })).getByRole('row', { name: /dns-v4/ });
    expect(dns.querySelector('[data-label="Latency"]')!.textContent).toBe('—');
  });

  it('copies an address with its button', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine());
    await user.click(await screen.findByRole('button', { name: 'Copy the IPv4 address' }));
    expect(await navigator.clipboard.readText()).toBe('81.2.69.142');
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it("names each address's network beside it, with the flag, its reason and DB-IP's credit", async () => {
    const st = status();
    st.families.v4 = {
      ...st.families.v4,
      identity: { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null },
    };
    st.families.v6 = {
      ...st.families.v6,
      identity: { asn: 9009, org: 'M247 Europe SRL', country: 'NL', vpn: 'vpn-asn' },
    };
    renderApp(fakeEngine({ status: st }));
    const v4 = await screen.findByTestId('network-v4');
    expect(within(v4).getByText('AS3320 Deutsche Telekom AG, DE')).toBeTruthy();
    expect(within(v4).getByRole('link', { name: 'IP geolocation by DB-IP' }).getAttribute('href')).toBe(
      'https://db-ip.com',
    );
    const v6 = screen.getByTestId('network-v6');
    expect(within(v6).getByText('AS9009 M247 Europe SRL, NL')).toBeTruthy();
    expect(within(v6).getByLabelText(/^VPN service: the address belongs to a VPN provider's network/).textContent).toBe(
      'VPN service',
    );
    expect(within(v6).getByRole('link', { name: 'IP geolocation by DB-IP' })).toBeTruthy();
  });

  it('names the online service beside the credit when the engine asks one', async () => {
    const st = status();
    st.families.v4 = {
      ...st.families.v4,
      identity: { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null },
    };
    const fake = fakeEngine({ status: st });
    const base = await fake.client.getSettings();
    fake.client.getSettings.mockResolvedValue({
      ...base,
      settings: { ...base.settings, identity: { provider: 'ipinfo', ask: 'missing', timeoutMs: 5000 } },
    });
    renderApp(fake);
    const v4 = await screen.findByTestId('network-v4');
    expect(await within(v4).findByText(/Where these know nothing: ipinfo\.io\.$/)).toBeTruthy();
  });

  it('shows a new address when a change event arrives, without reloading', async () => {
    const fake = fakeEngine();
    renderApp(fake);
    await screen.findByTestId('ip-v4');
    const next = status();
    next.families.v4 = { ...next.families.v4, ip: '81.2.69.200', since: Date.now() };
    fake.setStatus(next);
    act(() =>
      fake.emit({
        type: 'change',
        at: Date.now(),
        family: 4,
        from: '81.2.69.142',
        to: '81.2.69.200',
        fromSince: null,
        trigger: 'interval',
        sources: [],
      }),
    );
    expect(await screen.findByText('81.2.69.200')).toBeTruthy();
  });

  it('pauses and resumes monitoring, and checks on demand', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: status({ sources: [] }) });
    renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Pause monitoring' }));
    expect(fake.client.pause).toHaveBeenCalledOnce();
    expect(await screen.findByLabelText('Monitoring: Paused')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Resume monitoring' }));
    expect(fake.client.resume).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    expect(fake.client.checkNow).toHaveBeenCalledOnce();
  });

  it('shows the disconnected banner while the engine is gone, and drops it once back', async () => {
    const { connection } = renderApp(fakeEngine());
    await screen.findByTestId('ip-v4');
    expect(screen.queryByText(/Disconnected from the engine/)).toBeNull();
    act(() => connection.set('disconnected'));
    expect(screen.getByRole('alert').textContent).toMatch(/Disconnected from the engine/);
    act(() => connection.set('connected'));
    expect(screen.queryByText(/Disconnected from the engine/)).toBeNull();
  });

  it('says so when the status cannot be read', async () => {
    const fake = fakeEngine();
    fake.client.getStatus.mockRejectedValue(new Error('engine stopped'));
    renderApp(fake);
    expect(await screen.findByText(/Could not load status: engine stopped/, {}, { timeout: 15_000 })).toBeTruthy();
  });
});
