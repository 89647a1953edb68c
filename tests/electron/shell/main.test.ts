/**
 * Boot test: electron/main.ts under the one electron mock, with the real runtime on a
 * local internet (tests/helpers/world.ts) and a real data folder. A source switches
 * address: the tray's icon and tooltip and a native notification follow, and the
 * notification's click opens the history at that change. Quit writes the history.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  type MenuItemConstructorOptions,
  Notification,
  protocol,
  safeStorage,
  Tray,
} from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { openHistoryStore } from '../../../electron/engine/store';
import type { AppStatus } from '../../../shared/contract';
import { ipcChannel } from '../../../shared/contract/bridge';
import type { SettingsView, SettingsWriteResult } from '../../../shared/contract/settings';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

type Fake<T> = T & { emit(event: string, ...args: unknown[]): boolean };

let world: World;
let dataDir: string;
const appUrl = 'ipwatch://app/index.html';
const invoke = (method: string, input?: unknown, url = appUrl) =>
  (ipcMain as unknown as { handlers: Map<string, (e: unknown, i: unknown) => Promise<unknown>> }).handlers.get(
    ipcChannel('api', method),
  )!({ senderFrame: { url }, sender: {} }, input);

const tray = () => vi.mocked(Tray).mock.results[0]?.value as Fake<InstanceType<typeof Tray>> | undefined;
const tooltip = () => {
  const t = tray();
  if (!t) {
    const failed = vi.mocked(dialog.showErrorBox).mock.calls[0];
    if (failed) throw new Error(`boot failed: ${failed.join(': ')}`);
    return '';
  }
  return String(vi.mocked(t.setToolTip).mock.calls.at(-1)?.[0] ?? '');
};
const image = () =>
  String((vi.mocked(tray()!.setImage).mock.calls.at(-1)?.[0] as { source?: string } | undefined)?.source ?? '');
const menuItem = (label: RegExp) =>
  (vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)![0] as MenuItemConstructorOptions[]).find((i) =>
    label.test(i.label ?? ''),
  )!;

beforeAll(async () => {
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-boot-'));
  process.env.IPWATCH_DATA_DIR = dataDir;
  // A keyring (libsecret) is there: the vault stores secrets.
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('gnome_libsecret');
  const settings = world.settings({ monitor: { intervalSec: 3600, networkWatch: false } });
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2), { mode: 0o600 });
});

afterAll(async () => {
  delete process.env.IPWATCH_DATA_DIR;
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
  await world.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('holds the single-instance lock and waits for ready before building anything', async () => {
    await import('../../../electron/main');
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    // Before ready, as Electron requires.
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'ipwatch', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(app.whenReady).toHaveBeenCalledTimes(1);
    expect(Tray).not.toHaveBeenCalled();
    // Closing the last window does not quit: the app lives in the tray.
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('boots into the tray with the engine state, and opens the first-run page once', async () => {
    app.emit('ready');
    // Each family reports its check on its own: wait for both.
    const shown = () => ['IPv4: 81.2.69.142', 'IPv6: 2a02:1:2:3::5'].every((l) => tooltip().includes(l));
    await until(() => shown() && image().endsWith('tray-ok-32.png'), {
      what: 'the tray to show the first check',
      timeoutMs: 10_000,
    });
    // Each network beside the addresses (identity/ from the shipped databases), then the last check.
    expect(tooltip()).toMatch(
      /^IPWatch: Online\nIPv4: 81\.2\.69\.142\nIPv6: 2a02:1:2:3::5\nAS20712 Andrews & Arnold Ltd, GB\nLast check: \d+ s ago$/,
    );
    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    const win = vi.mocked(BrowserWindow).mock.results[0]!.value as InstanceType<typeof BrowserWindow>;
    expect(vi.mocked(win.loadURL).mock.calls[0]?.[0]).toBe(`${appUrl}#/first-run`);
    // The page comes from the app scheme, with the CSP as a header; nothing outside the renderer folder is served.
    const serve = (protocol as unknown as { handlers: Map<string, (r: Request) => Promise<Response>> }).handlers.get(
      'ipwatch',
    )!;
    const page = await serve(new Request(appUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await page.text()).toContain('<div id="root"></div>');
    expect((await serve(new Request('ipwatch://app/..%2F..%2Fpackage.json'))).status).toBe(404);
    // The contract's operations answer the app's own page, with a redacted status.
    const status = (await invoke('getStatus')) as AppStatus;
    expect(status.families.v4.ip).toBe('81.2.69.142');
    await expect(invoke('getStatus', undefined, 'https://evil.example/')).rejects.toThrow(/refused/);
  });

  it('follows an address change: tray icon, tooltip, a native notification whose click opens that change', async () => {
    world.setIp('81.2.69.160', '2a02:1:2:3::5');
    (menuItem(/Check now/).click as () => void)();
    await until(() => tooltip().includes('IPv4: 81.2.69.160'), {
      what: 'the new address in the tooltip',
      timeoutMs: 10_000,
    });
    expect(tooltip()).toMatch(/^IPWatch: address changed recently\n/);
    expect(image()).toMatch(/tray-changed-32\.png$/);
    expect(menuItem(/^IPv4/).label).toBe('IPv4: 81.2.69.160');

    const shown = () =>
      vi
        .mocked(Notification)
        .mock.results.map((r) => r.value as Fake<InstanceType<typeof Notification>> & { options: { body: string } })
        .find((n) => n.options.body.includes('81.2.69.160'));
    await until(() => shown() !== undefined && vi.mocked(shown()!.show).mock.calls.length === 1, {
      what: 'a desktop notification of the change',
    });
    const n = shown()!;
    expect((n as unknown as { options: { title: string } }).options.title).toMatch(/IPv4/);
    n.emit('click');
    const win = vi.mocked(BrowserWindow).mock.results.at(-1)!.value as InstanceType<typeof BrowserWindow>;
    const routes = vi.mocked(win.webContents.send).mock.calls.filter(([c]) => c === 'ipwatch:navigate');
    expect(routes.at(-1)?.[1]).toMatch(/^history\?change=4-\d+$/);
  });

  it('keeps a secret typed into the settings in the vault: settings.json holds a reference, the engine resolves it', async () => {
    const hook = 'http://127.0.0.1:9/hook?token=S3cretHookToken42';
    const withHook = async (id: string, url: string) => {
      const view = (await invoke('getSettings')) as SettingsView;
      const notifications = view.settings.notifications as { channels: unknown[] };
      const channels = [...notifications.channels, { id, type: 'webhook', url }];
      return (await invoke('saveSettings', {
        settings: { ...view.settings, notifications: { ...notifications, channels } },
      })) as SettingsWriteResult;
    };
    const saved = await withHook('hook', hook);
    expect(saved).toMatchObject({ ok: true });
    const file = await readFile(path.join(dataDir, 'settings.json'), 'utf8');
    expect(file).not.toContain('S3cretHookToken42');
    const channel = (
      JSON.parse(file) as { notifications: { channels: { id: string; url: unknown }[] } }
    ).notifications.channels.find((c) => c.id === 'hook');
    expect(channel?.url).toEqual({ env: 'IPWATCH_SECRET_NOTIFICATIONS_CHANNELS_HOOK_URL' });
    expect(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')).not.toContain('S3cretHookToken42');
    const view = (await invoke('getSettings')) as SettingsView;
    expect(view.secrets).toContainEqual({
      path: expect.stringMatching(/^notifications\.channels\.\d+\.url$/),
      state: 'set',
      from: 'environment variable IPWATCH_SECRET_NOTIFICATIONS_CHANNELS_HOOK_URL',
    });
    // The engine resolved the reference from the vault: the channel is there and not missing its secret.
    const status = (await invoke('getStatus')) as AppStatus;
    const hookStatus = status.notifications.find((n) => n.id === 'hook');
    expect(hookStatus).toBeDefined();
    expect(JSON.stringify(hookStatus)).not.toMatch(/IPWATCH_SECRET|not set|missing/i);

    // Without a keyring the vault refuses, and so does the save: nothing changes.
    vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
    try {
      const refused = await withHook('hook2', 'http://127.0.0.1:9/other?token=AnotherSecret77');
      expect(refused).toMatchObject({
        ok: false,
        errors: [
          {
            path: expect.stringMatching(/url$/),
            message: expect.stringMatching(/not stored: .*environment variable or a file/),
          },
        ],
      });
      expect(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).toBe(file);
    } finally {
      vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('gnome_libsecret');
    }
  });

  it('keeps running when the window closes; a second launch shows the dashboard; Quit stops the runtime so the history is written', async () => {
    const win = vi.mocked(BrowserWindow).mock.results.at(-1)!.value as InstanceType<typeof BrowserWindow>;
    win.close();
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['ipwatch'], '/');
    expect(BrowserWindow).toHaveBeenCalledTimes(2);
    const shown = vi.mocked(BrowserWindow).mock.results.at(-1)!.value as InstanceType<typeof BrowserWindow>;
    expect(vi.mocked(shown.loadURL).mock.calls[0]?.[0]).toBe(`${appUrl}#/dashboard`);

    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => vi.mocked(app.quit).mock.calls.length > 0, {
      what: 'the app to quit after stopping',
      timeoutMs: 10_000,
    });
    expect(tray()!.destroy).toHaveBeenCalled();
    // The second before-quit (from app.quit) goes through.
    let preventedAgain = false;
    app.emit('before-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);

    const store = await openHistoryStore({
      dataDir,
      backupsKeep: 7,
      statsRetentionDays: 90,
      clock: systemClock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
      readOnly: true,
    });
    try {
      const v4 = store.history({ family: 4 }).items.map((e) => e.ip);
      expect(v4).toEqual(['81.2.69.160', '81.2.69.142']);
    } finally {
      await store.close();
    }
    const log = await readFile(path.join(dataDir, 'logs', 'ipwatch.log'), 'utf8');
    expect(log).toMatch(/INFO {2}\[app\] stopped/);
  });
});
