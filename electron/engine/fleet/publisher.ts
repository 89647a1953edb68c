/**
 * Publishes this runner's site: its state retained at QoS 1 to `<prefix>/<site>/state` on each
 * (re)connect and on each change, the differences (not retained) to `<prefix>/<site>/event`, and
 * at a clean stop the state marked offline (`stopped`). The will that marks it offline when its
 * connection dies is the link's (link.ts). Publishes run one after another, each bounded in time,
 * so a stop can let the last finish (for STOP_MS at most); a refusal (the broker's ACL) is shown in
 * the link's status. A state larger than a watcher reads is not published: the status says so.
 */
import type { MqttClient } from 'mqtt';

import type { FleetState } from '../../../shared/contract/fleet';
import { FLEET_STATE_MAX_BYTES } from '../../../shared/contract/fleet';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { inEnglish, reason } from '../reason';
import { inTime } from './in-time';
import type { FleetLink } from './link';
import { fleetEvent, sameState } from './payload';
import { refusedReason } from './words';

/** How long one publish may wait for the broker's acknowledgement. */
const STEP_MS = 15_000;
/**
 * How long a stop waits, in all, for the publish under way and for the broker to take the last
 * state: a broker that died with a publish in flight cannot hold a stop longer.
 */
export const STOP_MS = 2000;
/** Changes that come together (a check's events) are published as one. */
const GATHER_MS = 200;

export const siteTopic = (prefix: string, site: string, leaf: 'state' | 'event') => `${prefix}/${site}/${leaf}`;

export interface PublisherOptions {
  link: FleetLink;
  prefix: string;
  site: string;
  /** The site's state now (payload.ts over the runtime's status). */
  state(): FleetState;
  clock: Clock;
  logger: Logger;
}

export class FleetPublisher {
  /** What the broker holds from this runner on this connection; null after a (re)connect until published. */
  private held: FleetState | null = null;
  private lastPublishedAt: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private gather: Timer | null = null;
  private readonly off: () => void;

  constructor(private readonly o: PublisherOptions) {
    this.off = o.link.onConnect((client) => {
      this.held = null;
      this.enqueue(() => this.publishState(client, this.o.state(), null));
    });
  }

  status(): { lastPublishedAt: number | null } {
    return { lastPublishedAt: this.lastPublishedAt };
  }

  /** Something may have changed: the state is read again shortly, and published when it differs. */
  offer(): void {
    this.gather ??= this.o.clock.setTimeout(() => {
      this.gather = null;
      const client = this.o.link.client();
      if (!client?.connected) return; // published whole on the next connect
      this.enqueue(async () => {
        const now = this.o.state();
        if (sameState(this.held, now)) return;
        await this.publishState(client, now, this.held);
      });
    }, GATHER_MS);
  }

  /** A clean stop: the last state, marked offline as stopped, retained. */
  async stop(): Promise<void> {
    this.off();
    if (this.gather) this.o.clock.clearTimeout(this.gather);
    const until = this.o.clock.monotonic() + STOP_MS;
    await inTime(this.chain, STOP_MS, this.o.clock);
    const client = this.o.link.client();
    const left = until - this.o.clock.monotonic();
    if (!client?.connected || left <= 0) return;
    const last: FleetState = { ...this.o.state(), online: false, reason: 'stopped' };
    const topic = siteTopic(this.o.prefix, this.o.site, 'state');
    await inTime(
      this.publish(client, topic, last, true).catch(() => undefined),
      left,
      this.o.clock,
    );
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((err: unknown) => {
      this.o.logger.warn('fleet publish failed', { error: err instanceof Error ? err.message : String(err) });
    });
  }

  private async publishState(client: MqttClient, now: FleetState, before: FleetState | null): Promise<void> {
    await this.publish(client, siteTopic(this.o.prefix, this.o.site, 'state'), now, true);
    this.held = now;
    const event = fleetEvent(this.o.site, before, now);
    if (event === null) return;
    await this.publish(client, siteTopic(this.o.prefix, this.o.site, 'event'), event, false);
  }

  private async publish(client: MqttClient, topic: string, body: object, retain: boolean): Promise<void> {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text);
    if (bytes > FLEET_STATE_MAX_BYTES) {
      const why = reason('reason.fleetLink.tooLong', {
        topic,
        kib: String(Math.ceil(bytes / 1024)),
        maxKib: String(FLEET_STATE_MAX_BYTES / 1024),
      });
      this.o.link.fail(why);
      throw new Error(inEnglish(why));
    }
    try {
      const sent = await inTime(client.publishAsync(topic, text, { qos: 1, retain }), STEP_MS, this.o.clock);
      if (!sent.done) throw new Error('no acknowledgement from the broker in time');
      this.lastPublishedAt = this.o.clock.now();
    } catch (err) {
      this.o.link.fail(refusedReason(topic, err));
      throw err;
    }
  }
}
