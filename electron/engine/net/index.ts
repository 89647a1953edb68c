/**
 * electron/engine/net: the network clients the engine is given, the lowest room of the engine.
 * HTTP on undici with one keep-alive Agent per address family and the family forced on every
 * socket; UDP request/response for DNS and STUN. Failures become SourceError codes the monitor
 * understands. etiquette.ts is how every call to another service behaves (DDNS providers, the
 * heartbeat, the online identity lookups, the channels' HTTP): its time and body limits, and its
 * waits after failures.
 */
export { SourceError, type SourceErrorCode } from './errors';
export { createHttpClient } from './http';
export { createUdpClient } from './udp';
export type { HttpClient, NetClients, UdpClient } from './types';
