/** Random public addresses for the identity bench: drawn from the ranges real providers hold. */
import ipaddr from 'ipaddr.js';

/** A random address of `family` that is global unicast (private, reserved and documentation ranges drawn again). */
export function randomPublic(family: 4 | 6, random: () => number): string {
  for (;;) {
    const ip =
      family === 4
        ? Array.from({ length: 4 }, () => Math.floor(random() * 256)).join('.')
        : // 2000::/4 to 2c00::/6, where the RIRs allocate.
          [0x2000 + Math.floor(random() * 0x0c00), ...Array.from({ length: 7 }, () => Math.floor(random() * 65536))]
            .map((n) => n.toString(16))
            .join(':');
    if (ipaddr.process(ip).range() === 'unicast') return ip;
  }
}
