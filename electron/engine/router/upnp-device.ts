/**
 * The two steps of UPnP-IGD that talk to the router for an address: finding the device (SSDP
 * search, then its description's WAN connection services) and asking one service
 * GetExternalIPAddress by SOAP. upnp.ts keeps what was found and decides what to ask next.
 */
import type { Logger } from '../logger';
import { parseSoapAnswer, readExternalAddress, soapRequest } from './soap';
import { searchIgd, type SsdpTarget } from './ssdp';
import type { RouterFailure } from './types';
import { wanConnectionServices, type WanConnectionService } from './upnp-description';
import { UpnpError } from './upnp-errors';
import { upnpExchange } from './upnp-http';
import { lanAddressToward } from './upnp-lan';

export interface IgdDevice {
  /** This machine's address on the gateway's LAN: requests leave from it. */
  localAddress: string;
  location: string;
  /** The one to ask first first (upnp-description.ts); upnp.ts moves the one that answered to the front. */
  services: WanConnectionService[];
}

export interface FindIgdOptions {
  gateway: string;
  logger: Logger;
  /** Longest wait for one HTTP answer, ms. */
  timeoutMs: number;
  ssdpTargets?: readonly SsdpTarget[] | undefined;
  ssdpWaitMs?: number | undefined;
}

/** Descriptions are a few kilobytes; some routers' run to tens. */
const MAX_DESCRIPTION = 256 * 1024;
const MAX_SOAP_ANSWER = 16 * 1024;

/** Finds the gateway's IGD and its WAN connection services; throws UpnpError (or a transport error). */
export async function findIgd(options: FindIgdOptions, signal: AbortSignal): Promise<IgdDevice> {
  const localAddress = await lanAddressToward(options.gateway);
  const answer = await searchIgd({
    gateway: options.gateway,
    localAddress,
    signal,
    ...(options.ssdpTargets ? { targets: options.ssdpTargets } : {}),
    ...(options.ssdpWaitMs ? { waitMs: options.ssdpWaitMs } : {}),
  });
  const res = await upnpExchange(
    { url: new URL(answer.location), method: 'GET', maxBytes: MAX_DESCRIPTION, localAddress },
    signal,
    options.timeoutMs,
    'the device description',
  );
  if (res.status !== 200) throw new UpnpError('router-error', `the device description answered HTTP ${res.status}`);
  const services = wanConnectionServices(res.body, answer.location, options.gateway);
  if (services.length === 0)
    throw new UpnpError('unsupported', 'the UPnP device on the gateway has no WAN connection service');
  options.logger.debug('UPnP-IGD found', { location: answer.location, service: services[0]?.serviceType });
  return { localAddress, location: answer.location, services };
}

/** One service's answer to GetExternalIPAddress, judged (soap.ts); transport failures throw. */
export async function askExternalAddress(
  device: IgdDevice,
  service: WanConnectionService,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ address: string } | RouterFailure> {
  const call = soapRequest(service.serviceType, 'GetExternalIPAddress');
  const res = await upnpExchange(
    { url: service.controlUrl, method: 'POST', ...call, maxBytes: MAX_SOAP_ANSWER, localAddress: device.localAddress },
    signal,
    timeoutMs,
    'GetExternalIPAddress',
  );
  return readExternalAddress(parseSoapAnswer(res.status, res.body, 'GetExternalIPAddress'));
}
