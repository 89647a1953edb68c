/**
 * Finding the gateway's UPnP Internet Gateway Device by SSDP: an M-SEARCH for IGD v1 and v2,
 * sent to the SSDP group and to the gateway itself (UDA 1.1 unicast search; miniupnpd answers
 * both), twice, since UDP may drop one. The first answer whose LOCATION is on the gateway wins;
 * any other answer is ignored, whoever sent it (see ssdp-message.ts).
 */
import { createSocket, type Socket } from 'node:dgram';

import { deadline } from '../net/deadline';
import { processGate } from '../net/egress-gate';
import {
  buildMSearch,
  DEFAULT_MX,
  IGD_SEARCH_TARGETS,
  isIgdTarget,
  parseSsdpAnswer,
  SSDP_GROUP,
  SSDP_PORT,
  urlOnGateway,
  type SsdpAnswer,
} from './ssdp-message';
import { UpnpError } from './upnp-errors';

export interface SsdpTarget {
  address: string;
  port: number;
}

export interface SsdpSearchOptions {
  /** The gateway's IPv4 address: the only host whose LOCATION is believed. */
  gateway: string;
  /** This machine's address toward the gateway: the search leaves from it, by the gateway's LAN. */
  localAddress: string;
  signal: AbortSignal;
  /** Where the search goes; default the SSDP group and the gateway's port 1900. */
  targets?: readonly SsdpTarget[];
  /** Longest wait for an answer, ms; default MX plus one second. */
  waitMs?: number;
}

/** The search is sent again this long after the first, unless answered. */
const RESEND_MS = 1000;

/** Resolves with the gateway's answer; rejects with UpnpError 'timeout' when none came. */
export async function searchIgd(options: SsdpSearchOptions): Promise<SsdpAnswer> {
  const targets = options.targets ?? [
    { address: SSDP_GROUP, port: SSDP_PORT },
    { address: options.gateway, port: SSDP_PORT },
  ];
  const waitMs = options.waitMs ?? (DEFAULT_MX + 1) * 1000;
  // Each target passes the gate before any search leaves: the SSDP group, and the gateway as itself.
  const passages = targets.map((t) =>
    processGate.open({
      host: t.address,
      port: t.port,
      protocol: 'udp',
      ...(t.address === options.gateway ? { as: 'gateway' as const } : {}),
    }),
  );
  const limit = deadline(options.signal, waitMs);
  const socket = createSocket({ type: 'udp4', reuseAddr: false });
  let resend: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await new Promise<SsdpAnswer>((resolve, reject) => {
      const onAbort = () => reject(limit.signal.reason as Error);
      limit.signal.addEventListener('abort', onAbort, { once: true });
      socket.on('error', reject);
      socket.on('message', (msg) => {
        const answer = parseSsdpAnswer(msg);
        if (answer && isIgdTarget(answer.st) && urlOnGateway(answer.location, options.gateway)) resolve(answer);
      });
      socket.bind({ address: options.localAddress, port: 0 }, () => {
        prepareMulticast(socket, options.localAddress);
        const sendAll = () => sendSearches(socket, targets).catch(reject);
        void sendAll();
        resend = setTimeout(sendAll, RESEND_MS);
      });
    });
    passages.forEach((p) => p.end());
    return answer;
  } catch (err) {
    passages.forEach((p) => p.end(err));
    if (limit.signal.aborted && (limit.signal.reason as Error | undefined)?.name === 'TimeoutError')
      throw new UpnpError('timeout', `no UPnP-IGD on ${options.gateway} answered an SSDP search within ${waitMs} ms`);
    throw err;
  } finally {
    clearTimeout(resend);
    limit.clear();
    try {
      socket.close();
    } catch {
      // Already closed by an error: nothing to release.
    }
  }
}

/** UDA 1.1 asks a TTL of 2 for SSDP; the group is left by the gateway's LAN, not the default route's. */
function prepareMulticast(socket: Socket, localAddress: string): void {
  try {
    socket.setMulticastTTL(2);
    socket.setMulticastInterface(localAddress);
  } catch {
    // Loopback or a host without multicast: the unicast search still reaches the gateway.
  }
}

/** Sends every search to every target; fails only when not one datagram could leave. */
async function sendSearches(socket: Socket, targets: readonly SsdpTarget[]): Promise<void> {
  const sends = targets.flatMap((t) =>
    IGD_SEARCH_TARGETS.map(
      (st) =>
        new Promise<void>((resolve, reject) =>
          socket.send(buildMSearch(st, t.address, t.port), t.port, t.address, (err) => (err ? reject(err) : resolve())),
        ),
    ),
  );
  const results = await Promise.allSettled(sends);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed && results.every((r) => r.status === 'rejected')) throw failed.reason;
}
