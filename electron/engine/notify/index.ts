/**
 * electron/engine/notify: notifications. It owns the policy (which engine events are worth
 * telling, flap suppression, outage and degradation thresholds: pure, in policy/), the
 * durable per-channel delivery queues on the store's outbox (outbox.ts), message rendering
 * (message.ts) and the channels, one file each behind the registry in channels/. Plain
 * Node; the clock, logger, store, HTTP pool and desktop notifier are injected.
 */
export { createNotifier } from './notifier';
export { createNodeDesktopNotifier, desktopUnavailable } from './desktop-node-notifier';
export { CHANNELS } from './channels/registry';
export type { DesktopNotifier, Notifier, NotifierDeps, StartedStatus } from './types';
