/**
 * No desktop, no desktop channel, through the real headless runner started without DISPLAY or
 * WAYLAND_DISPLAY (a server): the default desktop channel reads off with "no desktop session"
 * (not a red "invalid" for ever), and a change reaches the webhook while the desktop channel
 * gets nothing to pile up. A new data folder there starts with the desktop channel off.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../../shared/contract';
import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

/** A server's environment: no display of either kind, whatever the machine running the tests has. */
const NO_DESKTOP = { DISPLAY: '', WAYLAND_DISPLAY: '' };

let world: World;
let hook: NotifyFake;
let runner: ApiRunner | null = null;

beforeEach(async () => {
  world = await startWorld();
  hook = await startNotifyFake();
});
afterEach(async () => {
  await runner?.stop();
  runner = null;
  await world.close();
  await hook.close();
});

const status = async (r: ApiRunner) => (await (await r.fetch('/api/v1/status')).json()) as AppStatus;
const desktopOf = async (r: ApiRunner) => (await status(r)).notifications.find((c) => c.id === 'desktop');

describe('a runner without a desktop session', () => {
  it('keeps a configured desktop channel off with the reason, and queues nothing for it', async () => {
    const channels = [
      { id: 'desktop', type: 'desktop' },
      { id: 'hook', type: 'webhook', url: `${hook.url}/hook` },
    ];
    runner = await startApiRunner({ world, settings: { notifications: { channels } }, env: NO_DESKTOP });
    expect(await desktopOf(runner)).toMatchObject({ state: 'disabled', pending: 0 });
    expect((await desktopOf(runner))?.reason).toMatch(/^no desktop session/);
    // The page hears it too: it offers no desktop channel first where none can show.
    expect((await status(runner)).desktopUnavailable).toMatch(/^no desktop session/);
    expect(runner.stderr()).toMatch(
      /notification channel "desktop" is off: no desktop session.*nothing is sent or kept/,
    );

    world.setIp('81.2.69.160', '2a02:1:2:4::5');
    expect((await runner.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await hook.waitFor((r) => r.some((x) => x.status === 200 && x.body.includes('81.2.69.160')), 20_000);
    const outbox = async (channel: string) =>
      (await (await runner!.fetch(`/api/v1/outbox?channel=${channel}`)).json()) as unknown[];
    await until(async () => (await outbox('hook')).length > 0, { what: 'the webhook notice in the outbox' });
    expect(await outbox('desktop')).toEqual([]);
    expect(await desktopOf(runner)).toMatchObject({ state: 'disabled', pending: 0, failures: 0 });
  });

  it('starts a new data folder with the desktop channel off', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-no-desktop-'));
    const env = { ...NO_DESKTOP, IPWATCH_API_PORT: '0', IPWATCH_BUILTIN_SOURCES: 'false' };
    runner = await startApiRunner({ world, dataDir, env });
    const saved = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')) as {
      notifications: { channels: { id: string; type: string; enabled: boolean }[] };
    };
    expect(saved.notifications.channels).toEqual([expect.objectContaining({ type: 'desktop', enabled: false })]);
    const view = (await (await runner.fetch('/api/v1/settings')).json()) as {
      settings: { notifications: { channels: { type: string; enabled: boolean }[] } };
    };
    expect(view.settings.notifications.channels).toEqual([
      expect.objectContaining({ type: 'desktop', enabled: false }),
    ]);
    expect((await desktopOf(runner))?.state).toBe('disabled');
    expect((await desktopOf(runner))?.state).not.toBe('invalid');
    // Said once, as it is: switched off in the file, not also "off; nothing is sent" (issue 75).
    const said = runner
      .stderr()
      .split('\n')
      .filter((l) => /desktop notif|channel "desktop"/.test(l));
    expect(said).toEqual([expect.stringContaining('desktop notifications are switched off in settings.json')]);
  });
});
