/**
 * The router room: the home router asked for its external address, and heard when it changes.
 * Three protocols side by side, each a RouterProtocol that never throws: NAT-PMP (RFC 6886),
 * PCP (RFC 6887) and UPnP-IGD (SSDP, SOAP GetExternalIPAddress, GENA events); the default
 * gateway found per OS; the NAT-PMP/PCP announcements on 224.0.0.1:5350. An announcement or a
 * GENA event is only ever a trigger to ask again, never an address believed on its own: all of
 * it is unauthenticated on the LAN. The runtime (runtime/router.ts) wires the watch into the monitor.
 */
export { type AnnounceListener, createAnnounceListener, type HeardAnnouncement } from './announce';
export { createGatewayFinder } from './gateway';
export { type GenaNotice, GenaSubscription } from './gena';
export { createNatPmp } from './natpmp';
export { createPcp } from './pcp';
export type { FindGateway, Gateway, RouterAddress, RouterFailure, RouterProtocol, RouterResult } from './types';
export { judgeRouterAddress } from './types';
export { createUpnpIgd, type UpnpIgd } from './upnp';
