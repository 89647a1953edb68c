/**
 * Electron's Notification as the notification pipeline's desktop channel in the app (the
 * headless runner uses node-notifier through the same DesktopNotifier interface). A click
 * opens the dashboard at the change the notification is about. The OS decides whether it
 * is shown: macOS Focus, Windows Focus Assist and the Linux notification daemon's
 * do-not-disturb all apply to Electron notifications; nothing here bypasses them.
 */
import { Notification } from 'electron';

import type { ChangeEvent, EngineEvent } from '../../shared/types';
import type { Logger } from '../engine/logger';
import type { DesktopNotifier } from '../engine/notify';
import { inEnglish, reason } from '../engine/reason';

/** The page a notification's click opens: the change whose new address it names, else the dashboard. Pure. */
export function clickRoute(text: string, recentChanges: readonly ChangeEvent[]): string {
  const change = [...recentChanges].reverse().find((c) => text.includes(c.to));
  return change ? `history?change=${change.family}-${change.at}` : 'dashboard';
}

export interface ElectronNotifierDeps {
  onEvent(listener: (event: EngineEvent) => void): () => void;
  open(route: string): void;
  logger: Logger;
  icon?: string;
}

const KEEP_CHANGES = 8;
const NOT_SUPPORTED = reason('reason.desktop.notSupported');

export function createElectronNotifier(deps: ElectronNotifierDeps): DesktopNotifier & { dispose(): void } {
  const changes: ChangeEvent[] = [];
  const off = deps.onEvent((e) => {
    if (e.type !== 'change') return;
    changes.push(e);
    if (changes.length > KEEP_CHANGES) changes.shift();
  });
  // Electron drops a notification's listeners when the object is garbage collected: keep it until used.
  const live = new Set<Notification>();
  return {
    get unavailable() {
      return Notification.isSupported() ? undefined : inEnglish(NOT_SUPPORTED);
    },
    get unavailableReason() {
      return Notification.isSupported() ? undefined : NOT_SUPPORTED;
    },
    async notify(title, body) {
      if (!Notification.isSupported()) throw new Error('desktop notifications are not supported on this system');
      const route = clickRoute(`${title}\n${body}`, changes);
      const n = new Notification({ title, body, ...(deps.icon ? { icon: deps.icon } : {}) });
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        deps.open(route);
      });
      n.on('close', () => live.delete(n));
      n.on('failed', (_e, error) => {
        live.delete(n);
        deps.logger.warn('desktop notification failed', { error });
      });
      n.show();
    },
    dispose() {
      off();
      live.clear();
    },
  };
}
