/**
 * A local STUN server (RFC 5389) standing in for stun.l.google.com and stun.cloudflare.com:
 * answers Binding requests with an XOR-MAPPED-ADDRESS of a settable address (IPv4 or IPv6).
 * Binds 127.0.0.1 unless `host: '::1'`.
 *
 * @example
 *   const stun = await startStunServer({ address: '81.2.69.142' });
 *   const source = createStunSource({ ..., server: stun.server }, deps);
 *   stun.setAddress('2a02:1:2::3');
 *   stun.setFault('garbage');
 *   await stun.close();
 */
import { createSocket, type RemoteInfo } from 'node:dgram';
import type { AddressInfo } from 'node:net';

import ipaddr from 'ipaddr.js';

export type StunFault =
  | 'none'
  /** Never answers. */
  | 'timeout'
  /** A reply with the right transaction id whose attribute overruns the message. */
  | 'garbage'
  /** An unrelated datagram first (must be ignored), then the right answer. */
  | 'noise-first'
  /** A Binding Error Response (400 Bad Request). */
  | 'error'
  /** Only the legacy MAPPED-ADDRESS attribute, not XOR-MAPPED-ADDRESS. */
  | 'mapped-only'
  /** A success response without any address attribute. */
  | 'no-address'
  /** Maps the client's own address as the server saw it. */
  | 'echo-remote';

export interface StunServerOptions {
  /** Address to bind: '127.0.0.1' (default) or '::1'. */
  host?: string;
  /** Port to bind; 0 (default) picks a free one. */
  port?: number;
  /** Address reported to clients; default 81.2.69.142. */
  address?: string;
}

export interface FakeStunServer {
  readonly port: number;
  readonly host: string;
  /** `host:port` as StunSourceSpec.server takes it. */
  readonly server: string;
  readonly requests: number;
  /** The client's address as the server saw it on the last request. */
  readonly lastRemoteAddress: string | undefined;
  setAddress(ip: string, port?: number): void;
  setFault(fault: StunFault): void;
  reset(): void;
  close(): Promise<void>;
}

const COOKIE = 0x2112a442;

export async function startStunServer(options: StunServerOptions = {}): Promise<FakeStunServer> {
  const host = options.host ?? '127.0.0.1';
  let mapped = { ip: options.address ?? '81.2.69.142', port: 54321 };
  let fault: StunFault = 'none';
  let requests = 0;
  let lastRemoteAddress: string | undefined;
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');

  const respond = (request: Buffer, rinfo: RemoteInfo) => {
    const txid = request.subarray(8, 20);
    const send = (msg: Buffer) => socket.send(msg, rinfo.port, rinfo.address);
    const target = fault === 'echo-remote' ? { ip: lastRemoteAddress ?? '', port: rinfo.port } : mapped;
    if (fault === 'noise-first') send(Buffer.from('not a STUN message at all'));
    if (fault === 'garbage') {
      // Declares a 64-byte attribute in an 8-byte body.
      return send(message(0x0101, txid, [Buffer.from([0x00, 0x20, 0x00, 0x40, 1, 2, 3, 4])]));
    }
    if (fault === 'error')
      return send(message(0x0111, txid, [attribute(0x0009, Buffer.from('\0\0\x04\x00Bad Request', 'latin1'))]));
    if (fault === 'no-address') return send(message(0x0101, txid, []));
    const xor = fault !== 'mapped-only';
    send(
      message(0x0101, txid, [
        attribute(xor ? 0x0020 : 0x0001, addressValue(target.ip, target.port, xor ? txid : null)),
      ]),
    );
  };

  socket.on('message', (msg, rinfo) => {
    // Only Binding requests with the magic cookie; anything else is dropped like a real server.
    if (msg.length < 20 || msg.readUInt16BE(0) !== 0x0001 || msg.readUInt32BE(4) !== COOKIE) return;
    requests += 1;
    lastRemoteAddress = rinfo.address.replace(/^::ffff:/, '');
    if (fault !== 'timeout') respond(msg, rinfo);
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port ?? 0, host, () => resolve());
  });
  const port = (socket.address() as AddressInfo).port;
  // Idempotent, so a test may close early and still leave the cleanup hook to call it again.
  let closing: Promise<void> | undefined;

  return {
    port,
    host,
    server: host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`,
    get requests() {
      return requests;
    },
    get lastRemoteAddress() {
      return lastRemoteAddress;
    },
    setAddress(ip, mappedPort = 54321) {
      mapped = { ip, port: mappedPort };
    },
    setFault(next) {
      fault = next;
    },
    reset() {
      requests = 0;
      lastRemoteAddress = undefined;
    },
    close: () => (closing ??= new Promise<void>((resolve) => socket.close(() => resolve()))),
  };
}

function message(type: number, txid: Buffer, attrs: Buffer[]): Buffer {
  const body = Buffer.concat(attrs);
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt16BE(body.length, 2);
  header.writeUInt32BE(COOKIE, 4);
  txid.copy(header, 8);
  return Buffer.concat([header, body]);
}

function attribute(type: number, value: Buffer): Buffer {
  const padded = Buffer.alloc(4 + Math.ceil(value.length / 4) * 4);
  padded.writeUInt16BE(type, 0);
  padded.writeUInt16BE(value.length, 2);
  value.copy(padded, 4);
  return padded;
}

/** (XOR-)MAPPED-ADDRESS value; XORed with the cookie (and txid for IPv6) when txid is given. */
function addressValue(ip: string, port: number, txid: Buffer | null): Buffer {
  const bytes = ipaddr.parse(ip).toByteArray();
  const key = Buffer.alloc(16);
  key.writeUInt32BE(COOKIE, 0);
  txid?.copy(key, 4);
  const value = Buffer.alloc(4 + bytes.length);
  value.writeUInt8(bytes.length === 4 ? 1 : 2, 1);
  value.writeUInt16BE(txid ? port ^ (COOKIE >>> 16) : port, 2);
  bytes.forEach((b, i) => value.writeUInt8(txid ? b ^ (key[i] ?? 0) : b, 4 + i));
  return value;
}
