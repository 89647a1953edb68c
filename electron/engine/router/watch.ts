/**
 * The router watch: asks the home router for its external IPv4 address by NAT-PMP, PCP and
 * UPnP-IGD side by side (the one that answered last is asked alone first), at start, every
 * `router.pollMinutes`, when the monitor asks (askNow), and at once after a trigger: a NAT-PMP/PCP
 * announcement, a GENA NOTIFY or a network change, coalesced. Triggers are only reasons to ask
 * again (all of them are unauthenticated on the LAN), and what the router answers is only a
 * witness: the runtime (runtime/router.ts) makes a new answer a reason for a check, which the
 * monitor's quorum of public sources confirms. Silent when the router speaks none of them (one
 * info line), never throws, never blocks a check.
 */
import type { RouterSettings } from '../../../shared/settings/router';
import type { RouterStatus } from '../../../shared/types';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { createAnnounceListener, type AnnounceListener } from './announce';
import type { PortMappingsResult } from './port-mappings';
import type { FindGateway, Gateway, RouterProtocolName } from './types';
import type { UpnpIgd } from './upnp';
import {
  type Asked,
  askSideBySide,
  coalesce,
  defaultProtocols,
  oneAtATime,
  type ProtocolSet,
  quietFailure,
} from './watch-ask';

export interface RouterWatchOptions {
  settings: RouterSettings;
  clock: Clock;
  logger: Logger;
  findGateway: FindGateway;
  /** Builds the three protocols for a gateway; the real ones by default (a stand-in's ports in tests). */
  protocols?: (gateway: Gateway) => ProtocolSet;
  /** The announcement port (5350); 0 picks a free one, for a stand-in. */
  announcePort?: number;
  /** The first trigger asks at once; more within this long make one more question (ms, default 100). */
  coalesceMs?: number;
}

export interface RouterWatch {
  start(): void;
  /** Ask again soon: the network changed, or the router said something. */
  trigger(why: string): void;
  /** Asks now (or joins the question under way) and resolves with the status after it. */
  askNow(): Promise<RouterStatus>;
  /** Called after every question with the status before and after it; returns the unsubscribe. */
  onRound(listener: (next: RouterStatus, prev: RouterStatus) => void): () => void;
  update(settings: RouterSettings): void;
  status(): RouterStatus;
  /**
   * The router's UPnP-IGD port mappings, or null when no router has answered (off, searching,
   * none): only a router that answered is asked, and one without UPnP-IGD gives a failure.
   */
  portMappings(signal: AbortSignal): Promise<PortMappingsResult | null>;
  /** The announcement port bound, once listening. */
  announcePort(): number | undefined;
  close(): Promise<void>;
}

const OFF: RouterStatus = { state: 'off', protocol: null, externalAddress: null, checkedAt: null, error: null };

export function createRouterWatch(opts: RouterWatchOptions): RouterWatch {
  const { clock, logger } = opts;
  const build = opts.protocols ?? ((gw: Gateway) => defaultProtocols(gw, clock, logger));
  let settings = opts.settings;
  let current: RouterStatus = OFF;
  let gateway: Gateway | null = null;
  let set: ProtocolSet | null = null;
  let preferred: RouterProtocolName | null = null;
  let subscribed = false;
  let listener: AnnounceListener | null = null;
  let poll: Timer | null = null;
  let running = false;
  let abort = new AbortController();
  const soon = coalesce(clock, opts.coalesceMs ?? 100, () => void ask());
  const rounds = roundListeners(logger);

  function trigger(why: string): void {
    if (!running) return;
    logger.debug('router: asking again', { why });
    if (why === 'network') void listener?.rejoin().catch(() => {});
    soon.poke();
  }

  /** One question at a time; a trigger during one asks once more after it. */
  const ask = oneAtATime(askOnce, () => running, logger);

  async function askOnce(): Promise<void> {
    if (poll) clock.clearTimeout(poll);
    const signal = abort.signal;
    const gw = await opts.findGateway(4, signal).catch(() => null);
    if (!running) return;
    if (gw?.address !== gateway?.address) await useGateway(gw);
    const out = set ? await askSideBySide(set, preferred, signal) : null;
    if (!running) return;
    const [prev, next] = [current, statusOf(out, clock.now())];
    logRound(logger, prev, next);
    current = next;
    if (out?.ok) preferred = out.value.protocol;
    // A GENA subscription on the router's WAN connection service, once per gateway, when listening.
    if (out?.ok && set && !subscribed && settings.listen) {
      subscribed = true;
      subscribeEvents(set.upnp, abort.signal, () => trigger('gena'), logger);
    }
    poll = clock.setTimeout(() => void ask(), settings.pollMinutes * 60_000);
    rounds.emit(next, prev);
  }

  async function useGateway(gw: Gateway | null): Promise<void> {
    const old = set;
    [gateway, set, preferred, subscribed] = [gw, gw ? build(gw) : null, null, false];
    await old?.close();
  }

  function start(): void {
    if (running || !settings.enabled) return;
    running = true;
    abort = new AbortController();
    current = { ...OFF, state: 'searching' };
    const run = abort;
    if (settings.listen)
      void listenForAnnouncements(opts, () => gateway ?? undefined, trigger).then((l) => {
        // Stopped (or stopped and started again) meanwhile: this one is not wanted.
        if (abort === run && running) listener = l;
        else void l?.close();
      });
    void ask();
  }

  async function stop(): Promise<void> {
    running = false;
    abort.abort(new Error('router watch stopped'));
    soon.cancel();
    if (poll) clock.clearTimeout(poll);
    const l = listener;
    listener = null;
    await Promise.all([l?.close(), useGateway(null)]);
    await ask.idle();
    current = OFF;
  }

  return {
    start,
    trigger,
    askNow: async () => {
      if (running) await ask();
      return current;
    },
    onRound: rounds.add,
    update(next) {
      const [prev, restart] = [settings, next.enabled !== settings.enabled || next.listen !== settings.listen];
      settings = next;
      if (restart) void stop().then(start);
      else if (next.pollMinutes !== prev.pollMinutes) trigger('settings');
    },
    status: () => current,
    portMappings: async (signal) => (running && set && current.state === 'ok' ? set.upnp.portMappings(signal) : null),
    announcePort: () => listener?.port(),
    close: stop,
  };
}

