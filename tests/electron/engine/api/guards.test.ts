import { describe, expect, it } from 'vitest';

import {
  crossSite,
  crossSiteAllowed,
  dangerRefusal,
  loopbackAddress,
  loopbackHost,
  RECENT_SIGN_IN_MS,
  refusedFor,
} from '../../../../electron/engine/api/access/guards';

describe('refusedFor: what each role reaches', () => {
  it.each([
    ['admin', 'public', true],
    ['viewer', 'public', true],
    ['metrics', 'public', true],
    ['admin', 'metrics', true],
    ['admin', 'read', true],
    ['admin', 'see', true],
    ['admin', 'act', true],
    ['admin', 'write', true],
    ['viewer', 'metrics', true],
    ['viewer', 'read', true],
    ['viewer', 'see', false],
    ['viewer', 'act', false],
    ['viewer', 'write', false],
    ['metrics', 'metrics', true],
    ['metrics', 'read', false],
    ['metrics', 'see', false],
    ['metrics', 'act', false],
    ['metrics', 'write', false],
  ] as const)('%s on a %s route: %s', (role, access, allowed) => {
    const why = refusedFor(role, access, 'PUT /api/v1/settings');
    expect(why === null).toBe(allowed);
    if (why)
      expect(why).toContain(role === 'metrics' ? 'a metrics token' : access === 'see' ? 'only an admin' : 'a viewer');
    if (why) expect(why).toContain('PUT /api/v1/settings');
    if (why && role === 'viewer')
      expect(why).toMatch(
        access === 'act'
          ? /sends or spends a request outside this host\. Viewers can't send tests or checks/
          : access === 'see'
            ? /only an admin may see who is signed in/
            : /is a change/,
      );
  });
});

describe('refusedFor: a contract method is named by what it does, not by its route (issue 59)', () => {
  it.each([
    ['viewer', 'write', 'pause monitoring', 'pause monitoring is a change, which needs an admin'],
    ['viewer', 'act', 'check now', 'check now sends or spends a request outside this host'],
    ['metrics', 'write', 'change the settings', 'only: it may not change the settings; use a viewer or admin token'],
  ] as const)('%s, %s: %s', (role, access, action, words) => {
    const why = refusedFor(role, access, 'POST /api/v1/x', action);
    expect(why).toContain(words);
    expect(why).not.toContain('/api/v1/x');
  });
});

describe('crossSiteAllowed: what a route declares of other sites', () => {
  const nav = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
  it.each([
    ['undeclared, even a navigation', undefined, 'GET', nav, false],
    ['any: an <img> on another page', 'any', 'GET', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }, true],
    ['any: a fetch', 'any', 'POST', { 'sec-fetch-mode': 'cors' }, true],
    ['navigation: a link followed', 'navigation', 'GET', nav, true],
    ['navigation: HEAD of a link', 'navigation', 'HEAD', nav, true],
    ['navigation: without Sec-Fetch-Dest', 'navigation', 'GET', { 'sec-fetch-mode': 'navigate' }, true],
    ['navigation: a frame', 'navigation', 'GET', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, false],
    ['navigation: an <img>', 'navigation', 'GET', { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }, false],
    ['navigation: a fetch', 'navigation', 'GET', { 'sec-fetch-mode': 'cors' }, false],
    ['navigation: a form posted', 'navigation', 'POST', nav, false],
    ['navigation: no Sec-Fetch-Mode', 'navigation', 'GET', {}, false],
  ] as const)('%s: %s', (_what, reach, method, headers, allowed) => {
    expect(crossSiteAllowed(reach, method, headers)).toBe(allowed);
  });
});

