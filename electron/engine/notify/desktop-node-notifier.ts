/**
 * The headless DesktopNotifier: node-notifier (notify-send on Linux, Notification Center on
 * macOS, toasts on Windows). The Electron shell supplies its own through the same interface.
 * node-notifier is loaded at the first notification, not with the engine.
 */
import { inEnglish, reason } from '../reason';
import { findInPath } from '../which';
import { noDesktopSession } from './desktop-session';
import type { DesktopNotifier } from './types';

type NodeNotifier = typeof import('node-notifier');
let nodeNotifierModule: Promise<NodeNotifier> | undefined;
// CommonJS whose module.exports is the notifier: under ESM that is the default export,
// which the `export =` typings do not describe.
const loadNodeNotifier = () =>
  (nodeNotifierModule ??= import('node-notifier').then((m) => (m as unknown as { default: NodeNotifier }).default));

/**
 * Why desktop notifications cannot work here, or undefined: no desktop session (a server, a
 * container, a Windows service: desktop-session.ts), or on Linux no notify-send to show them.
 */
export function desktopUnavailable(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  const none = noDesktopSession(env, platform);
  if (none) return inEnglish(none);
  if (platform !== 'linux') return undefined;
  const found = findInPath('notify-send', env) !== null;
  return found ? undefined : inEnglish(reason('reason.desktop.noNotifySend'));
}

export function createNodeDesktopNotifier(appName = 'IPWatch', env: NodeJS.ProcessEnv = process.env): DesktopNotifier {
  const none = noDesktopSession(env);
  return {
    unavailable: desktopUnavailable(env),
    ...(none ? { noSession: inEnglish(none), noSessionReason: none } : {}),
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
