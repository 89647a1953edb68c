/**
 * Start at login. Windows and macOS: the OS login items (app.setLoginItemSettings). Linux:
 * an XDG autostart entry (`$XDG_CONFIG_HOME/autostart/ipwatch.desktop`), written when
 * turned on and removed when turned off; it starts the AppImage when run from one.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { App } from 'electron';

export interface AutostartDeps {
  platform: NodeJS.Platform;
  app: Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>;
  env: NodeJS.ProcessEnv;
  home: string;
  execPath: string;
}

export interface Autostart {
  get(): boolean;
  set(enabled: boolean): Promise<void>;
  /** The XDG entry on Linux (null elsewhere). */
  readonly entryFile: string | null;
}

export const xdgAutostartFile = (env: NodeJS.ProcessEnv, home: string): string =>
  path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'autostart', 'ipwatch.desktop');

/** Quotes one Exec argument per the Desktop Entry spec (reserved characters inside double quotes). */
export const quoteExecArg = (arg: string): string =>
  /^[A-Za-z0-9_/.+:,=@-]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;

export const desktopEntry = (exec: string): string =>
  [
    '[Desktop Entry]',
    'Type=Application',
    'Name=IPWatch',
    'Comment=Public IPv4/IPv6 address monitor',
    `Exec=${quoteExecArg(exec)}`,
    'Icon=ipwatch',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');

export function createAutostart(deps: AutostartDeps): Autostart {
  if (deps.platform !== 'linux') {
    return {
      entryFile: null,
      get: () => deps.app.getLoginItemSettings().openAtLogin,
      async set(enabled) {
        deps.app.setLoginItemSettings({ openAtLogin: enabled });
      },
    };
  }
  const file = xdgAutostartFile(deps.env, deps.home);
  return {
    entryFile: file,
    get: () => existsSync(file),
    async set(enabled) {
      if (!enabled) return rm(file, { force: true });
      await mkdir(path.dirname(file), { recursive: true });
      // An AppImage runs from a temporary mount: the entry must name the image itself.
      await writeFile(file, desktopEntry(deps.env.APPIMAGE || deps.execPath), { mode: 0o644 });
    },
  };
}
