import { describe, expect, it } from 'vitest';

import {
  createSignInLimiter,
  crossSite,
  loopbackHost,
  MAX_SIGN_IN_CLIENTS,
} from '../../../../electron/engine/api/guards';

describe('createSignInLimiter', () => {
  const MIN = 60_000;
  it.each([
    // failures at these minutes, then asked at `at`: the wait in minutes
    { failures: [], at: 0, wait: 0 },
    { failures: [0, 1, 2, 3], at: 4, wait: 0 },
    { failures: [0, 1, 2, 3, 4], at: 4, wait: 11 },
    { failures: [0, 1, 2, 3, 4], at: 14, wait: 1 },
    { failures: [0, 1, 2, 3, 4], at: 15, wait: 0 },
    { failures: [0, 1, 2, 3, 4, 5, 6], at: 10, wait: 7 },
  ])('after failures at $failures min, at $at min waits $wait min', ({ failures, at, wait }) => {
    const l = createSignInLimiter(5, 15 * MIN);
    for (const t of failures) l.failed('1.2.3.4', t * MIN);
    expect(l.waitMs('1.2.3.4', at * MIN)).toBe(wait * MIN);
    expect(l.waitMs('5.6.7.8', at * MIN)).toBe(0);
  });

  it(`keeps at most ${MAX_SIGN_IN_CLIENTS} clients, each at most its last failures, forgetting the oldest`, () => {
    const l = createSignInLimiter(5, 15 * MIN);
    const n = 3 * MAX_SIGN_IN_CLIENTS;
    // Every client fails within the window, so none can be forgotten for age.
    for (let i = 0; i < n; i++) for (let k = 0; k < 20; k++) l.failed(`10.0.${i >> 8}.${i & 255}`, i + k);
    expect(l.clients).toBe(MAX_SIGN_IN_CLIENTS);
    // The most recent still waits; the first ones were forgotten to make room.
    expect(l.waitMs(`10.0.${(n - 1) >> 8}.${(n - 1) & 255}`, n + 20)).toBeGreaterThan(0);
    expect(l.waitMs('10.0.0.0', n + 20)).toBe(0);
  });

  it('forgets clients whose failures left the window before any that still waits', () => {
    const l = createSignInLimiter(5, MIN);
    // 'keep' is the first client kept (dropping the oldest alone would drop it), its failures the latest.
    for (let k = 10; k < 15; k++) l.failed('keep', k);
    for (let i = 1; i < MAX_SIGN_IN_CLIENTS; i++) l.failed(`old-${i}`, 0);
    expect(l.clients).toBe(MAX_SIGN_IN_CLIENTS);
    // A minute on, the others' failures left the window; 'keep' still waits for its first (10 ms) to.
    l.failed('new', MIN + 5);
    expect(l.clients).toBe(2);
    expect(l.waitMs('keep', MIN + 5)).toBe(5);
  });

  it('forgets a client after a good sign-in', () => {
    const l = createSignInLimiter(2, MIN);
    l.failed('a', 0);
    l.succeeded('a');
    l.failed('a', 1);
    expect(l.waitMs('a', 2)).toBe(0);
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
