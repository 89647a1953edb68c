/**
 * Why the API could not listen (electron/host/listen-failure.ts): its truth table, row by row,
 * on errors shaped as Node's net module makes them, and the setting and variable it names are
 * the ones env.ts maps to each other.
 */
import { describe, expect, it } from 'vitest';

import { ENV_OVERRIDES } from '../../../electron/host/env';
import { listenFailure } from '../../../electron/host/listen-failure';

/** As net.Server emits it: `listen EADDRINUSE: address already in use 127.0.0.1:8787`, with `code`. */
const netError = (code: string, port: number) =>
  Object.assign(new Error(`listen ${code}: 127.0.0.1:${port}`), { code, syscall: 'listen', port });

describe('listenFailure', () => {
  it.each<[label: string, err: unknown, port: number, words: string | null]>([
    [
      'taken',
      netError('EADDRINUSE', 8787),
      8787,
      'port 8787 is taken (by another IPWatch?): set api.port or IPWATCH_API_PORT',
    ],
    [
      'below 1024 without the right',
      netError('EACCES', 80),
      80,
      'port 80 is below 1024, which only an administrator may open: set api.port or IPWATCH_API_PORT to 1024 or above',
    ],
    [
      'refused by the system (EPERM) below 1024',
      netError('EPERM', 443),
      443,
      'port 443 is below 1024, which only an administrator may open: set api.port or IPWATCH_API_PORT to 1024 or above',
    ],
    [
      'refused above 1023 (a security policy)',
      netError('EACCES', 8787),
      8787,
      'the system does not let this user open port 8787: set api.port or IPWATCH_API_PORT to another port',
    ],
    [
      'another error: said by the caller',
      new Error('api.token: environment variable API_TOKEN is not set'),
      8787,
      null,
    ],
    ['another code', netError('EMFILE', 8787), 8787, null],
    ['not an error at all', 'EADDRINUSE', 8787, null],
  ])('%s', (_label, err, port, words) => {
    expect(listenFailure(err, port)).toBe(words);
  });

  it('names the variable env.ts reads for api.port', () => {
    const variable = ENV_OVERRIDES.find((o) => o.path.join('.') === 'api.port')?.name;
    expect(variable).toBe('IPWATCH_API_PORT');
    expect(listenFailure(netError('EADDRINUSE', 1), 1)).toContain(`set api.port or ${variable}`);
  });
});
