/** Builders shared by the notify tests: settings, events, a real store, a captured logger, seeded jitter. */
import type { Clock } from '../../../../electron/engine/clock';
import { createLogger, type LogRecord, type Logger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import {
  notificationsSchema,
  type ChannelSettingsInput,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../../../../shared/settings/notify';
import type { ChangeEvent, Family } from '../../../../shared/types';
import { seeded } from '../../../helpers/random';

export function captureLogger(level: 'debug' | 'info' | 'warn' = 'warn'): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  return { logger: createLogger('notify', { level, sink: (r) => records.push(r) }), records };
}

/** Settings with fast retries and no flap hold unless the test says otherwise. */
export function notifySettings(
  channels: ChannelSettingsInput[],
  over: NotificationSettingsInput = {},
): NotificationSettings {
  return notificationsSchema.parse({
    flapWindowSec: 0,
    offlineAfterSec: 0,
    timezone: 'UTC',
    ...over,
    retry: { initialSec: 0.05, maxSec: 0.2, timeoutSec: 2, ...over.retry },
    channels,
  });
}

export const memoryStore = (clock: Clock, logger: Logger) => openHistoryStore({ dataDir: ':memory:', clock, logger });

export function change(
  from: string | null,
  to: string,
  at: number,
  family: Family = 4,
  fromSince: number | null = null,
): ChangeEvent {
  return { type: 'change', family, from, to, at, fromSince, trigger: 'interval', sources: ['ipify', 'icanhazip'] };
}

/** The retry jitter of the notifiers these tests build (createNotifier's `random`), seeded. */
export const jitter = seeded('notify test jitter').random;
