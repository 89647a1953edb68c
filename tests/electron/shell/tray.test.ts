import { clipboard, Menu, type MenuItemConstructorOptions, nativeImage, Tray } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { type Page, setupTray, type TrayDeps, type TrayHandle } from '../../../electron/shell/tray';
import type { AppStatus } from '../../../shared/contract';
import type { EngineEvent } from '../../../shared/types';
import { appStatus, NOW } from '../../helpers/app-status';
import { until } from '../../helpers/until';

type FakeTray = InstanceType<typeof Tray> & { emit(event: string): boolean };

function harness(over: Partial<TrayDeps> = {}) {
  let status: AppStatus = appStatus();
  const listeners = new Set<(e: EngineEvent) => void>();
  const opened: Page[] = [];
  let login = false;
  let update: string | null = null;
  let finishCheck: () => void = () => undefined;
  const deps: TrayDeps = {
    status: () => status,
    onEvent: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    checkNow: vi.fn(() => new Promise<void>((resolve) => (finishCheck = resolve))),
    pause: vi.fn(async () => {
      status = { ...status, pausedSince: NOW };
    }),
    resume: vi.fn(async () => {
      status = { ...status, pausedSince: null };
    }),
    open: (page) => void opened.push(page),
    startAtLogin: {
      get: () => login,
      set: (v) => {
        login = v;
      },
    },
    updateReady: () => update,
    restartToUpdate: vi.fn(),
    quit: vi.fn(),
    iconPath: (state) => `/icons/${state}.png`,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
    now: () => NOW,
    ...over,
  };
  const handle = setupTray(deps);
  const tray = vi.mocked(Tray).mock.results.at(-1)!.value as FakeTray;
  const menu = () =>
    (vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)![0] as MenuItemConstructorOptions[]).filter(
      (i) => i.type !== 'separator',
    );
  const item = (label: RegExp) => {
    const found = menu().find((i) => label.test(i.label ?? ''));
    if (!found) throw new Error(`no menu item ${label}`);
    return found;
  };
  const click = (label: RegExp, checked?: boolean) =>
    (item(label).click as (i: { checked?: boolean }) => void)({ checked: checked ?? false });
  return {
    deps,
    handle,
    tray,
    menu,
    item,
    click,
    opened,
    emit: (e: EngineEvent) => listeners.forEach((l) => l(e)),
    setStatus: (s: AppStatus) => (status = s),
    setUpdate: (v: string | null) => (update = v),
    finishCheck: () => finishCheck(),
    listeners,
  };
}

const lastImage = (tray: FakeTray) =>
  (vi.mocked(tray.setImage).mock.calls.at(-1)?.[0] as { source: string } | undefined)?.source;

let h: ReturnType<typeof harness>;
let handle: TrayHandle | null = null;
beforeEach(() => vi.clearAllMocks());
afterEach(() => handle?.dispose());