type RoundListener = (next: RouterStatus, prev: RouterStatus) => void;

/** Who hears of each round; one that throws is logged, and the others still hear. */
function roundListeners(logger: Logger) {
  const all = new Set<RoundListener>();
  return {
    add(l: RoundListener): () => void {
      all.add(l);
      return () => all.delete(l);
    },
    emit(next: RouterStatus, prev: RouterStatus): void {
      for (const l of all) {
        try {
          l(next, prev);
        } catch (err) {
          logger.warn('router watch listener failed', { error: String(err) });
        }
      }
    },
  };
}

/** The status after one round: the address, or whether the router speaks none (quiet) or failed. */
function statusOf(out: Asked | null, checkedAt: number): RouterStatus {
  if (out?.ok) {
    const { protocol, address } = out.value;
    return { state: 'ok', protocol, externalAddress: address, checkedAt, error: null };
  }
  const failures = out ? out.errors : [{ code: 'no-gateway' as const, message: 'no default IPv4 gateway' }];
  const none = failures.every(quietFailure);
  const error = failures.find((f) => !quietFailure(f))?.message ?? failures[0]?.message ?? null;
  return { state: none ? 'none' : 'error', protocol: null, externalAddress: null, checkedAt, error };
}

function logRound(logger: Logger, prev: RouterStatus, next: RouterStatus): void {
  if (next.state === 'ok' && (next.externalAddress !== prev.externalAddress || next.protocol !== prev.protocol))
    logger.info('router answered', { protocol: next.protocol, externalAddress: next.externalAddress });
  // Once, not every round: a router that speaks none of them is the common, quiet case.
  if (next.state === 'none' && prev.state !== 'none')
    logger.info('the router speaks none of NAT-PMP, PCP, UPnP-IGD', { error: next.error });
  if (next.state === 'error') logger.debug('router gave no address', { error: next.error });
  logger.debug('router asked', { state: next.state });
}

/** The NAT-PMP/PCP announcement listener, or null (logged once) when port 5350 cannot be had. */
async function listenForAnnouncements(
  opts: RouterWatchOptions,
  gateway: () => Gateway | undefined,
  trigger: (why: string) => void,
): Promise<AnnounceListener | null> {
  const { clock, logger } = opts;
  const l = createAnnounceListener({ gateway, logger, port: opts.announcePort, monotonic: () => clock.monotonic() });
  l.onAnnounce((a) => trigger(`${a.protocol} announcement`));
  try {
    await l.start();
    return l;
  } catch (err) {
    logger.info('router announcements not heard', { error: (err as Error).message });
    return null;
  }
}

function subscribeEvents(upnp: UpnpIgd, signal: AbortSignal, onEvent: () => void, logger: Logger): void {
  void upnp
    .subscribe(signal, (n) => n.kind === 'event' && onEvent())
    .then((out) => out.ok || logger.debug('router: no UPnP events', { error: out.error.message }));
}
