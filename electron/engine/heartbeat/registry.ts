/** The heartbeat services by id: one file each, on the HeartbeatProvider interface. */
import type { HeartbeatProviderId } from '../../../shared/settings/watcher';
import { healthchecks } from './healthchecks';
import type { HeartbeatProvider } from './types';
import { uptimeKuma } from './uptime-kuma';

export const HEARTBEAT_REGISTRY = {
  healthchecks,
  'uptime-kuma': uptimeKuma,
} satisfies Record<HeartbeatProviderId, HeartbeatProvider>;
