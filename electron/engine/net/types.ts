/**
 * Network clients the engine is given (never imports directly), so the app, headless runner
 * and tests share one code path and tests point every peer at 127.0.0.1.
 */
import type { Family } from '../../../shared/types';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpRequest {
  url: string;
  /** The address family forced on the socket; never trusted from the service. */
  family: Family;
  signal: AbortSignal;
  /** Sent after the client's User-Agent; a caller's `user-agent` replaces it. */
  headers?: Readonly<Record<string, string>>;
  /** Bodies larger than this are cut off (an echo answer is tiny). */
  maxBytes?: number;
  /** The local address the connection leaves from (monitor.fromV4/fromV6, net/local-address.ts); none: the system's. */
  localAddress?: string | undefined;
}

export interface HttpClient {
  get(req: HttpRequest): Promise<HttpResponse>;
  /**
   * The network changed: a connection kept from before may be bound to an address that is
   * gone (it never answers) or mapped by a NAT to the old public address (it answers that).
   * Idle ones are closed; requests under way finish; the next request opens a new one.
   */
  forgetConnections(): void;
  close(): Promise<void>;
}

export interface UdpRequest {
  host: string;
  port: number;
  family: Family;
  payload: Uint8Array;
  signal: AbortSignal;
  /** Returns true for the datagram that answers this request (matching transaction id). */
  accept: (msg: Buffer) => boolean;
  /** A host learned at run time (a zone's name server): the role the egress gate knows it by. */
  as?: 'zone-servers';
  /** The local address the socket is bound to before it connects; none: the system's. */
  localAddress?: string | undefined;
}

export interface UdpClient {
  /** Sends one datagram and resolves with the first accepted reply. */
  exchange(req: UdpRequest): Promise<Buffer>;
  close(): Promise<void>;
}

export interface NetClients {
  http: HttpClient;
  udp: UdpClient;
}
