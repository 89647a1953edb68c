/**
 * UPnP-IGD as a RouterProtocol: find the gateway's Internet Gateway Device by SSDP, read its
 * description for the WAN connection service, and ask it GetExternalIPAddress by SOAP. The
 * device found is kept for the next question; a failure to reach it forgets it, so a router
 * that restarted (perhaps on another port) is found again. `subscribe` opens a GENA
 * subscription to the same service's events, which are triggers only (gena.ts).
 *
 * Only the gateway is believed: an SSDP answer or a description URL elsewhere is ignored.
 */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { untilAborted } from '../net/deadline';
import { GenaSubscription, type GenaNotice } from './gena';
import { listPortMappings, type PortMappingsResult } from './port-mappings';
import type { SsdpTarget } from './ssdp';
import type { Gateway, RouterFailure, RouterProtocol, RouterResult } from './types';
import { askExternalAddress, findIgd, type IgdDevice } from './upnp-device';
import { toRouterFailure, UpnpError } from './upnp-errors';

export interface UpnpIgdOptions {
  gateway: Gateway;
  clock: Clock;
  logger: Logger;
  /** Where SSDP searches go; default the SSDP group and the gateway's port 1900. */
  ssdpTargets?: readonly SsdpTarget[];
  /** Longest wait for an SSDP answer, ms; default 3000 (MX 2 plus a second). */
  ssdpWaitMs?: number;
  /** Longest wait for one HTTP answer from the router, ms; default 3000. */
  requestTimeoutMs?: number;
}

export type SubscribeResult = { ok: true; value: GenaSubscription } | { ok: false; error: RouterFailure };

export interface UpnpIgd extends RouterProtocol {
  /**
   * Subscribes to the WAN connection service's events, `onNotice` hearing them from the first
   * (the initial NOTIFY can arrive before this resolves). A first SUBSCRIBE the router refuses
   * still gives the subscription, which retries (a 'failed' notice says when); a failure here
   * means no device or no events. The caller closes it, or `close` does.
   */
  subscribe(signal: AbortSignal, onNotice: (notice: GenaNotice) => void): Promise<SubscribeResult>;
  /** The WAN connection service's port mappings (the one that told the address, else the first). */
  portMappings(signal: AbortSignal): Promise<PortMappingsResult>;
}

export function createUpnpIgd(options: UpnpIgdOptions): UpnpIgd {
  const { gateway, logger } = options;
  const timeoutMs = options.requestTimeoutMs ?? 3000;
  const closing = new AbortController();
  const subscriptions = new Set<GenaSubscription>();
  let device: Promise<IgdDevice> | null = null;
  const { ssdpTargets, ssdpWaitMs } = options;
  const finding = { gateway: gateway.address, logger, timeoutMs, ssdpTargets, ssdpWaitMs };

  /**
   * One search at a time, shared by every caller (an address question and a subscription at
   * start): it runs to its own deadlines, and a caller's abort only stops that caller's wait.
   */
  function discover(signal: AbortSignal): Promise<IgdDevice> {
    if (!device) {
      const found = findIgd(finding, closing.signal);
      found.catch(forget(found));
      device = found;
    }
    return untilAborted(device, signal);
  }

  /** Unreachable, or not what it was: find it again next time. */
  const forget = (which: Promise<IgdDevice>) => () => {
    if (device === which) device = null;
  };

  /** Asks each WAN connection service in turn until one tells an address (a router may list an unused PPP one). */
  async function externalAddress(callerSignal: AbortSignal): Promise<RouterResult> {
    if (gateway.family !== 4)
      return fail({ code: 'unsupported', message: 'UPnP-IGD tells the external IPv4 address only' });
    const { signal, clear } = linked(callerSignal, closing.signal);
    try {
      const found = await discover(signal);
      let first: RouterFailure | null = null;
      for (const service of found.services) {
        const judged = await askExternalAddress(found, service, timeoutMs, signal);
        if ('address' in judged) {
          found.services = [service, ...found.services.filter((s) => s !== service)];
          return {
            ok: true,
            value: { protocol: 'upnp', gateway: gateway.address, address: judged.address, family: 4 },
          };
        }
        first ??= judged;
      }
      return fail(first ?? { code: 'no-address', message: 'no WAN connection service told an address' });
    } catch (err) {
      if (device && !signal.aborted) forget(device)();
      return fail(toRouterFailure(err, signal));
    } finally {
      clear();
    }
  }

  async function subscribe(
    callerSignal: AbortSignal,
    onNotice: (notice: GenaNotice) => void,
  ): Promise<SubscribeResult> {
    if (gateway.family !== 4)
      return { ok: false, error: { code: 'unsupported', message: 'UPnP-IGD events are IPv4 only' } };
    const { signal, clear } = linked(callerSignal, closing.signal);
    try {
      const found = await discover(signal);
      const eventSubUrl = found.services.find((s) => s.eventSubUrl)?.eventSubUrl;
      if (!eventSubUrl) throw new UpnpError('unsupported', 'the WAN connection service sends no events');
      const sub = new GenaSubscription({
        eventSubUrl,
        localAddress: found.localAddress,
        clock: options.clock,
        logger,
        requestTimeoutMs: timeoutMs,
      });
      for (const old of subscriptions) if (old.isClosed) subscriptions.delete(old);
      subscriptions.add(sub);
      sub.on(onNotice);
      await sub.start();
      return { ok: true, value: sub };
    } catch (err) {
      return { ok: false, error: toRouterFailure(err, signal) };
    } finally {
      clear();
    }
  }

  const portMappings = (callerSignal: AbortSignal): Promise<PortMappingsResult> => {
    const { signal, clear } = linked(callerSignal, closing.signal);
    return portMappingsOf(gateway, discover, timeoutMs, signal).finally(clear);
  };

  async function close(): Promise<void> {
    closing.abort(new Error('closed'));
    const all = [...subscriptions];
    subscriptions.clear();
    await Promise.all(all.map((s) => s.close()));
  }

  return { name: 'upnp', externalAddress, subscribe, portMappings, close };
}

const fail = (error: RouterFailure): RouterResult => ({ ok: false, error });

/** The port mappings of the WAN connection service first in line (the one that told the address, else the first). */
async function portMappingsOf(
  gateway: Gateway,
  discover: (signal: AbortSignal) => Promise<IgdDevice>,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PortMappingsResult> {
  if (gateway.family !== 4) return { ok: false, error: { code: 'unsupported', message: 'UPnP-IGD is IPv4 only' } };
  try {
    const found = await discover(signal);
    const [service] = found.services;
    if (!service) throw new UpnpError('unsupported', 'no WAN connection service');
    return await listPortMappings(found, service, timeoutMs, signal);
  } catch (err) {
    return { ok: false, error: toRouterFailure(err, signal) };
  }
}

/**
 * A signal that aborts with either parent. Not `AbortSignal.any`: on Node 20 it holds a timeout
 * signal only weakly (nodejs/node#57736, see net/deadline.ts), and the caller's may be one.
 */
function linked(a: AbortSignal, b: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const parents = [a, b];
  const onAbort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  const aborted = parents.find((p) => p.aborted);
  if (aborted) controller.abort(aborted.reason);
  else for (const p of parents) p.addEventListener('abort', onAbort, { once: true });
  return { signal: controller.signal, clear: () => parents.forEach((p) => p.removeEventListener('abort', onAbort)) };
}
