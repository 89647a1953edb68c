/**
 * GENA, UPnP's eventing (UPnP Device Architecture 1.1, section 4): the SUBSCRIBE headers a
 * control point sends, the TIMEOUT it is granted, when to renew, and the NOTIFY body it reads.
 * Pure; the listener and the timers are in gena.ts. miniupnpd grants what is asked
 * (upnphttp.c: `Timeout: Second-<asked>`, 1800 when nothing or "infinite" is asked) and sends
 * `<e:propertyset>` bodies built by upnpdescgen.c (genEventVars).
 */
import { childValues, elementsNamed, readXml, type XmlElement } from './upnp-xml';

/** What is asked: UDA 1.1 recommends at least 1800 s, and miniupnpd answers 1800 for "infinite" anyway. */
export const GENA_TIMEOUT_SECONDS = 1800;

/** Renew when this share of the granted time has passed, leaving room for a slow or lost renewal. */
const RENEW_AT = 0.8;
/** A router granting less still gets no more than one renewal per this. */
const MIN_RENEW_MS = 10_000;

/** The CALLBACK, NT and TIMEOUT headers of a new subscription (UDA 4.1.2). */
export function subscribeHeaders(callbackUrl: string, seconds = GENA_TIMEOUT_SECONDS): Record<string, string> {
  return { callback: `<${callbackUrl}>`, nt: 'upnp:event', timeout: `Second-${seconds}` };
}

/** The headers of a renewal: SID and TIMEOUT only (a CALLBACK or NT with a SID is a 400, UDA 4.1.3). */
export function renewHeaders(sid: string, seconds = GENA_TIMEOUT_SECONDS): Record<string, string> {
  return { sid, timeout: `Second-${seconds}` };
}

/** Seconds granted by a TIMEOUT header (`Second-1800`); null for "infinite", a missing or an unreadable one. */
export function parseGenaTimeout(header: string | undefined): number | null {
  const m = /^\s*Second-(\d+)\s*$/i.exec(header ?? '');
  const seconds = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}

/**
 * When to renew, ms after the grant: at 80% of it. An "infinite" or missing grant is renewed as
 * if 1800 s were granted: a router that restarted has forgotten it, and only a renewal tells (412).
 */
export function renewDelayMs(grantedSeconds: number | null): number {
  const seconds = grantedSeconds ?? GENA_TIMEOUT_SECONDS;
  return Math.max(MIN_RENEW_MS, Math.floor(seconds * 1000 * RENEW_AT));
}

export interface GenaProperties {
  /** ExternalIPAddress as sent ('' and 0.0.0.0 included: the router says it has none). */
  externalIPAddress?: string;
  /** ConnectionStatus: Connected, Disconnected, Connecting... */
  connectionStatus?: string;
  /** Every evented variable of the body, by name. */
  values: Record<string, string>;
}

/**
 * Reads a NOTIFY body: each `<e:property>` holds one variable. Null when the body is no
 * propertyset, or not readable XML (the listener answers 400 either way). The values are only a
 * trigger to ask the router again: an event is a plain HTTP request on the LAN, and no one checks
 * who sent it.
 */
export function parsePropertySet(xml: string): GenaProperties | null {
  let doc: XmlElement;
  try {
    doc = readXml(xml, 'the NOTIFY body');
  } catch {
    return null;
  }
  const [set] = elementsNamed(doc, 'propertyset');
  if (set === undefined) return null;
  const values: Record<string, string> = {};
  for (const property of elementsNamed(set, 'property')) {
    for (const { name, text } of childValues(property)) values[name] = text;
  }
  return {
    ...(values.ExternalIPAddress !== undefined ? { externalIPAddress: values.ExternalIPAddress } : {}),
    ...(values.ConnectionStatus !== undefined ? { connectionStatus: values.ConnectionStatus } : {}),
    values,
  };
}
