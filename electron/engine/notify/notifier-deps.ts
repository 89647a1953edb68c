/** What the notifier builds its channels and their queues with, from its own deps. */
import { hostname } from 'node:os';

import { createRedactor } from '../secrets/redact';
import { processSecrets } from '../secrets/resolve';
import { createNodeDesktopNotifier } from './desktop-node-notifier';
import type { LiveStateSource } from './live-state';
import type { QueueDeps } from './outbox';
import type { ChannelDeps, NotifierDeps } from './types';

/** What the channels are built with. */
export function channelDepsOf(deps: NotifierDeps, live: LiveStateSource): ChannelDeps {
  return {
    clock: deps.clock,
    logger: deps.logger,
    desktop: deps.desktop ?? createNodeDesktopNotifier(),
    hostname: deps.hostname ?? hostname(),
    secrets: deps.secrets ?? processSecrets,
    redactor: deps.redactor ?? createRedactor(),
    live,
    ...(deps.http ? { http: deps.http } : {}),
    ...(deps.discordBot ? { discordBot: deps.discordBot } : {}),
    ...(deps.plugins ? { plugins: deps.plugins } : {}),
  };
}

/** What each channel's queue is built with. */
export function queueDepsOf(deps: NotifierDeps): QueueDeps {
  const { logger } = deps;
  return {
    store: deps.store,
    clock: deps.clock,
    logger,
    random: deps.random ?? Math.random,
    onMoved: (id, move) =>
      void deps
        .saveChannelOptions?.(id, move.options)
        .catch((err: unknown) =>
          logger.error('could not keep the moved channel in the settings', { channel: id, error: String(err) }),
        ),
  };
}