describe('dangerRefusal: the 5-minute rule', () => {
  const now = 1_000_000_000;
  const MIN = 60_000;
  const change = ["the hook's program (was none, now /bin/sh)"];
  const discord = (ago: number) =>
    ({ role: 'admin', via: 'session', signedInAt: now - ago, signedInWith: 'discord' }) as const;
  const tokenSession = (ago: number, signedInOnHost: boolean) =>
    ({ role: 'admin', via: 'session', signedInAt: now - ago, signedInWith: 'token', signedInOnHost }) as const;
  // what, who, changes, host proof of the request, allowed, the words of a refusal
  it.each([
    ['nothing dangerous', { role: 'admin', via: 'token' }, [], false, true, null],
    ['a Discord session signed in 4 min ago', discord(4 * MIN), change, false, true, null],
    ['a Discord session signed in 5 min ago', discord(RECENT_SIGN_IN_MS), change, false, true, null],
    ['a Discord session signed in 6 min ago', discord(6 * MIN), change, false, false, /sign out, sign in again/],
    [
      'a token session from the LAN, signed in just now',
      tokenSession(0, false),
      change,
      false,
      false,
      /opened with a token and no proof of this host, so it counts as that token: on this host run `ipwatch open` and repeat it within 5 minutes, sign in with Discord .*`ipwatch api` on this host/,
    ],
    [
      'a token session from the LAN with the host proof (a header, not a sign-in)',
      tokenSession(0, false),
      change,
      true,
      false,
      /counts as that token/,
    ],
    ['a token session from loopback, signed in 4 min ago', tokenSession(4 * MIN, true), change, false, true, null],
    [
      'a token session from loopback, signed in 6 min ago',
      tokenSession(6 * MIN, true),
      change,
      false,
      false,
      /sign in again/,
    ],
    [
      'a session that does not say how it signed in (counts as a token elsewhere)',
      { role: 'admin', via: 'session', signedInAt: now },
      change,
      false,
      false,
      /counts as that token/,
    ],
    [
      'a session kept before the way in was recorded (a token one, not on host)',
      { role: 'admin', via: 'session', signedInAt: now, signedInWith: 'token' },
      change,
      false,
      false,
      /counts as that token/,
    ],
    ['an admin token from the CLI on the host', { role: 'admin', via: 'token' }, change, true, true, null],
    [
      'an admin token without the host proof',
      { role: 'admin', via: 'token' },
      change,
      false,
      false,
      /only from the CLI on this host; otherwise sign in with Discord/,
    ],
    [
      'a viewer signed in with Discord just now',
      { role: 'viewer', via: 'session', signedInAt: now, signedInWith: 'discord' },
      change,
      false,
      false,
      /only an admin/,
    ],
    ['a viewer token with the host proof', { role: 'viewer', via: 'token' }, change, true, false, /only an admin/],
    ['a Discord session with the host proof, signed in long ago', discord(now), change, true, false, /sign in again/],
  ] as const)('%s: allowed %s', (_what, who, changes, onHost, allowed, words) => {
    const why = dangerRefusal(who, changes, now, onHost);
    expect(why === null).toBe(allowed);
    if (why) expect(why).toContain(change[0]);
    if (words) expect(why).toMatch(words);
  });
});

// Needed for the host proof, never enough alone (a proxy on this host connects over loopback):
// the sign-in through such a proxy is tests/electron/engine/api/on-host-proof.test.ts.
describe('loopbackAddress: the socket the host proof must come over', () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['127.0.0.9', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['1127.0.0.1', false],
    [undefined, false],
  ])('from %s: %s', (remote, loopback) => {
    expect(loopbackAddress(remote)).toBe(loopback);
  });
});

describe('crossSite', () => {
  it.each([
    [{}, false],
    [{ host: '127.0.0.1:8787' }, false],
    [{ host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' }, false],
    [{ host: '127.0.0.1:8787', origin: 'http://localhost:8787' }, true],
    [{ host: '127.0.0.1:8787', origin: 'http://127.0.0.1:3000' }, true],
    [{ host: '127.0.0.1:8787', origin: 'https://evil.example' }, true],
    [{ host: '127.0.0.1:8787', origin: 'null' }, true],
    [{ host: 'h', 'sec-fetch-site': 'same-origin' }, false],
    [{ host: 'h', 'sec-fetch-site': 'none' }, false],
    [{ host: 'h', 'sec-fetch-site': 'same-site' }, true],
    [{ host: 'h', 'sec-fetch-site': 'cross-site' }, true],
    // Behind a reverse proxy: the page's Origin is the proxy's name, the Host the loopback one it sends.
    [{ host: '127.0.0.1:8787', origin: 'https://nas.example', 'sec-fetch-site': 'same-origin' }, false],
    [{ host: '127.0.0.1:8787', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, true],
    [{ host: '127.0.0.1:8787', origin: 'https://evil.example', 'sec-fetch-site': 'same-site' }, true],
  ])('%j -> %s', (headers, refused) => {
    expect(crossSite(headers)).toBe(refused);
  });
});

describe('loopbackHost', () => {
  it.each([
    ['127.0.0.1:8787', true],
    ['localhost:8787', true],
    ['LOCALHOST', true],
    ['[::1]:8787', true],
    ['app.localhost:1', true],
    ['evil.example:8787', false],
    ['127.0.0.1.evil.example', false],
    ['192.168.1.10:8787', false],
    [undefined, false],
  ])('%s -> %s', (host, ok) => expect(loopbackHost(host)).toBe(ok));
});
