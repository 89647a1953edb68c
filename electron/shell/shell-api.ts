/**
 * The app-only operations of shared/contract/shell.ts, over the shell's parts: the vault,
 * app state, start at login, the desktop notifier, the log file, updates. Also the
 * first-run wizard's one step that changes things: what is monitored, desktop
 * notifications on or off, an optional Discord bot token (into the vault), start at login.
 */
import path from 'node:path';

import type { AppPrefs } from '../../shared/contract/shell';
import type { Translator } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import type { DesktopNotifier } from '../engine/notify';
import type { AppState } from './app-state';
import type { Autostart } from './autostart';
import type { ShellHandlers } from './ipc';
import { type SecretVault, secretEnvName } from './secrets';
import type { SettingsStore } from './settings-store';

export interface ShellApiDeps {
  vault: SecretVault;
  appState: AppState;
  autostart: Autostart;
  settings: SettingsStore;
  desktop: DesktopNotifier;
  logFile: string;
  openPath(dir: string): Promise<string>;
  updateReady(): string | null;
  restartToUpdate(): boolean;
  /** Quits cleanly and opens the app again; false when it cannot. */
  restartApp(): boolean;
  /** Called after a change the tray shows (start at login). */
  changed(): void;
  /** Re-resolves the channels' secret references after the vault changed. */
  secretsChanged(): Promise<void>;
  /** The language the shell speaks now (the app's setting, or the OS's); English when not given. */
  words?: () => Translator;
}

export const DESKTOP_CHANNEL_ID = 'desktop';
export const DISCORD_TOKEN_SECRET = 'discord-bot-token';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});

/**
 * settings.json with the wizard's choices: the families, the desktop channel on or off, and
 * the bot's token as a reference to the vault when one was given. Pure.
 */
export function applyFirstRun(
  raw: Raw,
  choice: { ipv4: boolean; ipv6: boolean; desktop: boolean; discordToken?: boolean },
): Raw {
  const notifications = obj(raw.notifications);
  const channels = Array.isArray(notifications.channels) ? [...(notifications.channels as unknown[])] : [];
  const i = channels.findIndex((c) => obj(c).type === 'desktop');
  if (i >= 0) channels[i] = { ...obj(channels[i]), enabled: choice.desktop };
  else if (choice.desktop) channels.push({ id: DESKTOP_CHANNEL_ID, type: 'desktop' });
  return {
    ...raw,
    monitor: { ...obj(raw.monitor), ipv4: choice.ipv4, ipv6: choice.ipv6 },
    notifications: { ...notifications, channels },
    // The bot's token stays in the vault; settings.json names it.
    ...(choice.discordToken
      ? { discord: { ...obj(raw.discord), token: { env: secretEnvName(DISCORD_TOKEN_SECRET) } } }
      : {}),
  };
}

export function createShellApi(deps: ShellApiDeps): ShellHandlers {
  const prefs = (): AppPrefs => ({
    theme: deps.appState.theme(),
    firstRunDone: deps.appState.firstRunDone(),
    startAtLogin: deps.autostart.get(),
    logFile: deps.logFile,
    updateReady: deps.updateReady(),
  });
  const setStartAtLogin = async (enabled: boolean) => {
    await deps.autostart.set(enabled);
    deps.changed();
  };
  return {
    getSecrets: async () => deps.vault.status(),
    async setSecret({ name, value }) {
      await deps.vault.set(name, value);
      await deps.secretsChanged();
      return deps.vault.status();
    },
    async clearSecret({ name }) {
      await deps.vault.clear(name);
      await deps.secretsChanged();
      return deps.vault.status();
    },
    getPrefs: async () => prefs(),
    async setTheme({ theme }) {
      deps.appState.setTheme(theme);
      return prefs();
    },
    async setStartAtLogin({ enabled }) {
      await setStartAtLogin(enabled);
      return prefs();
    },
    async testDesktopNotification() {
      const words = deps.words?.() ?? english;
      if (deps.desktop.unavailable) return { ok: false, error: words.t('shell.desktop.unsupported') };
      try {
        await deps.desktop.notify('IPWatch', words.t('shell.desktop.test'));
        return { ok: true };
      } catch (err) {
        return { ok: false, error: errorText(err) };
      }
    },
    async completeFirstRun(input) {
      // The token first: if the keyring refuses it, nothing else has changed yet.
      if (input.discordBotToken) {
        await deps.vault.set(DISCORD_TOKEN_SECRET, input.discordBotToken);
        await deps.secretsChanged();
      }
      const written = await deps.settings.edit((raw) =>
        applyFirstRun(raw, {
          ipv4: input.ipv4,
          ipv6: input.ipv6,
          desktop: input.desktopNotifications,
          discordToken: Boolean(input.discordBotToken),
        }),
      );
      if (!written.ok) throw new Error(`settings not saved: ${written.errors.join('; ')}`);
      await setStartAtLogin(input.startAtLogin);
      deps.appState.setFirstRunDone(true);
      return prefs();
    },
    async openLogFolder() {
      const error = await deps.openPath(path.dirname(deps.logFile));
      return error ? { ok: false, error } : { ok: true };
    },
    restartToUpdate: async () => ({ ok: deps.restartToUpdate() }),
    restartApp: async () => ({ ok: deps.restartApp() }),
  };
}
