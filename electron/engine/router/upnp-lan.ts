/**
 * This machine's own address on the gateway's LAN: the address the OS would send from to reach
 * the gateway. SSDP searches leave from it, and the GENA callback listens on it, because
 * miniupnpd accepts a CALLBACK only on the address the SUBSCRIBE came from (upnphttp.c,
 * checkCallbackURL), and a router's NOTIFY can only reach an address on its LAN.
 */
import { createSocket } from 'node:dgram';

import { UpnpError } from './upnp-errors';

/**
 * Asks the routing table by connecting a UDP socket (nothing is sent: a UDP connect only picks
 * the route and the source address).
 */
export function lanAddressToward(gateway: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const done = (fn: () => void) => {
      try {
        socket.close();
      } catch {
        // Already closed.
      }
      fn();
    };
    socket.once('error', (err) =>
      done(() => reject(new UpnpError('network', `no route to the gateway ${gateway}: ${err.message}`))),
    );
    // Port 9 (discard): any port works, as nothing is sent.
    // A failed connect (no route) comes to this callback, not to 'error'.
    socket.connect(9, gateway, (err?: Error) => {
      if (err)
        return done(() => reject(new UpnpError('network', `no route to the gateway ${gateway}: ${err.message}`)));
      const { address } = socket.address();
      done(() => resolve(address));
    });
  });
}
