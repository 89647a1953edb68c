/**
 * A test notification through one channel, at once and outside the outbox: the channel as it
 * runs, or, for one that is switched off, built for this send only and closed after it.
 */
import { performance } from 'node:perf_hooks';

import { ChannelQueue, type QueueConfig, type QueueDeps } from './outbox';
import { buildOnce, type RosterEntry } from './roster';
import type { ChannelDeps, Notifier, TestNotice } from './types';

export async function sendTest(
  entry: RosterEntry,
  channelDeps: ChannelDeps,
  config: QueueConfig,
  queueDeps: QueueDeps,
): ReturnType<Notifier['test']> {
  if (entry.reason) return { ok: false, error: entry.reason };
  const built = entry.channel ? { ok: true as const, channel: entry.channel } : buildOnce(entry.settings, channelDeps);
  if (!built.ok) return { ok: false, error: built.reason };
  const now = channelDeps.clock.now();
  const notice: TestNotice = { kind: 'test', key: `test@${now}`, at: now };
  const t0 = performance.now();
  try {
    const r = await new ChannelQueue(entry.id, config, queueDeps).send(built.channel, notice, notice.key);
    if (!r.ok) return { ok: false, error: r.error, ...(r.reason ? { errorCode: r.reason } : {}) };
    return { ok: true, ms: Math.round(performance.now() - t0) };
  } finally {
    if (built.channel !== entry.channel) await built.channel.close().catch(() => undefined);
  }
}
