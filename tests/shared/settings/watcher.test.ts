/**
 * The hook's and the heartbeat's settings: off by default, each bad value a field error in words,
 * and the heartbeat's URL (it holds the check's key) masked wherever the settings are read.
 */
import { describe, expect, it } from 'vitest';

import { maskSecrets } from '../../../shared/contract/settings';
import { defaultSettings, parseSettings } from '../../../shared/settings';
import { formatIssues } from '../../../shared/settings/schema-common';
import { urlSecrets } from '../../../shared/settings/secret';
import { heartbeatSchema, hookSchema } from '../../../shared/settings/watcher';

const errors = (schema: typeof hookSchema | typeof heartbeatSchema, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? [] : formatIssues(r.error);
};

describe('hook settings', () => {
  it('are off by default and run on changes only', () => {
    expect(defaultSettings().hook).toEqual({
      enabled: false,
      program: '',
      args: [],
      events: ['change'],
      timeoutSec: 30,
    });
  });
  it.each([
    [{ enabled: true }, 'program: give the program to run, by its full path'],
    [{ program: 'on-change.sh' }, 'program: give the full path, e.g. /usr/local/bin/on-change'],
    [{ program: '/bin/x', timeoutSec: 0 }, 'timeoutSec: Too small: expected number to be >=1'],
    [
      { program: '/bin/x', events: ['reboot'] },
      'events.0: Invalid option: expected one of "change"|"offline"|"online"|"nat"|"cgnat"',
    ],
  ])('%j is refused: %s', (v, message) => {
    expect(errors(hookSchema, v)).toEqual([message]);
  });
  it.each([['/usr/local/bin/on-change'], ['C:\\Tools\\hook.exe'], ['\\\\server\\share\\hook.cmd']])(
    'takes the full path %s',
    (program) => expect(errors(hookSchema, { enabled: true, program })).toEqual([]),
  );
});

describe('heartbeat settings', () => {
  it('are off by default', () => {
    expect(defaultSettings().heartbeat).toEqual({
      enabled: false,
      provider: 'healthchecks',
      url: '',
      intervalSec: 300,
    });
  });
  it.each([
    [
      'healthchecks',
      'https://hc-ping.com/5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35',
      '5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35',
    ],
    ['healthchecks', 'https://hc-ping.com/Xq1aXq1aXq1aXq1aXq1aXq/nightly-ipwatch?create=1', 'Xq1aXq1aXq1aXq1aXq1aXq'],
    [
      'healthchecks',
      'https://hc.example.org/ping/5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35',
      '5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35',
    ],
    ['uptime-kuma', 'https://kuma.example.org/api/push/Xb7kQ2pLm9?status=up&msg=OK&ping=', 'Xb7kQ2pLm9'],
    ['uptime-kuma', 'http://192.168.1.5:3001/kuma/api/push/Xb7kQ2pLm9', 'Xb7kQ2pLm9'],
  ])('%s takes %s, whose key %s the redactor masks', (provider, url, key) => {
    expect(errors(heartbeatSchema, { enabled: true, provider, url })).toEqual([]);
    expect(urlSecrets(url)).toContain(key);
  });
  it.each([
    [{ enabled: true }, 'url: give the ping URL'],
    [
      { provider: 'uptime-kuma', url: 'https://hc-ping.com/5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35' },
      'url: expected https://kuma.example.org/api/push/<token>',
    ],
    [
      { url: 'https://hc.example.org/5f3a8c1e' },
      'url: expected https://hc-ping.com/<uuid> (or your server’s https://host/ping/<uuid>)',
    ],
    [
      { url: 'ftp://hc-ping.com/x' },
      'url: expected https://hc-ping.com/<uuid> (or your server’s https://host/ping/<uuid>)',
    ],
    [{ url: { env: '1BAD' } }, 'url.env: expected an environment variable name'],
    [{ intervalSec: 5 }, 'intervalSec: Too small: expected number to be >=30'],
  ])('%j is refused: %s', (v, message) => {
    expect(errors(heartbeatSchema, v)).toEqual([message]);
  });
  it('takes the URL from an environment variable or a file', () => {
    expect(errors(heartbeatSchema, { enabled: true, url: { env: 'HC_URL' } })).toEqual([]);
    expect(errors(heartbeatSchema, { enabled: true, url: { file: '/run/secrets/hc' } })).toEqual([]);
  });
  it('is masked in a settings read, as the key it holds', () => {
    const url = 'https://hc-ping.com/5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35';
    const parsed = parseSettings({ heartbeat: { enabled: true, url } });
    expect(parsed.ok).toBe(true);
    const { settings, secrets } = maskSecrets(parsed.ok ? parsed.settings : null);
    expect(JSON.stringify(settings)).not.toContain('5f3a8c1e');
    expect((settings as { heartbeat: { url: unknown } }).heartbeat.url).toEqual({ set: true });
    expect(secrets).toContainEqual({ path: 'heartbeat.url', state: 'set' });
  });
});
