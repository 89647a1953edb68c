/**
 * The live feed behind `subscribe` and SSE: every engine event as it happens, the fleet's
 * `sites` word when watched sites change, plus a `deliveries` event whenever a channel's
 * delivery state changes. The notifier has no
 * delivery events of its own, so its status is compared on a short timer, only while
 * someone listens.
 */
import type { ApiEvent } from '../../../../shared/contract';
import type { SitesEvent } from '../../../../shared/contract/fleet';
import type { ChannelStatus } from '../../../../shared/notify-types';
import type { EngineEvent } from '../../../../shared/types';
import type { Clock } from '../../clock';
import { offlineEvent } from '../../store/outage-cause';

export interface EventFeedDeps {
  on(listener: (event: EngineEvent) => void): () => void;
  /** The fleet's `sites` word, passed on as it comes (it is gathered into bursts at its source). */
  onSites?(listener: (event: SitesEvent) => void): () => void;
  channels(): ChannelStatus[];
  clock: Pick<Clock, 'now'>;
  /** How often the channels' state is compared while someone listens, ms. */
  pollMs?: number;
}

export interface EventFeed {
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** Listeners now connected (SSE clients, the app's window). */
  readonly listeners: number;
  close(): void;
}

/** What a user sees change in a channel's delivery state. */
const deliveryKey = (channels: ChannelStatus[]) =>
  JSON.stringify(
    channels.map((c) => [c.id, c.state, c.pending, c.sent, c.expired, c.rejected, c.lastSentAt, c.lastErrorAt]),
  );

export function createEventFeed(deps: EventFeedDeps): EventFeed {
  const listeners = new Set<(event: ApiEvent) => void>();
  const emit = (event: ApiEvent) => {
    for (const l of [...listeners]) l(event);
  };
  let last = '';
  let timer: NodeJS.Timeout | null = null;
  const compare = () => {
    const channels = deps.channels();
    const key = deliveryKey(channels);
    if (key === last) return;
    last = key;
    emit({ type: 'deliveries', at: deps.clock.now(), channels });
  };
  let off: (() => void) | null = null;
  const start = () => {
    last = deliveryKey(deps.channels());
    const offEngine = deps.on((event) => {
      // An outage's start with its cause's code, so each reader says it in its language (issue 75).
      emit(event.type === 'offline' ? offlineEvent(event) : event);
      compare();
    });
    const offSites = deps.onSites?.(emit);
    off = () => {
      offEngine();
      offSites?.();
    };
    timer = setInterval(compare, deps.pollMs ?? 250);
    timer.unref();
  };
  const stop = () => {
    off?.();
    off = null;
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) stop();
      };
    },
    get listeners() {
      return listeners.size;
    },
    close() {
      listeners.clear();
      stop();
    },
  };
}
