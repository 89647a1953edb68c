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
import { GenaSubscription, type GenaNotice } from './gena';
import { soapRequest, parseSoapAnswer, readExternalAddress } from './soap';
import { searchIgd, type SsdpTarget } from './ssdp';
import type { Gateway, RouterFailure, RouterProtocol, RouterResult } from './types';
import { wanConnectionServices, type WanConnectionService } from './upnp-description';
import { toRouterFailure, UpnpError } from './upnp-errors';
import { upnpExchange } from './upnp-http';
import { lanAddressToward } from './upnp-lan';

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
   * (the initial NOTIFY can arrive before this resolves). The caller closes it, or `close` does.
   */
  subscribe(signal: AbortSignal, onNotice: (notice: GenaNotice) => void): Promise<SubscribeResult>;
}

interface Device {
  localAddress: string;
  location: string;
  /** The one to ask first first (upnp-description.ts); the one that last answered moves to the front. */
  services: WanConnectionService[];
}

/** Descriptions are a few kilobytes; some routers' run to tens. */
const MAX_DESCRIPTION = 256 * 1024;
const MAX_SOAP_ANSWER = 16 * 1024;

export function createUpnpIgd(options: UpnpIgdOptions): UpnpIgd {
  const { gateway, logger } = options;
  const timeoutMs = options.requestTimeoutMs ?? 3000;
  const closing = new AbortController();
  const subscriptions = new Set<GenaSubscription>();
  let device: Device | null = null;

  async function discover(signal: AbortSignal): Promise<Device> {
    if (device) return device;
    const localAddress = await lanAddressToward(gateway.address);
    const answer = await searchIgd({
      gateway: gateway.address,
      localAddress,
      signal,
      ...(options.ssdpTargets ? { targets: options.ssdpTargets } : {}),
      ...(options.ssdpWaitMs ? { waitMs: options.ssdpWaitMs } : {}),
    });
    const res = await upnpExchange(
      { url: new URL(answer.location), method: 'GET', maxBytes: MAX_DESCRIPTION, localAddress },
      signal,
      timeoutMs,
      'the device description',
    );
    if (res.status !== 200) throw new UpnpError('router-error', `the device description answered HTTP ${res.status}`);
    const services = wanConnectionServices(res.body, answer.location, gateway.address);
    if (services.length === 0)
      throw new UpnpError('unsupported', 'the UPnP device on the gateway has no WAN connection service');
    logger.debug('UPnP-IGD found', { location: answer.location, service: services[0]?.serviceType });
    device = { localAddress, location: answer.location, services };
    return device;
  }

  async function ask(found: Device, service: WanConnectionService, signal: AbortSignal) {
    const call = soapRequest(service.serviceType, 'GetExternalIPAddress');
    const res = await upnpExchange(
      { url: service.controlUrl, method: 'POST', ...call, maxBytes: MAX_SOAP_ANSWER, localAddress: found.localAddress },
      signal,
      timeoutMs,
      'GetExternalIPAddress',
    );
    return readExternalAddress(parseSoapAnswer(res.status, res.body, 'GetExternalIPAddress'));
  }

  /** Asks each WAN connection service in turn until one tells an address (a router may list an unused PPP one). */
  async function externalAddress(callerSignal: AbortSignal): Promise<RouterResult> {
    if (gateway.family !== 4)
      return fail({ code: 'unsupported', message: 'UPnP-IGD tells the external IPv4 address only' });
    const { signal, clear } = linked(callerSignal, closing.signal);
    try {
      const found = await discover(signal);
      let first: RouterFailure | null = null;
      for (const service of found.services) {
        const judged = await ask(found, service, signal);
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
      // Unreachable, or not what it was: find it again next time.
      device = null;
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

  async function close(): Promise<void> {
    closing.abort(new Error('closed'));
    const all = [...subscriptions];
    subscriptions.clear();
    await Promise.all(all.map((s) => s.close()));
  }

  return { name: 'upnp', externalAddress, subscribe, close };
}

const fail = (error: RouterFailure): RouterResult => ({ ok: false, error });

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
