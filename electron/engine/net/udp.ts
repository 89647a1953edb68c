/**
 * The UDP client DNS and STUN sources use: one fresh socket per exchange, of the asked family
 * (udp4/udp6), so the answer always describes that family's path. Connected sockets let the
 * OS drop datagrams from other peers and report ICMP errors as fast failures.
 */
import { createSocket, type Socket } from 'node:dgram';

import { untilAborted } from './deadline';
import { type EgressGate, processGate } from './egress-gate';
import { toSourceError } from './errors';
import { resolveFamily, systemResolver, type Resolver } from './resolve';
import type { UdpClient, UdpRequest } from './types';

export interface UdpClientOptions {
  /** Name resolution; tests inject one to simulate a host without an address of a family. */
  resolver?: Resolver;
  /** The gate each exchange passes before its datagram leaves (net/egress-gate.ts); the process's by default. */
  gate?: EgressGate;
}

export function createUdpClient(options: UdpClientOptions = {}): UdpClient {
  const resolver = options.resolver ?? systemResolver;
  const gate = options.gate ?? processGate;
  const open = new Set<Socket>();

  async function exchange(req: UdpRequest): Promise<Buffer> {
    // The host as asked (a name is declared by its name); a refusal throws before any socket exists.
    const passage = gate.open({
      host: req.host,
      port: req.port,
      protocol: 'udp',
      ...(req.as ? { as: req.as } : {}),
      ...(req.localAddress ? { from: req.localAddress } : {}),
    });
    const socket = createSocket(req.family === 4 ? 'udp4' : 'udp6');
    open.add(socket);
    try {
      // The address the datagram goes to is one the gate admitted (a public name answered in local space is refused).
      const [address] = gate.admit(
        req.host,
        await untilAborted(resolveFamily(req.host, req.family, resolver), req.signal),
      );
      const answer = await untilAborted(send(socket, req, address ?? req.host), req.signal);
      passage.end();
      return answer;
    } catch (err) {
      passage.end(err);
      throw toSourceError(err, req.signal);
    } finally {
      open.delete(socket);
      closeQuietly(socket);
    }
  }

  async function close(): Promise<void> {
    // Closing makes each pending exchange reject at once instead of waiting out its timeout.
    for (const socket of open) closeQuietly(socket);
    open.clear();
  }

  return { exchange, close };
}

function send(socket: Socket, req: UdpRequest, address: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('socket closed before an answer')));
    socket.on('message', (msg) => {
      if (accepts(req, msg)) resolve(msg);
    });
    // A connect that fails (no route: ENETUNREACH; a broadcast: EACCES) comes to this callback, not
    // to 'error'; the socket is then not connected, and a send without a port would throw in
    // Node's next tick, outside every catch ("Port should be > 0 and < 65536. Received function").
    const go = () =>
      socket.connect(req.port, address, (failed?: Error) => {
        if (failed) return reject(failed);
        socket.send(req.payload, (err) => {
          if (err) reject(err);
        });
      });
    // Bound first to the address chosen to leave from (issue 76); a port of 0: the system picks one.
    if (req.localAddress) socket.bind({ address: req.localAddress, port: 0, exclusive: true }, go);
    else go();
  });
}

/** A throwing accept() is a malformed datagram from someone else: ignore it like any other. */
function accepts(req: UdpRequest, msg: Buffer): boolean {
  try {
    return req.accept(msg);
  } catch {
    return false;
  }
}

function closeQuietly(socket: Socket): void {
  try {
    socket.close();
  } catch {
    // Already closed: nothing left to release.
  }
}
