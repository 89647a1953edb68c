// @vitest-environment happy-dom
/**
 * The speed test's card on the dashboard (the last figures and what they cover, a failure's
 * reason, the metered skip, the button that runs one) and its chart on the Charts page.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { speedSeries } from '../../renderer/src/charts/SpeedChart';
import type { SpeedStatus } from '../../shared/contract/speed';
import { fakeEngine, renderApp, status } from './fake-engine';
import { fakeSpeedTests } from './fake-speed';

afterEach(cleanup);

const now = Date.now();
const speed = (over: Partial<SpeedStatus> = {}): SpeedStatus => ({
  enabled: true,
  runningSince: null,
  last: { ...fakeSpeedTests(now, 1)[0]!, downloadMbps: 93.5, uploadMbps: 38.2, latencyMs: 12.4, jitterMs: 1.5 },
  nextAt: null,
  skipped: null,
  metered: { state: 'unmetered', detail: 'NetworkManager (eth0): not metered' },
  ...over,
});

describe('the speed test card', () => {
  it('shows the last figures, what they cover, and runs a test when asked', async () => {
    const fake = fakeEngine({ status: status({ speedTest: speed() }) });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Speed test' });
    expect(within(card).getByTestId('speed-last').textContent).toBe(
      'download 93.5 Mbps · upload 38.2 Mbps · latency 12 ms (jitter 1.5 ms)',
    );
    expect(card.textContent).toContain('Asked for: 48 MB in 14 s over IPv4 to speed.cloudflare.com.');
    fireEvent.click(within(card).getByRole('button', { name: 'Run a speed test' }));
    await waitFor(() => expect(fake.client.runSpeedTest).toHaveBeenCalledTimes(1));
  });

  it('says why a test failed, and why one was left out on a metered connection', async () => {
    const failed = {
      ...speed().last!,
      downloadMbps: null,
      uploadMbps: null,
      error: 'the speed test server answered HTTP 503',
    };
    const why = 'Not tested: the connection is metered (NetworkManager (wwan0): metered).';
    const fake = fakeEngine({
      status: status({ speedTest: speed({ last: failed, skipped: { at: now - 60_000, why } }) }),
    });
    renderApp(fake);
    const card = await screen.findByRole('region', { name: 'Speed test' });
    expect(within(card).getByText('Failed: the speed test server answered HTTP 503').className).toContain('error-text');
    expect(card.textContent).toContain(why);
  });

  it('has no card while tests are off and none was run, and no button to run one when off', async () => {
    const fake = fakeEngine({ status: status({ speedTest: speed({ enabled: false, last: null }) }) });
    renderApp(fake);
    await screen.findByRole('region', { name: 'Sources' });
    expect(screen.queryByRole('region', { name: 'Speed test' })).toBeNull();
    cleanup();
    renderApp(fakeEngine({ status: status({ speedTest: speed({ enabled: false }) }) }));
    const card = await screen.findByRole('region', { name: 'Speed test' });
    expect((within(card).getByRole('button', { name: 'Run a speed test' }) as HTMLButtonElement).disabled).toBe(true);
    expect(card.textContent).toContain('Speed tests are off in Settings.');
  });
});

describe('the speed test chart', () => {
  it('says so when the period has no test', async () => {
    renderApp(fakeEngine(), '#/charts');
    const card = await screen.findByTestId('speed');
    // Tests are off in this status: the words name the setting and then the dashboard's button, both real controls.
    expect(card.textContent).toContain(
      'No speed test in this period: speed tests are off. Switch them on in Settings, "Speed test"; then "Run a speed test" on the dashboard runs one.',
    );
  });

  it('says so when every test of the period failed, and asks for the whole period', async () => {
    const fake = fakeEngine();
    const failed = fakeSpeedTests(now, 3).map((t) => ({
      ...t,
      downloadMbps: null,
      uploadMbps: null,
      error: 'HTTP 429',
    }));
    fake.client.getSpeedTests.mockResolvedValue({ items: failed });
    renderApp(fake, '#/charts');
    const card = await screen.findByTestId('speed');
    await waitFor(() =>
      expect(card.textContent).toContain('All 3 speed tests of this period failed; the last: HTTP 429.'),
    );
    expect(fake.client.getSpeedTests).toHaveBeenCalledWith(expect.objectContaining({ limit: 1000 }));
  });

  it('puts the tests oldest first, a failed one a gap in both lines', () => {
    const tests = fakeSpeedTests(now, 7);
    const { data } = speedSeries(tests);
    expect(data[0]).toEqual([...tests].map((t) => t.at).sort((a, b) => a - b));
    const failedAt = data[0].indexOf(tests[5]!.at);
    expect(data[1][failedAt]).toBeNull();
    expect(data[2][failedAt]).toBeNull();
    expect(data[1].filter((v) => v !== null)).toHaveLength(6);
  });
});

describe('the speed test settings', () => {
  it('shows on/off and the schedule, folds the rest, and says what the system said of metering', async () => {
    const fake = fakeEngine({ status: status({ speedTest: speed() }) });
    renderApp(fake, '#/settings/speed');
    const allow = await screen.findByLabelText('Allow speed tests');
    expect((allow as HTMLInputElement).checked).toBe(false);
    expect(screen.getByLabelText('Test every (hours)')).toBeTruthy();
    expect(screen.getByText('Server, IP version, data and time per test, metered connections')).toBeTruthy();
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'Last asked, the connection was unmetered: NetworkManager (eth0): not metered.',
      ),
    );
  });
});
