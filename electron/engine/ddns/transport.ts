/**
 * One DNS exchange with a named server: over UDP first (the engine's UdpClient), and over TCP
 * when the answer comes back truncated (RFC 1035 4.2.2: each message after a two-byte length).
 * An update's answer is small, but a signed one with a long key name can pass 512 bytes.
 */
import { isIP, Socket } from 'node:net';

import type { UdpClient } from '../net';
import { passThrough, processGate } from '../net/egress-gate';
import { systemLookup } from '../net/egress-lookup';

export interface DnsServer {
  host: string;
  port: number;
}

const TC = 0x0200;
const isAnswerTo = (id: number) => (msg: Buffer) =>
  msg.length >= 12 && msg.readUInt16BE(0) === id && (msg[2]! & 0x80) !== 0;

/**
 * `leaveFrom`: the local address of the family the server is reached over, for the TCP retry (the
 * UDP client given is the record's own, which binds by itself: leave-from.ts).
 */
export async function exchange(
  udp: UdpClient,
  server: DnsServer,
  wire: Buffer,
  signal: AbortSignal,
  leaveFrom?: (family: 4 | 6) => string | undefined,
): Promise<Buffer> {
  const id = wire.readUInt16BE(0);
  const family = isIP(server.host) === 6 ? 6 : 4;
  const answer = await udp.exchange({ ...server, family, payload: wire, signal, accept: isAnswerTo(id) });
  if ((answer.readUInt16BE(2) & TC) === 0) return answer;
  return exchangeTcp(server, wire, signal, leaveFrom?.(family));
}

export function exchangeTcp(
  server: DnsServer,
  wire: Buffer,
  signal: AbortSignal,
  localAddress?: string,
): Promise<Buffer> {
  return passThrough(processGate, { host: server.host, port: server.port, protocol: 'tcp' }, () =>
    tcpOnce(server, wire, signal, localAddress),
  );
}

function tcpOnce(server: DnsServer, wire: Buffer, signal: AbortSignal, localAddress?: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const socket = new Socket();
    let got = Buffer.alloc(0);
    const done = (err: Error | null, msg?: Buffer) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      if (err) reject(err);
      else resolve(msg!);
    };
    const onAbort = () => done(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (e) => done(e));
    socket.on('close', () => done(new Error('the server closed the TCP connection before answering')));
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= 2 && got.length >= 2 + got.readUInt16BE(0))
        done(null, got.subarray(2, 2 + got.readUInt16BE(0)));
    });
    socket.connect(
      { port: server.port, host: server.host, lookup: systemLookup, ...(localAddress ? { localAddress } : {}) },
      () => {
        const len = Buffer.alloc(2);
        len.writeUInt16BE(wire.length);
        socket.write(Buffer.concat([len, wire]));
      },
    );
  });
}
