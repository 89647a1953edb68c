/**
 * A GENA subscription to the router's WANIPConnection events (UPnP Device Architecture 1.1,
 * section 4.1): SUBSCRIBE with a CALLBACK to our listener, renew at 80% of the granted time,
 * subscribe anew when a renewal answers 412 (the router restarted and forgot us, as miniupnpd
 * does), retry with a growing pause when the router cannot be reached, UNSUBSCRIBE on close.
 *
 * An event is only a trigger: whoever reacts must ask the router again (SOAP, NAT-PMP) and let
 * the monitor's quorum decide. A NOTIFY is a plain HTTP request anyone on the LAN could send.
 */
import type { Clock, Timer } from '../clock';
import { EventHub } from '../events';
import type { Logger } from '../logger';
import { openGenaListener, type GenaListener, type GenaNotify } from './gena-listener';
import { GENA_TIMEOUT_SECONDS, parseGenaTimeout, renewDelayMs, renewHeaders, subscribeHeaders } from './gena-message';
import type { RouterFailure } from './types';
import { toRouterFailure, UpnpError } from './upnp-errors';
import { upnpExchange } from './upnp-http';

export type GenaNotice =
  /** A NOTIFY arrived: ask the router again. */
  | { kind: 'event'; notify: GenaNotify }
  /** The router accepted a SUBSCRIBE or a renewal. */
  | { kind: 'subscribed'; sid: string; grantedSeconds: number | null; renewal: boolean }
  /** A SUBSCRIBE or renewal failed; another is due in `retryMs`. */
  | { kind: 'failed'; failure: RouterFailure; retryMs: number };

export interface GenaSubscriptionOptions {
  eventSubUrl: URL;
  /** This machine's address on the gateway's LAN (upnp-lan.ts): the listener's, and the SUBSCRIBE's source. */
  localAddress: string;
  clock: Clock;
  logger: Logger;
  /** Asked for; default 1800 s. */
  timeoutSeconds?: number;
  /** Longest wait for the router's answer to one request, ms; default 5000. */
  requestTimeoutMs?: number;
}

/** First pause after a failure, doubled each time up to the most. */
const RETRY_FIRST_MS = 30_000;
const RETRY_MAX_MS = 30 * 60_000;
const MAX_ANSWER = 8 * 1024;

export class GenaSubscription {
  private readonly hub: EventHub<GenaNotice>;
  private listener: GenaListener | null = null;
  private currentSid: string | null = null;
  private subscribing = false;
  private timer: Timer | null = null;
  private failures = 0;
  private closed = false;
  /** Requests run one at a time: a renewal never races a new subscription. */
  private queue: Promise<void> = Promise.resolve();
  private readonly aborter = new AbortController();

  constructor(private readonly options: GenaSubscriptionOptions) {
    this.hub = new EventHub(options.logger);
  }

  /** The subscription's id while the router holds it. */
  get sid(): string | null {
    return this.currentSid;
  }

  /** Where the router sends NOTIFYs, once started. */
  get callbackUrl(): string | null {
    return this.listener?.callbackUrl ?? null;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  on(listener: (notice: GenaNotice) => void): () => void {
    return this.hub.on(listener);
  }

  /** Opens the listener and subscribes; resolves once the first SUBSCRIBE has its answer (failures are retried). */
  async start(): Promise<void> {
    if (this.listener || this.closed) return;
    const listener = await openGenaListener(
      this.options.localAddress,
      // The first NOTIFY may arrive before the SUBSCRIBE's answer has told us the SID.
      (sid) => sid === this.currentSid || (this.subscribing && this.currentSid === null),
      (notify) => this.hub.emit({ kind: 'event', notify }),
    );
    // Closed while the listener opened: nothing else will close it.
    if (this.closed) return listener.close();
    this.listener = listener;
    await this.enqueue(() => this.subscribe());
  }

  /** Renews at once (say, when NAT-PMP shows the router restarted): a forgotten SID is replaced. */
  renewNow(): Promise<void> {
    return this.enqueue(() => (this.currentSid ? this.renew(this.currentSid) : this.subscribe()));
  }

  /**
   * Stops the timers, cuts short a request in flight, UNSUBSCRIBEs (best effort, bounded by its
   * own deadline: the app may be quitting) and closes the listener. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearTimer();
    this.aborter.abort(new Error('closed'));
    await this.queue;
    const sid = this.currentSid;
    this.currentSid = null;
    if (sid) await this.request('UNSUBSCRIBE', { sid }, new AbortController().signal).catch(() => undefined);
    await this.listener?.close();
    this.listener = null;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(() => (this.closed ? undefined : step()));
    return this.queue;
  }

  private async subscribe(): Promise<void> {
    if (!this.listener) return;
    this.subscribing = true;
    try {
      const res = await this.request('SUBSCRIBE', subscribeHeaders(this.listener.callbackUrl, this.seconds));
      const sid = typeof res.headers.sid === 'string' ? res.headers.sid.trim() : '';
      if (res.status !== 200 || !sid)
        throw new UpnpError(
          'router-error',
          `SUBSCRIBE answered HTTP ${res.status}${res.status === 200 ? ' without a SID' : ''}`,
        );
      this.granted(sid, parseGenaTimeout(headerText(res.headers.timeout)), false);
    } catch (err) {
      this.failed(err);
    } finally {
      this.subscribing = false;
    }
  }

  private async renew(sid: string): Promise<void> {
    try {
      const res = await this.request('SUBSCRIBE', renewHeaders(sid, this.seconds));
      if (res.status === 412) {
        this.options.logger.info('router forgot the event subscription (412): subscribing anew');
        this.currentSid = null;
        return await this.subscribe();
      }
      if (res.status !== 200) throw new UpnpError('router-error', `renewal answered HTTP ${res.status}`);
      this.granted(sid, parseGenaTimeout(headerText(res.headers.timeout)), true);
    } catch (err) {
      this.failed(err);
    }
  }

  private granted(sid: string, grantedSeconds: number | null, renewal: boolean): void {
    this.currentSid = sid;
    this.failures = 0;
    this.schedule(renewDelayMs(grantedSeconds), () => this.renewNow());
    this.hub.emit({ kind: 'subscribed', sid, grantedSeconds, renewal });
  }

  private failed(err: unknown): void {
    const failure = toRouterFailure(err, this.aborter.signal);
    if (this.closed) return;
    const retryMs = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.failures);
    this.failures += 1;
    this.schedule(retryMs, () => this.renewNow());
    this.options.logger.debug('event subscription failed', { code: failure.code, message: failure.message, retryMs });
    this.hub.emit({ kind: 'failed', failure, retryMs });
  }

  private schedule(ms: number, fn: () => Promise<void>): void {
    this.clearTimer();
    if (this.closed) return;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void fn();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private get seconds(): number {
    return this.options.timeoutSeconds ?? GENA_TIMEOUT_SECONDS;
  }

  private request(
    method: 'SUBSCRIBE' | 'UNSUBSCRIBE',
    headers: Record<string, string>,
    signal: AbortSignal = this.aborter.signal,
  ) {
    const req = {
      url: this.options.eventSubUrl,
      method,
      headers,
      maxBytes: MAX_ANSWER,
      localAddress: this.options.localAddress,
    };
    return upnpExchange(req, signal, this.options.requestTimeoutMs ?? 5000, method);
  }
}

const headerText = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
