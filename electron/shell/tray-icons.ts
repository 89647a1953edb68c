/**
 * Which generated icon file (scripts/icons.ts) the tray shows for a state on each platform:
 * a template image on macOS (Electron picks the @2x file beside it), a multi-size .ico on
 * Windows, a 32 px PNG on Linux (AppIndicator scales it to the panel).
 */
import path from 'node:path';

import type { TrayState } from './tray-state';

export function trayIconPath(state: TrayState, iconsDir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return path.join(iconsDir, 'tray', 'mac', `tray-${state}Template.png`);
  if (platform === 'win32') return path.join(iconsDir, 'tray', 'win', `tray-${state}.ico`);
  return path.join(iconsDir, 'tray', 'linux', `tray-${state}-32.png`);
}

/** build/icons in development; packaged, electron-builder copies it to resources/icons (extraResources). */
export const iconsDir = (isPackaged: boolean, appPath: string, resourcesPath: string): string =>
  isPackaged ? path.join(resourcesPath, 'icons') : path.join(appPath, 'build', 'icons');
