/**
 * The loopback rule of net/proxy-env.ts, as Go's net/http has it (golang.org/x/net/http/httpproxy
 * `useProxy`): the name `localhost` and an address whose IsLoopback is true (127.0.0.0/8, ::1, an
 * IPv4-mapped 127 address) are never proxied; any other name, one that resolves to loopback
 * included, is left to the proxy variables. The addresses go through the URL parser first, as
 * every request's does (readUrl), so its normal forms are what the rule reads.
 */
import { describe, expect, it } from 'vitest';

import { isLoopbackTarget } from '../../../../electron/engine/net/proxy-env';

describe('isLoopbackTarget', () => {
  it.each([
    ['http://localhost/', true],
    ['https://LOCALHOST:8443/x', true],
    ['http://127.0.0.1:8080/', true],
    ['http://127.255.255.254/', true],
    ['http://127.1/', true],
    ['http://0x7f000001/', true],
    ['http://[::1]:9/', true],
    ['http://[0:0:0:0:0:0:0:1]/', true],
    ['http://[::ffff:127.0.0.1]/', true],
    ['http://[::ffff:7f12:3456]/', true],
    ['http://128.0.0.1/', false],
    ['http://126.255.255.255/', false],
    ['http://10.0.0.1/', false],
    ['http://[::2]/', false],
    ['http://[::ffff:10.0.0.1]/', false],
    ['http://[::ffff:7f:1]/', false],
    ['http://[2001:db8::1]/', false],
    ['http://localhost./', false],
    ['http://a.localhost/', false],
    ['http://localhost.example/', false],
    ['http://127.0.0.1.example/', false],
    ['http://source.test/', false],
  ])('%s: %s', (url, loopback) => {
    expect(isLoopbackTarget(new URL(url))).toBe(loopback);
  });
});
