/**
 * A UDP listener on 127.0.0.1 that answers each datagram with what `answer` makes of it: for the
 * properties of a client's reading of replies (a STUN or DNS source), where the reply's bytes are
 * drawn by the test and only its header must name the request.
 */
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

export interface UdpReplier {
  /** `127.0.0.1:port`, as a source's `server` takes it. */
  readonly server: string;
  /** What each next request is answered with. */
  answer: (request: Buffer) => Buffer;
  close(): Promise<void>;
}

export async function startUdpReplier(answer: (request: Buffer) => Buffer): Promise<UdpReplier> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const replier: UdpReplier = {
    server: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    answer,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', (msg, from) => socket.send(replier.answer(msg), from.port, from.address));
  return replier;
}
