import { describe, expect, it } from 'vitest';

import {
  accessOf,
  crossSite,
  dangerRefusal,
  loopbackHost,
  RECENT_SIGN_IN_MS,
  refusedFor,
} from '../../../../electron/engine/api/guards';

describe('refusedFor: what each role reaches', () => {
  it.each([
    ['admin', 'metrics', true],
    ['admin', 'read', true],
    ['admin', 'write', true],
    ['viewer', 'metrics', true],
    ['viewer', 'read', true],
    ['viewer', 'write', false],
    ['metrics', 'metrics', true],
    ['metrics', 'read', false],
    ['metrics', 'write', false],
  ] as const)('%s on a %s route: %s', (role, access, allowed) => {
    const why = refusedFor(role, access, 'PUT /api/v1/settings');
    expect(why === null).toBe(allowed);
    if (why) expect(why).toContain(role === 'metrics' ? 'a metrics token' : 'a viewer');
    if (why) expect(why).toContain('PUT /api/v1/settings');
  });

  it.each([
    ['GET', undefined, 'read'],
    ['HEAD', undefined, 'read'],
    ['POST', undefined, 'write'],
    ['DELETE', undefined, 'write'],
    ['POST', 'read', 'read'],
    ['GET', 'metrics', 'metrics'],
  ] as const)('accessOf(%s, %s) is %s', (method, said, access) => {
    expect(accessOf(method, said)).toBe(access);
  });
});

describe('dangerRefusal: the 5-minute rule', () => {
  const now = 1_000_000_000;
  const MIN = 60_000;
  const change = ["the hook's program (was none, now /bin/sh)"];
  it.each([
    ['nothing dangerous', { role: 'admin', via: 'token' }, [], false, true],
    ['an admin signed in 4 min ago', { role: 'admin', via: 'session', signedInAt: now - 4 * MIN }, change, false, true],
    [
      'an admin signed in 5 min ago',
      { role: 'admin', via: 'session', signedInAt: now - RECENT_SIGN_IN_MS },
      change,
      false,
      true,
    ],
    [
      'an admin signed in 6 min ago',
      { role: 'admin', via: 'session', signedInAt: now - 6 * MIN },
      change,
      false,
      false,
    ],
    ['an admin token from the CLI on the host', { role: 'admin', via: 'token' }, change, true, true],
    ['an admin token without the host proof', { role: 'admin', via: 'token' }, change, false, false],
    ['a viewer signed in just now', { role: 'viewer', via: 'session', signedInAt: now }, change, false, false],
    ['a viewer token with the host proof', { role: 'viewer', via: 'token' }, change, true, false],
    [
      'a session with the host proof, signed in long ago',
      { role: 'admin', via: 'session', signedInAt: 0 },
      change,
      true,
      false,
    ],
  ] as const)('%s: allowed %s', (_what, who, changes, onHost, allowed) => {
    const why = dangerRefusal(who, changes, now, onHost);
    expect(why === null).toBe(allowed);
    if (why) expect(why).toContain(change[0]);
  });

  it('says what to do in words', () => {
    expect(dangerRefusal({ role: 'admin', via: 'session', signedInAt: 0 }, change, now, false)).toMatch(
      /sign out, sign in again/,
    );
    expect(dangerRefusal({ role: 'admin', via: 'token' }, change, now, false)).toMatch(/CLI on this host/);
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
