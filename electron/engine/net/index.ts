/**
 * electron/engine/net: the network clients the engine is given, the lowest room of the engine.
 * HTTP on undici with one keep-alive Agent per address family and the family forced on every
 * socket; UDP request/response for DNS and STUN. Failures become SourceError codes the monitor
 * understands.
 */
export { SourceError, type SourceErrorCode } from './errors';
export { createHttpClient } from './http';
export { createUdpClient } from './udp';
export type { HttpClient, NetClients, UdpClient } from './types';
