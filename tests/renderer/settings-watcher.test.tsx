// @vitest-environment happy-dom
/**
 * The hook's and the heartbeat's sections: their fields drawn from the schema (the program, its
 * events, the ping URL as a secret), the last run or ping from the status in words, and a Test
 * that says what the engine answered.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, type Mock } from 'vitest';

import { heartbeatWords, hookRunWords } from '../../renderer/src/settings/watcher/watcher-words';
import { HeartbeatSection, HookSection } from '../../renderer/src/settings/watcher/WatcherSections';
import type { WatcherStatus, WatcherTestResult } from '../../shared/contract/watcher';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const now = Date.now();
const watcher = (over: Partial<WatcherStatus> = {}): WatcherStatus => ({
  hook: {
    enabled: true,
    running: false,
    queued: 0,
    dropped: 0,
    lastRun: {
      event: 'change',
      at: now - 120_000,
      durationMs: 41,
      exitCode: 0,
      signal: null,
      timedOut: false,
      error: null,
    },
  },
  heartbeat: {
    state: 'failing',
    provider: 'uptime-kuma',
    lastPing: {
      at: now - 60_000,
      signal: 'up',
      ok: false,
      detail: 'Uptime Kuma knows no active push monitor with this token (wrong URL, or paused)',
      ms: 12,
    },
    lastOkAt: null,
    failures: 3,
  },
  ...over,
});

describe('the hook section', () => {
  it('edits the program and its events, shows the last run, and runs it once on Test', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: status({ watcher: watcher() }) });
    const { draft } = renderPanel(
      fake,
      storedView((s) => s),
      (ctx) => <HookSection ctx={ctx} />,
    );
    await user.click(screen.getByRole('checkbox', { name: /Run a program on change/ }));
    await user.type(screen.getByRole('textbox', { name: /Program to run/ }), '/usr/local/bin/on-change');
    expect(draft().hook).toMatchObject({ enabled: true, program: '/usr/local/bin/on-change', events: ['change'] });
    expect(await screen.findByText('Last run 2 min ago (change): exited 0 in 41 ms.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run it once (saved settings)' }));
    expect(await screen.findByText('Worked: the program exited 0 in 41 ms (41 ms).')).toBeTruthy();
    expect(fake.client.testHook).toHaveBeenCalledTimes(1);
  });
});

describe('the heartbeat section', () => {
  it('keeps the URL as a secret, says why pings fail, and tells a failed Test', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: status({ watcher: watcher() }) });
    // The fake answers ok by default; this Test is refused.
    (fake.client.testHeartbeat as Mock<() => Promise<WatcherTestResult>>).mockResolvedValueOnce({
      ok: false,
      error: 'HTTP 500: Monitor not found or not active.',
      ms: 8,
    });
    const saved = storedView((s) => ({
      ...s,
      heartbeat: {
        enabled: true,
        provider: 'uptime-kuma',
        url: 'https://kuma.example.org/api/push/Xb7kQ2pLm9',
        intervalSec: 300,
      },
    }));
    expect(JSON.stringify(saved)).not.toContain('Xb7kQ2pLm9');
    renderPanel(fake, saved, (ctx) => <HeartbeatSection ctx={ctx} />);
    const url = screen.getByLabelText('Ping URL', { selector: 'input' });
    expect(url.getAttribute('type')).toBe('password');
    expect((url as HTMLInputElement).value).toBe('');
    expect(document.getElementById(`${url.id}-state`)?.textContent).toBe('Ping URL: set; type to replace it.');
    expect(
      await screen.findByText(/^Pings failing \(3 in a row\): Uptime Kuma knows no active push monitor/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send a test ping (saved settings)' }));
    expect(await screen.findByText('Failed: HTTP 500: Monitor not found or not active.')).toBeTruthy();
  });
});

describe('their words', () => {
  it.each([
    [null, 'Not run yet.'],
    [
      {
        event: 'offline',
        at: now - 5000,
        durationMs: 7000,
        exitCode: null,
        signal: 'SIGKILL',
        timedOut: true,
        error: 'killed after the 7 s timeout',
      },
      'Last run 5 s ago (offline): killed after the 7 s timeout.',
    ],
  ] as const)('a hook run %j reads %s', (run, text) => {
    expect(hookRunWords(run, now, english).text).toBe(text);
  });
  it('a heartbeat off, waiting and accepted', () => {
    const base = watcher().heartbeat;
    expect(heartbeatWords({ ...base, state: 'off' }, now, english).text).toBe('Off: no ping is sent.');
    expect(heartbeatWords({ ...base, state: 'waiting', lastPing: null }, now, english).text).toBe(
      'Waiting for the first check to ping.',
    );
    const ok = { ...base, state: 'ok' as const, failures: 0, lastPing: { ...base.lastPing!, ok: true, detail: 'OK' } };
    expect(heartbeatWords(ok, now, english)).toEqual({ text: 'Last ping 1 min ago: up, accepted.', ok: true });
  });
});
