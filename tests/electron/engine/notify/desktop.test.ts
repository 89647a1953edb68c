/**
 * Desktop notifications for real: a child process delivers through node-notifier inside
 * its own Xvfb display, D-Bus session and dunst (tests/fixtures/notify/desktop-session.sh),
 * and what dunst showed is read back with `dunstctl history`.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { peer } from '../../../helpers/peers';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** What desktop-session.sh starts: a display, a session bus, a notification daemon, notify-send. */
const desktop = peer('desktop', {
  packages: ['xvfb', 'dbus-x11', 'dunst', 'libnotify-bin'],
  commands: ['Xvfb', 'dbus-run-session', 'dbus-send', 'dunst', 'dunstctl', 'notify-send'],
});

interface Shown {
  summary: string;
  body: string;
  appname: string;
}

function runSession(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [
        'tests/fixtures/notify/desktop-session.sh',
        process.execPath,
        '--import',
        'tsx',
        'tests/fixtures/notify/desktop-child.ts',
      ],
      { cwd: root, timeout: 30_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve({ stdout, stderr })),
    );
  });
}

describe.skipIf(desktop.skip)('desktop channel (node-notifier -> notify-send -> dunst)', () => {
  it('shows the change and the test notification', { timeout: 40_000 }, async () => {
    const { stdout } = await runSession();
    const [before, history] = stdout.split('--- dunst history ---\n');
    const report = JSON.parse(before!.trim().split('\n').pop()!) as {
      status: { state: string; sent: number };
      test: { ok: boolean };
    };
    expect(report.status).toMatchObject({ state: 'ok', sent: 1 });
    expect(report.test.ok).toBe(true);

    const parsed = JSON.parse(history!) as { data: Record<string, { data: string }>[][] };
    const shown: Shown[] = parsed.data[0]!.map((n) => ({
      summary: n.summary!.data,
      body: n.body!.data,
      appname: n.appname!.data,
    }));
    const change = shown.find((n) => n.summary === 'Public IPv4 address changed');
    expect(change).toBeDefined();
    expect(change!.appname).toBe('IPWatch');
    expect(change!.body).toContain('IPv4 203.0.113.7 → 198.51.100.20');
    expect(change!.body).toContain('Time: 2026-11-23 00:40:06 UTC');
    expect(shown.some((n) => n.summary === 'IPWatch test notification')).toBe(true);
  });
});
