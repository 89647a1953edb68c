/**
 * The headless DesktopNotifier: node-notifier (notify-send on Linux, Notification Center on
 * macOS, toasts on Windows). The Electron shell supplies its own through the same interface.
 * node-notifier is loaded at the first notification, not with the engine.
 */
import { findInPath } from '../which';
import type { DesktopNotifier } from './types';

type NodeNotifier = typeof import('node-notifier');
let nodeNotifierModule: Promise<NodeNotifier> | undefined;
// CommonJS whose module.exports is the notifier: under ESM that is the default export,
// which the `export =` typings do not describe.
const loadNodeNotifier = () =>
  (nodeNotifierModule ??= import('node-notifier').then((m) => (m as unknown as { default: NodeNotifier }).default));

/**
 * Why desktop notifications cannot work here, or undefined. On Linux node-notifier needs a
 * graphical session and notify-send; a home server usually has neither.
 */
export function desktopUnavailable(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  if (platform !== 'linux') return undefined;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no desktop session (DISPLAY and WAYLAND_DISPLAY are unset)';
  const found = findInPath('notify-send', env) !== null;
  return found ? undefined : 'notify-send not found (install libnotify-bin)';
}

export function createNodeDesktopNotifier(appName = 'IPWatch', env: NodeJS.ProcessEnv = process.env): DesktopNotifier {
  return {
    unavailable: desktopUnavailable(env),
    notify: async (title, body) => {
      const nodeNotifier = await loadNodeNotifier();
      return new Promise<void>((resolve, reject) => {
        const options = { title, message: body, wait: false, 'app-name': appName };
        nodeNotifier.notify(options, (err) =>
          err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
        );
      });
    },
  };
}
