/**
 * UPnP control by SOAP (UPnP Device Architecture 1.1, section 3.2), as far as the external
 * address needs it: the request for an action, the reading of its answer or its UPnPError fault,
 * and the judgement of GetExternalIPAddress's one out-argument. Pure; the envelope, the
 * SOAPACTION header and the fault are those of miniupnpd (upnpsoap.c: BuildSendAndCloseSoapResp,
 * GetExternalIPAddress, SoapError) and miniupnpc (miniupnpc.c, minisoap.c).
 */
import { isIPv4 } from 'node:net';

import { judgeRouterAddress, type RouterFailure } from './types';
import { childValues, elementsNamed, readXml, textOf, type XmlElement } from './upnp-xml';

export interface SoapRequest {
  headers: Record<string, string>;
  body: string;
}

export type SoapAnswer =
  | { kind: 'ok'; values: Record<string, string> }
  | { kind: 'fault'; code: number | null; description: string }
  | { kind: 'malformed'; message: string };

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

/** The POST body and headers that call `action` of the service `serviceType` (exactly as the description wrote it). */
export function soapRequest(serviceType: string, action: string, args: Record<string, string> = {}): SoapRequest {
  const inArgs = Object.entries(args)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('');
  const body =
    '<?xml version="1.0"?>\r\n' +
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" ' +
    's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">' +
    `<s:Body><u:${action} xmlns:u="${escapeXml(serviceType)}">${inArgs}</u:${action}></s:Body>` +
    '</s:Envelope>\r\n';
  return {
    headers: { 'content-type': 'text/xml; charset="utf-8"', soapaction: `"${serviceType}#${action}"` },
    body,
  };
}

/**
 * Reads the answer to `action`: its out-arguments, or the fault the device sent instead (UDA
 * 3.2.2: HTTP 500 with `<s:Fault>` holding a UPnPError). Anything else is malformed, and so is
 * an answer that is not readable XML.
 */
export function parseSoapAnswer(status: number, xml: string, action: string): SoapAnswer {
  let doc: XmlElement;
  try {
    doc = readXml(xml, `the answer to ${action}`);
  } catch (err) {
    return { kind: 'malformed', message: `HTTP ${status}: ${(err as Error).message}` };
  }
  const [fault] = elementsNamed(doc, 'Fault');
  if (fault !== undefined) {
    const code = Number(textOf(fault, 'errorCode'));
    const description = textOf(fault, 'errorDescription') || textOf(fault, 'faultstring') || 'no description';
    return { kind: 'fault', code: Number.isInteger(code) && code > 0 ? code : null, description };
  }
  const [response] = elementsNamed(doc, `${action}Response`);
  if (status !== 200 || response === undefined)
    return { kind: 'malformed', message: `HTTP ${status} without a ${action} answer` };
  const values: Record<string, string> = {};
  for (const { name, text } of childValues(response)) values[name] = text;
  return { kind: 'ok', values };
}

/** UPnPError codes that say the router will not do this at all, rather than failed this time. */
const UNSUPPORTED = new Set([401, 602]);
const NOT_AUTHORIZED = new Set([606]);

/** A UPnPError fault in words, with the failure code the engine decides on. */
export function faultFailure(code: number | null, description: string): RouterFailure {
  const what = `the router answered UPnPError ${code ?? '(no code)'}: ${description}`;
  if (code !== null && UNSUPPORTED.has(code)) return { code: 'unsupported', message: what };
  if (code !== null && NOT_AUTHORIZED.has(code)) return { code: 'not-authorized', message: what };
  return { code: 'router-error', message: what };
}

/**
 * Judges GetExternalIPAddress's answer. An empty NewExternalIPAddress (what miniupnpd answers
 * when its WAN address is private or 100.64/10, or it has none: WANIPConnection:2, 2.3.13) and
 * 0.0.0.0 mean "no address". A private or shared address is kept: it is what tells double NAT
 * and CGNAT apart, and the caller judges it.
 */
export function readExternalAddress(answer: SoapAnswer): { address: string } | RouterFailure {
  if (answer.kind === 'fault') return faultFailure(answer.code, answer.description);
  if (answer.kind === 'malformed') return { code: 'malformed', message: answer.message };
  const raw = answer.values.NewExternalIPAddress;
  if (raw === undefined) return { code: 'malformed', message: 'the answer has no NewExternalIPAddress' };
  if (raw === '') return { code: 'no-address', message: 'the router reports no external address' };
  // The one judgement NAT-PMP and PCP use too: 0.0.0.0, loopback, link-local, multicast... are none.
  const judged = judgeRouterAddress(raw.trim(), 4);
  if (judged.ok) return { address: judged.address };
  return isIPv4(raw.trim())
    ? { code: 'no-address', message: `the router reports ${raw.trim()}, which is no external address` }
    : {
        code: 'malformed',
        message: `NewExternalIPAddress is not an IPv4 address: ${JSON.stringify(raw.slice(0, 60))}`,
      };
}
