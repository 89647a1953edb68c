/**
 * Whether this host has a route to an address: the kernel's own answer, asked by connecting a
 * UDP socket to it. A UDP connect sends nothing; it only looks the route up and picks a source
 * address, and fails with ENETUNREACH (no route: an IPv4-only host, Docker's default bridge
 * network asked for IPv6), EHOSTUNREACH, EADDRNOTAVAIL (no address of the family to send from)
 * or EAFNOSUPPORT (the family is switched off). This is what a DNS question to that address would
 * meet, on Linux, macOS and Windows alike, so it is asked this way rather than by reading the
 * default routes (/proc/net/ipv6_route has none of macOS's or Windows's, nor a route to a
 * directly connected network without a default).
 */
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';

/** Whether a packet to `address` has a way out of this host; never throws. */
export type RouteTo = (address: string) => Promise<boolean>;

/** The kernel's answer for `address` (an IP literal; anything else has no route). */
export const systemRouteTo: RouteTo = (address) =>
  new Promise((resolve) => {
    const family = isIP(address);
    if (family === 0) return resolve(false);
    let socket;
    try {
      socket = createSocket(family === 6 ? 'udp6' : 'udp4');
    } catch {
      return resolve(false);
    }
    const done = (ok: boolean) => {
      socket.close();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    // Port 53: the port the question would go to (any port gives the same route).
    socket.connect(53, address, (err?: Error) => done(!err));
  });
