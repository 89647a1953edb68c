import { describe, expect, it } from 'vitest';

import { NoAddressOfFamilyError, toSourceError } from '../../../../electron/engine/net/errors';

describe('toSourceError', () => {
  const live = new AbortController().signal;
  const coded = (code: string) => Object.assign(new Error(`connect ${code}`), { code });
  it.each([
    ['ENETUNREACH', 'unreachable'],
    ['EHOSTUNREACH', 'unreachable'],
    ['EAFNOSUPPORT', 'unreachable'],
    ['EADDRNOTAVAIL', 'unreachable'],
    ['ECONNREFUSED', 'network'],
    ['ECONNRESET', 'network'],
    ['ENOTFOUND', 'network'],
    ['UND_ERR_SOCKET', 'network'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
  ])('%s -> %s', (code, expected) => {
    expect(toSourceError(coded(code), live).code).toBe(expected);
  });

  it('reads the code of a wrapped cause', () => {
    const err = new Error('fetch failed', { cause: coded('ENETUNREACH') });
    expect(toSourceError(err, live).code).toBe('unreachable');
  });

  it('reads a host without an address of the family as unreachable', () => {
    expect(toSourceError(new NoAddressOfFamilyError('v4only.test', 6), live)).toMatchObject({
      code: 'unreachable',
      message: 'v4only.test has no IPv6 address',
    });
  });

  it('prefers timeout once the signal has aborted, whatever the error', () => {
    expect(toSourceError(coded('ECONNRESET'), AbortSignal.abort()).code).toBe('timeout');
  });
});
