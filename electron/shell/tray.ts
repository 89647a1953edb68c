/**
 * The tray icon: its image, tooltip and menu follow the engine. They are rebuilt on each
 * engine event (and when the shell's own state changes: a check started from the menu, an
 * update ready, start at login toggled), never on a timer. A left click opens the dashboard.
 */
import { clipboard, Menu, type MenuItemConstructorOptions, nativeImage, type NativeImage, Tray } from 'electron';

import type { AppStatus } from '../../shared/contract';
import { type Translator } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import type { EngineEvent } from '../../shared/types';
import type { Logger } from '../engine/logger';
import {
  menuAddresses,
  menuDdnsRecords,
  menuMonitors,
  menuServing,
  menuSpeed,
  type TrayInput,
  trayState,
  type TrayState,
  trayTooltip,
} from './tray-state';

export type Page = 'dashboard' | 'settings' | 'history';

export interface TrayDeps {
  status(): AppStatus;
  /** Subscribes to engine events; returns the unsubscribe function. */
  onEvent(listener: (event: EngineEvent) => void): () => void;
  checkNow(): Promise<unknown>;
  pause(): Promise<unknown>;
  resume(): Promise<unknown>;
  open(page: Page): void;
  startAtLogin: { get(): boolean; set(enabled: boolean): Promise<void> | void };
  /** The version of a downloaded update, or null. */
  updateReady(): string | null;
  restartToUpdate(): void;
  quit(): void;
  /** The icon file for a state on this platform (see tray-icons.ts). */
  iconPath(state: TrayState): string;
  logger: Logger;
  now?: () => number;
  /** The language the tray speaks now (the app's setting, or the OS's); English when not given. */
  words?: () => Translator;
}

export interface TrayHandle {
  /** Rebuilds icon, tooltip and menu from the current state. */
  refresh(): void;
  readonly state: TrayState;
  dispose(): void;
}

export function setupTray(deps: TrayDeps): TrayHandle {
  const now = deps.now ?? Date.now;
  const images = new Map<TrayState, NativeImage>();
  const image = (state: TrayState) => {
    let img = images.get(state);
    if (!img) {
      img = nativeImage.createFromPath(deps.iconPath(state));
      if (process.platform === 'darwin') img.setTemplateImage(true);
      images.set(state, img);
    }
    return img;
  };
  let checking = false;
  let lastChangeAt: number | null = null;
  let shown: TrayState = 'checking';
  const tray = new Tray(image(shown));

  const run = (what: string, action: () => Promise<unknown>) => {
    action().catch((err: unknown) => deps.logger.error(`${what} failed`, { error: String(err) }));
  };
  const checkNow = () => {
    checking = true;
    refresh();
    run('check now', () =>
      deps.checkNow().finally(() => {
        checking = false;
        refresh();
      }),
    );
  };

  function refresh(): void {
    if (tray.isDestroyed()) return;
    const status = deps.status();
    const words = deps.words?.() ?? english;
    const input: TrayInput = { status, now: now(), checking, lastChangeAt, updateReady: deps.updateReady(), words };
    const state = trayState(input);
    if (state !== shown) {
      shown = state;
      tray.setImage(image(state));
    }
    tray.setToolTip(trayTooltip(input));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenu(status, deps, { checking, checkNow, run, refresh, words })));
  }

  const off = deps.onEvent((event) => {
    if (event.type === 'change' && event.from !== null) lastChangeAt = event.at;
    refresh();
  });
  tray.on('click', () => deps.open('dashboard'));
  refresh();

  return {
    refresh,
    get state() {
      return shown;
    },
    dispose() {
      off();
      tray.destroy();
    },
  };
}

/** What the menu's items do, from the tray that shows it. */
interface MenuActions {
  /** A check started from the menu is running. */
  checking: boolean;
  checkNow(): void;
  /** Runs an action, logging its failure. */
  run(what: string, action: () => Promise<unknown>): void;
  refresh(): void;
  words: Translator;
}

/** The tray's menu for a status: the addresses (click to copy), monitoring, pages, start at login, update, quit. */
function trayMenu(s: AppStatus, deps: TrayDeps, a: MenuActions): MenuItemConstructorOptions[] {
  const addresses = menuAddresses(s);
  const update = deps.updateReady();
  const paused = s.pausedSince !== null;
  const { t } = a.words;
  return [
    ...(addresses.length
      ? addresses.map((ad): MenuItemConstructorOptions => ({
          label: t('tray.menu.address', { family: `IPv${ad.family}`, ip: ad.ip }),
          toolTip: t('tray.menu.clickToCopy'),
          click: () => clipboard.writeText(ad.ip),
        }))
      : [{ label: t('tray.menu.noAddress'), enabled: false }]),
    ...ddnsItems(s, a.words),
    ...monitorItems(s, (deps.now ?? Date.now)(), a.words),
    ...servingItems(s, a.words),
    { type: 'separator' },
    { label: t('tray.menu.checkNow'), enabled: !a.checking && !paused, click: a.checkNow },
    paused
      ? { label: t('tray.menu.resume'), click: () => a.run('resume', deps.resume) }
      : { label: t('tray.menu.pause'), click: () => a.run('pause', deps.pause) },
    { type: 'separator' },
    { label: t('tray.menu.dashboard'), click: () => deps.open('dashboard') },
    { label: t('tray.menu.history'), click: () => deps.open('history') },
    { label: t('tray.menu.settings'), click: () => deps.open('settings') },
    { type: 'separator' },
    {
      label: t('tray.menu.startAtLogin'),
      type: 'checkbox',
      checked: deps.startAtLogin.get(),
      click: (item) =>
        a.run('start at login', async () => {
          await deps.startAtLogin.set(item.checked);
          a.refresh();
        }),
    },
    ...(update
      ? ([
          { type: 'separator' },
          { label: t('tray.menu.restartToUpdate', { version: update }), click: () => deps.restartToUpdate() },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { type: 'separator' },
    { label: t('tray.menu.quit'), click: () => deps.quit() },
  ];
}

/** The dynamic DNS records, one line each with its state word, after a separator; none without records. */
function ddnsItems(s: AppStatus, words: Translator): MenuItemConstructorOptions[] {
  const lines = menuDdnsRecords(s, words);
  return lines.length ? [{ type: 'separator' }, ...lines.map((label) => ({ label, enabled: false }))] : [];
}

/** The LAN certificate's fingerprint (and the plain-HTTP warning), after a separator; none where no HTTP server runs. */
function servingItems(s: AppStatus, words: Translator): MenuItemConstructorOptions[] {
  const lines = menuServing(s, words);
  return lines.length ? [{ type: 'separator' }, ...lines.map((label) => ({ label, enabled: false }))] : [];
}

/** The service monitors, one line each with its state, after a separator; none without monitors. */
function monitorItems(s: AppStatus, now: number, words: Translator): MenuItemConstructorOptions[] {
  const speed = menuSpeed(s, now, words);
  const lines = [...menuMonitors(s, words), ...(speed ? [speed] : [])];
  return lines.length ? [{ type: 'separator' }, ...lines.map((label) => ({ label, enabled: false }))] : [];
}
