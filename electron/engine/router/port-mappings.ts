/**
 * The router's port mappings by UPnP-IGD: GetGenericPortMappingEntry (WANIPConnection:1/2 and
 * WANPPPConnection:1, 2.2.x of the spec) asked for index 0, 1, ... until the router answers
 * UPnPError 713 SpecifiedArrayIndexInvalid (miniupnpd upnpsoap.c GetGenericPortMappingEntry),
 * or MAX_ENTRIES. Read with soap.ts; a mapping whose answer is not a port and a protocol is
 * skipped, never the whole list lost.
 */
import { faultFailure, parseSoapAnswer, type SoapAnswer, soapRequest } from './soap';
import type { RouterFailure } from './types';
import type { WanConnectionService } from './upnp-description';
import type { IgdDevice } from './upnp-device';
import { upnpExchange } from './upnp-http';

export interface PortMapping {
  protocol: 'TCP' | 'UDP';
  externalPort: number;
  internalClient: string;
  internalPort: number;
  enabled: boolean;
  description: string;
}

export type PortMappingsResult = { ok: true; value: PortMapping[] } | { ok: false; error: RouterFailure };

/** A router lists a few dozen; past this the rest is not read (a router that never says 713). */
export const MAX_ENTRIES = 256;
const MAX_SOAP_ANSWER = 16 * 1024;
/** SpecifiedArrayIndexInvalid: past the last entry. */
const END_OF_LIST = 713;

const port = (s: string | undefined): number | null => {
  const n = Number(s);
  return s !== undefined && /^\d{1,5}$/.test(s.trim()) && n >= 1 && n <= 65_535 ? n : null;
};

/**
 * One entry's answer: a mapping, 'end' past the last one, 'skip' for an entry that cannot be
 * read, or the failure that stops the listing. Pure.
 */
export function readMappingEntry(answer: SoapAnswer): PortMapping | 'end' | 'skip' | RouterFailure {
  if (answer.kind === 'fault')
    return answer.code === END_OF_LIST ? 'end' : faultFailure(answer.code, answer.description);
  if (answer.kind === 'malformed') return { code: 'malformed', message: answer.message };
  const v = answer.values;
  const protocol = v.NewProtocol?.trim().toUpperCase();
  const externalPort = port(v.NewExternalPort);
  const internalPort = port(v.NewInternalPort);
  if ((protocol !== 'TCP' && protocol !== 'UDP') || externalPort === null || internalPort === null) return 'skip';
  return {
    protocol,
    externalPort,
    internalPort,
    internalClient: v.NewInternalClient?.trim() ?? '',
    // "1"/"0" by the spec; some routers write true/false.
    enabled: !/^(0|false)$/i.test(v.NewEnabled?.trim() ?? '1'),
    description: (v.NewPortMappingDescription ?? '').slice(0, 200),
  };
}

/** Lists the service's mappings; transport failures throw (upnp.ts maps them). */
export async function listPortMappings(
  device: IgdDevice,
  service: WanConnectionService,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PortMappingsResult> {
  const found: PortMapping[] = [];
  for (let index = 0; index < MAX_ENTRIES; index++) {
    const call = soapRequest(service.serviceType, 'GetGenericPortMappingEntry', { NewPortMappingIndex: String(index) });
    const res = await upnpExchange(
      {
        url: service.controlUrl,
        method: 'POST',
        ...call,
        maxBytes: MAX_SOAP_ANSWER,
        localAddress: device.localAddress,
      },
      signal,
      timeoutMs,
      'GetGenericPortMappingEntry',
    );
    const entry = readMappingEntry(parseSoapAnswer(res.status, res.body, 'GetGenericPortMappingEntry'));
    if (entry === 'end') break;
    if (entry === 'skip') continue;
    if ('code' in entry) return { ok: false, error: entry };
    found.push(entry);
  }
  return { ok: true, value: found };
}
