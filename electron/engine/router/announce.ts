/**
 * Listening for the router's own word that its external address changed: a NAT-PMP
 * announcement (RFC 6886 3.2.1, opcode 128 with the new address) or a PCP ANNOUNCE (RFC 6887
 * 14.1, an epoch reset), multicast to 224.0.0.1:5350. miniupnpd sends both, once each, within
 * milliseconds of the change (and, when the new WAN address is private, only the PCP one:
 * natpmp.c gives up on an address it would not report).
 *
 * Anyone on the LAN can send such a datagram, so only the current gateway's are heard, and even
 * those are triggers, never an address: the engine asks the router again and the public sources
 * confirm. An RFC 6886 router repeats its announcement up to ten times; those repeats are
 * dropped here so one change is one trigger.
 */
import { createSocket, type Socket } from 'node:dgram';

import { EventHub } from '../events';
import type { Logger } from '../logger';
import { ANNOUNCE_GROUP, ANNOUNCE_PORT, decodeNatPmpAnnouncement, epochContinues, NATPMP_PORT } from './natpmp-codec';
import { localAddressToward } from './natpmp-transport';
import { decodePcpAnnounce } from './pcp-codec';
import type { Gateway } from './types';

export interface Announcement {
  protocol: 'natpmp' | 'pcp';
  /** The gateway that sent it. */
  from: string;
  /** The router's seconds since the start of its epoch. */
  epoch: number;
}

/** What the listener remembers of the last announcement of a protocol, to drop its repeats. */
export interface HeardAnnouncement extends Announcement {
  atMs: number;
  /** The NAT-PMP announcement's address: a repeat names the same one. Never believed. */
  claimed?: string;
}

/**
 * Reads a datagram that reached port 5350: an announcement from `gateway`, or null for one
 * from any other host (unauthenticated, so not heard) or that is none.
 */
export function readAnnouncement(msg: Buffer, from: string, gateway: string | undefined, atMs: number) {
  if (!gateway || from !== gateway.replace(/%.*$/, '')) return null;
  const natpmp = decodeNatPmpAnnouncement(msg);
  if (natpmp) return { protocol: 'natpmp', from, epoch: natpmp.epoch, atMs, claimed: natpmp.address } as const;
  const pcp = decodePcpAnnounce(msg);
  return pcp ? ({ protocol: 'pcp', from, epoch: pcp.epoch, atMs } as const) : null;
}

/** How long after an announcement its repeats may still come (RFC 6886 3.2.1: ten, 250 ms doubling). */
const REPEAT_WINDOW_MS = 5 * 60_000;

/**
 * Whether `curr` repeats `prev`: a NAT-PMP announcement from the same router naming the same
 * address, whose epoch carries on. A PCP ANNOUNCE names no address, and two address changes a
 * second apart both reset the epoch to 0, so none is ever taken for a repeat: a trigger too
 * many costs one question to the router, a trigger lost costs a change seen late.
 */
export function isRepeat(prev: HeardAnnouncement | undefined, curr: HeardAnnouncement): boolean {
  if (!prev || curr.protocol !== 'natpmp' || prev.protocol !== 'natpmp') return false;
  if (prev.from !== curr.from || prev.claimed !== curr.claimed) return false;
  return curr.atMs - prev.atMs <= REPEAT_WINDOW_MS && epochContinues(prev, curr);
}

export interface AnnounceListenerOptions {
  /** The current default gateway (IPv4): the only sender heard. */
  gateway: () => Gateway | undefined;
  logger: Logger;
  /** UDP port to listen on (5350); 0 picks a free one, for a stand-in. */
  port?: number;
  /** The monotonic clock (ms): a repeat and the epoch's test measure time between two announcements. */
  monotonic?: () => number;
}

export interface AnnounceListener {
  /** Binds the port and joins 224.0.0.1; rejects with a clear error when the port cannot be had. */
  start(): Promise<void>;
  onAnnounce(listener: (a: Announcement) => void): () => void;
  /** Joins the group again on the interface facing the current gateway: after a network change. */
  rejoin(): Promise<void>;
  /** The bound port, once started. */
  port(): number | undefined;
  close(): Promise<void>;
}

export function createAnnounceListener(options: AnnounceListenerOptions): AnnounceListener {
  const { logger } = options;
  const monotonic = options.monotonic ?? (() => performance.now());
  const hub = new EventHub<Announcement>(logger);
  const last = new Map<Announcement['protocol'], HeardAnnouncement>();
  let socket: Socket | undefined;
  let joinedOn: string | null | undefined;

  function onMessage(msg: Buffer, from: string) {
    const heard = readAnnouncement(msg, from, options.gateway()?.address, monotonic());
    if (!heard) return;
    const repeat = isRepeat(last.get(heard.protocol), heard);
    last.set(heard.protocol, heard);
    if (repeat) return;
    logger.debug('router announcement', { protocol: heard.protocol, from: heard.from, epoch: heard.epoch });
    hub.emit({ protocol: heard.protocol, from: heard.from, epoch: heard.epoch });
  }

  async function rejoin() {
    const s = socket;
    if (!s) return;
    const gw = options.gateway();
    const local = gw?.family === 4 ? await localAddressToward(gw, NATPMP_PORT) : null;
    if (local === joinedOn || s !== socket) return;
    if (joinedOn !== undefined) membership(s, 'drop', joinedOn);
    joinedOn = membership(s, 'add', local) ? local : undefined;
  }

  function membership(s: Socket, op: 'add' | 'drop', local: string | null): boolean {
    try {
      if (op === 'add') s.addMembership(ANNOUNCE_GROUP, local ?? undefined);
      else s.dropMembership(ANNOUNCE_GROUP, local ?? undefined);
      return true;
    } catch (err) {
      // Linux hears 224.0.0.1 without joining (every host is in it); elsewhere this is a loss.
      logger.debug(`cannot ${op} ${ANNOUNCE_GROUP} membership`, { on: local, error: (err as Error).message });
      return false;
    }
  }

  async function start() {
    if (socket) return;
    const s = createSocket({ type: 'udp4', reuseAddr: true });
    s.on('message', (msg, rinfo) => onMessage(msg, rinfo.address));
    await new Promise<void>((resolve, reject) => {
      s.once('error', (err) => {
        s.close();
        reject(
          new Error(`cannot listen for router announcements on UDP ${options.port ?? ANNOUNCE_PORT}: ${err.message}`),
        );
      });
      // Any address, not the group's: Windows cannot bind a multicast address.
      s.bind({ port: options.port ?? ANNOUNCE_PORT, address: '0.0.0.0', exclusive: false }, () => resolve());
    });
    s.removeAllListeners('error');
    s.on('error', (err) => logger.warn('router announcement socket failed', { error: err.message }));
    socket = s;
    await rejoin();
  }

  return {
    start,
    onAnnounce: (listener) => hub.on(listener),
    rejoin,
    port: () => (socket ? socket.address().port : undefined),
    async close() {
      const s = socket;
      socket = undefined;
      joinedOn = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}