describe('tray', () => {
  it('starts with the checking icon, then follows engine events (not a timer)', () => {
    h = harness({ status: () => appStatus({ online: null }, { v4: { lastCheck: null }, v6: { lastCheck: null } }) });
    handle = h.handle;
    expect(vi.mocked(nativeImage.createFromPath)).toHaveBeenCalledWith('/icons/checking.png');
    expect(h.handle.state).toBe('checking');
    expect(vi.mocked(Menu.buildFromTemplate)).toHaveBeenCalledTimes(1);
    h.handle.dispose();

    h = harness();
    handle = h.handle;
    expect(h.handle.state).toBe('ok');
    expect(lastImage(h.tray)).toBe('/icons/ok.png');
    const builds = vi.mocked(Menu.buildFromTemplate).mock.calls.length;

    h.setStatus(appStatus({ online: false }));
    h.emit({ type: 'offline', at: NOW, cause: 'no source answered' });
    expect(h.handle.state).toBe('offline');
    expect(lastImage(h.tray)).toBe('/icons/offline.png');
    expect(vi.mocked(Menu.buildFromTemplate).mock.calls.length).toBe(builds + 1);
    expect(vi.mocked(h.tray.setToolTip).mock.calls.at(-1)?.[0]).toMatch(/^IPWatch: No internet\nIPv4: 81\.2\.69\.142/);
  });

  it('shows "changed" after a change (not after the first sighting) and lists the new address', () => {
    h = harness();
    handle = h.handle;
    h.emit({
      type: 'change',
      at: NOW,
      family: 4,
      from: null,
      to: '81.2.69.142',
      fromSince: null,
      trigger: 'start',
      sources: [],
    });
    expect(h.handle.state).toBe('ok');
    h.setStatus(appStatus({}, { v4: { ip: '81.2.69.160' } }));
    h.emit({
      type: 'change',
      at: NOW,
      family: 4,
      from: '81.2.69.142',
      to: '81.2.69.160',
      fromSince: null,
      trigger: 'network',
      sources: [],
    });
    expect(h.handle.state).toBe('changed');
    expect(h.item(/^IPv4/).label).toBe('IPv4: 81.2.69.160');
  });

  it('copies an address when its item is clicked; a left click opens the dashboard', () => {
    h = harness();
    handle = h.handle;
    h.click(/^IPv6/);
    expect(clipboard.writeText).toHaveBeenCalledWith('2a02:1:2:3::5');
    h.tray.emit('click');
    h.click(/History/);
    h.click(/Settings/);
    expect(h.opened).toEqual(['dashboard', 'history', 'settings']);
  });

  it('"Check now" shows checking until the check ends, and is disabled meanwhile', async () => {
    h = harness();
    handle = h.handle;
    h.click(/Check now/);
    expect(h.deps.checkNow).toHaveBeenCalledTimes(1);
    expect(h.handle.state).toBe('checking');
    expect(h.item(/Check now/).enabled).toBe(false);
    h.finishCheck();
    await until(() => h.handle.state === 'ok', { what: 'the check to end' });
    expect(h.item(/Check now/).enabled).toBe(true);
  });

  it('pauses and resumes monitoring, the menu following the engine event', async () => {
    h = harness();
    handle = h.handle;
    h.click(/Pause monitoring/);
    await until(() => vi.mocked(h.deps.pause).mock.calls.length > 0, { what: 'pause' });
    h.emit({ type: 'monitoring', at: NOW, paused: true });
    expect(h.handle.state).toBe('paused');
    expect(lastImage(h.tray)).toBe('/icons/paused.png');
    expect(h.item(/Check now/).enabled).toBe(false);
    h.click(/Resume monitoring/);
    await until(() => vi.mocked(h.deps.resume).mock.calls.length > 0, { what: 'resume' });
    h.emit({ type: 'monitoring', at: NOW, paused: false });
    expect(h.handle.state).toBe('ok');
  });

  it('toggles start at login, offers "restart to update" when one is ready, and quits', async () => {
    h = harness();
    handle = h.handle;
    expect(h.item(/Start at login/).checked).toBe(false);
    h.click(/Start at login/, true);
    await until(() => h.item(/Start at login/).checked === true, { what: 'the menu to show start at login' });
    expect(h.menu().some((i) => /Restart to update/.test(i.label ?? ''))).toBe(false);
    h.setUpdate('1.2.3');
    h.handle.refresh();
    expect(vi.mocked(h.tray.setToolTip).mock.calls.at(-1)?.[0]).toMatch(/Update 1\.2\.3 ready/);
    h.click(/Restart to update \(1\.2\.3\)/);
    expect(h.deps.restartToUpdate).toHaveBeenCalled();
    h.click(/Quit/);
    expect(h.deps.quit).toHaveBeenCalled();
  });

  it('stops listening and removes the icon when disposed', () => {
    h = harness();
    h.handle.dispose();
    handle = null;
    expect(h.listeners.size).toBe(0);
    expect(h.tray.destroy).toHaveBeenCalled();
  });
});
