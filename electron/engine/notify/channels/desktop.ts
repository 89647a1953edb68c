/**
 * Desktop notification through the DesktopNotifier the process was given (node-notifier
 * when headless, Electron's Notification in the app). No options.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { reason } from '../../reason';
import { ReasonError } from '../../reason';
import { describeError } from '../http';
import { defineChannel } from './define';

export const desktop = defineChannel({
  type: 'desktop',
  label: 'Desktop notification',
  options: CHANNEL_OPTIONS.desktop,
  create: (_o, deps) => {
    const notifier = deps.desktop;
    if (!notifier) throw new ReasonError(reason('reason.desktop.noNotifier'));
    // A server without a desktop: switched off with the reason, instead of failing every send.
    if (notifier.unavailableReason) throw new ReasonError(notifier.unavailableReason);
    if (notifier.unavailable) throw new Error(notifier.unavailable);
    return {
      async send(d) {
        try {
          await notifier.notify(d.message.title, d.message.text);
          return { ok: true };
        } catch (err) {
          return { ok: false, kind: 'transient', error: `desktop: ${describeError(err)}` };
        }
      },
      close: async () => {},
    };
  },
});
