/**
 * The Host check (electron/engine/api/access/guards.ts, hostAllowed; issue 58): the truth table of its
 * doc comment, row by row, then a property (fast-check, seeded): with api.lan on, a request over
 * plain HTTP on loopback is answered for no name but a loopback one, whatever the certificate
 * holds, and over TLS for a name exactly when the certificate covers it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Arrival, hostAllowed, hostRefusedWords } from '../../../../electron/engine/api/access/guards';
import { hostCovered, type HostNames } from '../../../../electron/engine/tls';
import { propertyRun } from '../../../helpers/properties';

const CERT: HostNames = {
  dns: ['nas', 'nas.local', 'localhost', '*.home.arpa'],
  ip: ['127.0.0.1', '::1', '192.168.1.5', '2001:db8::5'],
};
const off: Arrival = { lan: false, tls: false, loopback: true };
const offLan: Arrival = { lan: false, tls: false, loopback: false };
const plainLoop: Arrival = { lan: true, tls: false, loopback: true };
const tlsLoop: Arrival = { lan: true, tls: true, loopback: true };
const tlsLan: Arrival = { lan: true, tls: true, loopback: false };
const plainLan: Arrival = { lan: true, tls: false, loopback: false };

describe('hostAllowed', () => {
  it.each([
    ['lan off, localhost with the port', 'localhost:8787', off, CERT, true],
    ['lan off, 127.0.0.1', '127.0.0.1:8787', off, CERT, true],
    ['lan off, [::1]', '[::1]:8787', off, CERT, true],
    ['lan off, a rebinding name', 'evil.example:8787', off, CERT, false],
    ['lan off, a name the certificate holds', 'nas.local:8787', off, CERT, false],
    ['lan off, from the LAN, its address', '192.168.1.5:8787', offLan, CERT, false],
    ['lan on, plain loopback, localhost', 'localhost:8787', plainLoop, CERT, true],
    ['lan on, plain loopback, 127.0.0.1 without a port', '127.0.0.1', plainLoop, CERT, true],
    ['lan on, plain loopback, [::1]', '[::1]:8787', plainLoop, CERT, true],
    ['lan on, plain loopback, a rebinding name', 'evil.example:8787', plainLoop, CERT, false],
    ['lan on, plain loopback, a name the certificate holds', 'nas.local:8787', plainLoop, CERT, false],
    ['lan on, plain loopback, an address the certificate holds', '192.168.1.5:8787', plainLoop, CERT, false],
    ['lan on, plain loopback, no Host', undefined, plainLoop, CERT, false],
    ['lan on, TLS on loopback, localhost', 'localhost:8787', tlsLoop, CERT, true],
    ['lan on, TLS on loopback, a name the certificate holds', 'nas.local:8787', tlsLoop, CERT, true],
    ['lan on, TLS on loopback, a rebinding name', 'evil.example:8787', tlsLoop, CERT, false],
    ['lan on, TLS from the LAN, the host name', 'nas:8787', tlsLan, CERT, true],
    ['lan on, TLS from the LAN, upper case and a final dot', 'NAS.Local.:8787', tlsLan, CERT, true],
    ['lan on, TLS from the LAN, its IPv4 address', '192.168.1.5:8787', tlsLan, CERT, true],
    ['lan on, TLS from the LAN, its IPv6 address spelt long', '[2001:db8:0:0:0:0:0:5]:8787', tlsLan, CERT, true],
    ['lan on, TLS from the LAN, a wildcard name', 'ipwatch.home.arpa:8787', tlsLan, CERT, true],
    ['lan on, TLS from the LAN, two labels under the wildcard', 'a.b.home.arpa:8787', tlsLan, CERT, false],
    ['lan on, TLS from the LAN, the wildcard bare', 'home.arpa:8787', tlsLan, CERT, false],
    ['lan on, TLS from the LAN, another address', '192.168.1.6:8787', tlsLan, CERT, false],
    ['lan on, TLS from the LAN, a rebinding name', 'evil.example:8787', tlsLan, CERT, false],
    ['lan on, TLS from the LAN, a name with userinfo', 'x@nas:8787', tlsLan, CERT, false],
    ['lan on, TLS from the LAN, two ports', 'nas:1:2', tlsLan, CERT, false],
    ['lan on, TLS, no certificate served', 'nas:8787', tlsLan, null, false],
    ['lan on, plain from the LAN (allowPlainHttp), its address', '192.168.1.5:8787', plainLan, CERT, true],
    ['lan on, plain from the LAN (allowPlainHttp), a rebinding name', 'evil.example:8787', plainLan, CERT, false],
  ] as const)('%s: %s', (_what, host, arrival, certified, allowed) => {
    expect(hostAllowed(host, arrival, certified)).toBe(allowed);
  });

  it('says why in words for each way a request arrives', () => {
    expect(hostRefusedWords(off)).toMatch(/localhost and 127\.0\.0\.1 only \(api\.lan is off\)/);
    expect(hostRefusedWords(plainLoop)).toMatch(
      /over plain HTTP on this machine .* localhost, 127\.0\.0\.1 and \[::1\]/,
    );
    expect(hostRefusedWords(tlsLan)).toMatch(/the names and addresses its certificate holds, and to localhost/);
  });

  it('answers plain loopback only for loopback names, and TLS exactly for the covered ones', () => {
    const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,9}$/);
    const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
    const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((a) => a.join('.'));
    const host = fc.oneof(
      name,
      v4,
      fc.ipV6().map((a) => `[${a}]`),
    );
    const names = fc.record({ dns: fc.array(name, { maxLength: 4 }), ip: fc.array(v4, { maxLength: 3 }) });
    fc.assert(
      fc.property(host, fc.option(fc.integer({ min: 1, max: 65535 })), names, (h, port, certified) => {
        const header = port === null ? h : `${h}:${port}`;
        const loopbackName = /^(localhost|.*\.localhost|127\.0\.0\.1|\[::1\])$/.test(h);
        expect(hostAllowed(header, plainLoop, certified)).toBe(loopbackName);
        expect(hostAllowed(header, tlsLan, certified)).toBe(loopbackName || hostCovered(h, certified));
        // A name the certificate gains is answered over TLS, never over plain loopback.
        const more = { ...certified, dns: [...certified.dns, h] };
        if (!h.startsWith('[') && !/^[\d.]+$/.test(h)) {
          expect(hostAllowed(header, tlsLan, more)).toBe(true);
          expect(hostAllowed(header, plainLoop, more)).toBe(loopbackName);
        }
      }),
      propertyRun('host-allowed property', 500),
    );
  });
});
