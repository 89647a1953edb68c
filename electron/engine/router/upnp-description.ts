/**
 * Reading an Internet Gateway Device's description (rootDesc.xml; UPnP Device Architecture 1.1,
 * section 2.3): the WAN connection services that can tell the external address, with their
 * control and event URLs. Pure; the table test runs on miniupnpd's own rootDesc.xml (v2 and v1).
 *
 * The WAN connection service sits two devices deep (IGD > WANDevice > WANConnectionDevice), but
 * a `<service>` never nests in another, so every `<service>` block of the document is read
 * wherever it is.
 */
import { urlOnGateway } from './ssdp-message';
import { elementsNamed, readXml, textOf } from './upnp-xml';

export interface WanConnectionService {
  /** As the device wrote it: the SOAPAction and the action's namespace must repeat it exactly. */
  serviceType: string;
  controlUrl: URL;
  /** Null when the service has none, or it is not on the gateway: no events from it. */
  eventSubUrl: URL | null;
}

const WAN_IP = /^urn:schemas-upnp-org:service:WANIPConnection:(\d+)$/;
const WAN_PPP = /^urn:schemas-upnp-org:service:WANPPPConnection:(\d+)$/;

/**
 * Which service to ask first: WANIPConnection before WANPPPConnection (a router lists both when
 * it can do either; the IP one is the one miniupnpd and most routers fill), a newer version first.
 */
function rank(serviceType: string): number | null {
  const ip = WAN_IP.exec(serviceType);
  if (ip) return 1000 + Number(ip[1]);
  const ppp = WAN_PPP.exec(serviceType);
  return ppp ? Number(ppp[1]) : null;
}

/**
 * The WAN connection services of a description, the one to ask first first. Relative URLs are
 * resolved against `<URLBase>` (UPnP 1.0) or else the description's own URL; a service whose
 * control URL is not plain HTTP on the gateway is left out, as a forged description could point
 * the client anywhere. Throws UpnpError 'malformed' when the description is not readable XML.
 */
export function wanConnectionServices(xml: string, location: string, gateway: string): WanConnectionService[] {
  const doc = readXml(xml, 'the device description');
  const base = textOf(doc, 'URLBase') || location;
  const found: { service: WanConnectionService; rank: number }[] = [];
  for (const block of elementsNamed(doc, 'service')) {
    const serviceType = textOf(block, 'serviceType') ?? '';
    const order = rank(serviceType);
    const control = textOf(block, 'controlURL');
    if (order === null || !control) continue;
    const controlUrl = urlOnGateway(control, gateway, base);
    if (!controlUrl) continue;
    const events = textOf(block, 'eventSubURL');
    const eventSubUrl = events ? urlOnGateway(events, gateway, base) : null;
    found.push({ service: { serviceType, controlUrl, eventSubUrl }, rank: order });
  }
  return found.sort((a, b) => b.rank - a.rank).map((f) => f.service);
}
