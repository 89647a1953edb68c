/**
 * electron/engine/net: the network clients the engine is given. HTTP on node:http(s) with one
 * keep-alive agent per address family and the family forced on every socket; UDP request/
 * response for DNS and STUN. Failures become SourceError codes the monitor understands.
 */
export { createHttpClient } from './http';
export { createUdpClient } from './udp';
export type { HttpClient, NetClients, UdpClient } from './types';
