/**
 * The UDP exchange NAT-PMP and PCP share with the router's port 5351: one fresh socket per
 * question, connected to the gateway so the OS drops datagrams from any other host (both RFCs
 * require the answer to come from the address asked) and reports ICMP port unreachable as a
 * fast 'refused' instead of a silent timeout. The request is resent on the protocol's own
 * schedule until an answer is read, the deadline passes or the caller aborts.
 */
import { createSocket, type Socket } from 'node:dgram';

import { deadline } from '../net/deadline';
import { type Passage, processGate } from '../net/egress-gate';
import { errorCode } from '../net/errors';
import type { Gateway, RouterFailure } from './types';

export interface Exchange<T> {
  gateway: Gateway;
  port: number;
  /** Names the protocol in messages ('NAT-PMP', 'PCP'). */
  label: string;
  /** The datagram, built once the socket is connected: PCP puts our own address in it. */
  build(localAddress: string): Buffer;
  /** A value ends the exchange; undefined (or a throw) ignores the datagram as not the answer. */
  read(msg: Buffer): T | undefined;
  /**
   * The wait after send number `sent` (1-based) before the next one, called once per send in
   * order; null: no more sends, the deadline ends the exchange.
   */
  waitAfter(sent: number): number | null;
  deadlineMs: number;
  signal: AbortSignal;
}

export type ExchangeOutcome<T> = { ok: true; value: T } | { ok: false; error: RouterFailure };

export interface Transport {
  exchange<T>(x: Exchange<T>): Promise<ExchangeOutcome<T>>;
  /** Ends every exchange under way, and every later one, as 'cancelled'. */
  close(): void;
}

export function createTransport(): Transport {
  const open = new Set<Socket>();
  let closed = false;
  return {
    // Closed while the caller was still finding the gateway: nothing is sent any more.
    exchange: async (x) =>
      closed ? { ok: false, error: { code: 'cancelled', message: `the ${x.label} client is closed` } } : run(x, open),
    close() {
      closed = true;
      for (const socket of open) closeQuietly(socket);
      open.clear();
    },
  };
}

function run<T>(x: Exchange<T>, open: Set<Socket>): Promise<ExchangeOutcome<T>> {
  let passage: Passage;
  try {
    passage = processGate.open({ host: x.gateway.address, port: x.port, protocol: 'udp', as: 'gateway' });
  } catch (err) {
    return Promise.resolve({ ok: false, error: { code: 'network', message: (err as Error).message } });
  }
  const socket = createSocket(x.gateway.family === 4 ? 'udp4' : 'udp6');
  open.add(socket);
  const d = deadline(x.signal, x.deadlineMs);
  const where = `${x.gateway.address}:${x.port}`;
  let timer: NodeJS.Timeout | undefined;
  return new Promise<ExchangeOutcome<T>>((resolve) => {
    let done = false;
    const finish = (outcome: ExchangeOutcome<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      d.clear();
      open.delete(socket);
      closeQuietly(socket);
      passage.end(outcome.ok ? undefined : outcome.error);
      resolve(outcome);
    };
    const fail = (code: RouterFailure['code'], message: string) => finish({ ok: false, error: { code, message } });
    const onAbort = () => {
      const reason: unknown = d.signal.reason;
      if (reason instanceof Error && reason.name === 'TimeoutError')
        fail('timeout', `no ${x.label} answer from ${where} within ${x.deadlineMs} ms`);
      else fail('cancelled', `the ${x.label} request was cancelled`);
    };
    if (d.signal.aborted) return onAbort();
    d.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (err) => finish({ ok: false, error: transportFailure(err, x.label, where) }));
    socket.on('close', () => fail('cancelled', `the ${x.label} request was cancelled (closed)`));
    socket.on('message', (msg) => {
      const value = readQuietly(x, msg);
      if (value !== undefined) finish({ ok: true, value });
    });
    // A failed connect comes here, not to 'error' (net/udp.ts says why a send must not follow it).
    socket.connect(x.port, x.gateway.address, (failed?: Error) => {
      if (failed) return finish({ ok: false, error: transportFailure(failed, x.label, where) });
      let payload: Buffer;
      try {
        payload = x.build(socket.address().address);
      } catch (err) {
        return fail('network', `cannot build the ${x.label} request: ${err instanceof Error ? err.message : err}`);
      }
      const send = (n: number) => {
        socket.send(payload, (err) => {
          if (err) finish({ ok: false, error: transportFailure(err, x.label, where) });
        });
        const wait = x.waitAfter(n);
        if (wait !== null) timer = setTimeout(() => send(n + 1), wait);
      };
      send(1);
    });
  });
}

function readQuietly<T>(x: Exchange<T>, msg: Buffer): T | undefined {
  try {
    return x.read(msg);
  } catch {
    return undefined;
  }
}

function transportFailure(err: Error, label: string, where: string): RouterFailure {
  const code = errorCode(err);
  if (code === 'ECONNREFUSED')
    return { code: 'refused', message: `nothing answers ${label} on ${where} (port unreachable)` };
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'EADDRNOTAVAIL')
    return { code: 'network', message: `no route to the router ${where} (${code})` };
  return { code: 'network', message: `${label} to ${where} failed: ${err.message}` };
}

/**
 * Our own address on the link toward `gateway`, found the way the OS picks it for a datagram:
 * connecting a UDP socket sends nothing. Null when there is no route.
 */
export function localAddressToward(gateway: Gateway, port: number): Promise<string | null> {
  const socket = createSocket(gateway.family === 4 ? 'udp4' : 'udp6');
  return new Promise<string | null>((resolve) => {
    socket.on('error', () => resolve(null));
    // A failed connect comes to the callback, not to 'error': no route, no address.
    socket.connect(port, gateway.address, (err?: Error) => resolve(err ? null : socket.address().address));
  }).finally(() => closeQuietly(socket));
}

function closeQuietly(socket: Socket): void {
  try {
    socket.close();
  } catch {
    // Already closed: nothing left to release.
  }
}
