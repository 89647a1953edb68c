/**
 * The headless DesktopNotifier: node-notifier (notify-send on Linux, Notification Center on
 * macOS, toasts on Windows). The Electron shell supplies its own through the same interface.
 * node-notifier is loaded at the first notification, not with the engine.
 */
import type { Reason } from '../../../shared/reason';
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
export function desktopUnavailableReason(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): Reason | undefined {
  const none = noDesktopSession(env, platform);
  if (none) return none;
  if (platform !== 'linux') return undefined;
  return findInPath('notify-send', env) !== null ? undefined : reason('reason.desktop.noNotifySend');
}

/** desktopUnavailableReason in English: the status's, the log's and the channel's words. */
export function desktopUnavailable(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  const why = desktopUnavailableReason(env, platform);
  return why ? inEnglish(why) : undefined;
}

export function createNodeDesktopNotifier(appName = 'IPWatch', env: NodeJS.ProcessEnv = process.env): DesktopNotifier {
  const none = noDesktopSession(env);
  return {
    unavailable: desktopUnavailable(env),
    unavailableReason: desktopUnavailableReason(env),
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
