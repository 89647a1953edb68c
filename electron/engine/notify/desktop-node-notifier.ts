/**
 * The headless DesktopNotifier: node-notifier (notify-send on Linux, Notification Center on
 * macOS, toasts on Windows). The Electron shell supplies its own through the same interface.
 */
import nodeNotifier from 'node-notifier';

import type { DesktopNotifier } from './types';

export function createNodeDesktopNotifier(appName = 'IPWatch'): DesktopNotifier {
  return {
    notify: (title, body) =>
      new Promise<void>((resolve, reject) => {
        const options = { title, message: body, wait: false, 'app-name': appName };
        nodeNotifier.notify(options, (err) =>
          err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
        );
      }),
  };
}
