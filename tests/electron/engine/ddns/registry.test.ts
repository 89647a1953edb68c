/**
 * The registry: every provider the settings name is built, a secret given by reference is read
 * from where it lives (and listed for the redactor), and a record that cannot be built gives its
 * reason instead of throwing, so that record alone is switched off.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { buildUpdater, DDNS } from '../../../../electron/engine/ddns';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../electron/engine/net';
import { DDNS_PROVIDERS } from '../../../../shared/settings/ddns';

const udp = createUdpClient();
afterAll(() => udp.close());
const deps = { udp, http: ddnsHttp, clock: { now: () => 0 }, timeoutMs: 1000 };
const SECRET = 'c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0';
const rfc2136 = {
  id: 'home',
  provider: 'rfc2136',
  server: '192.0.2.53',
  zone: 'example.org',
  name: 'home.example.org',
  keyName: 'k.example.org',
};

describe('ddns registry', () => {
  it('has one provider per id the settings name', () => {
    expect(Object.keys(DDNS).sort()).toEqual([...DDNS_PROVIDERS].sort());
    for (const [id, provider] of Object.entries(DDNS)) expect(provider.id).toBe(id);
  });

  it('reads a secret given by reference, and lists it for the redactor', () => {
    const built = buildUpdater({ ...rfc2136, secret: { env: 'TSIG_SECRET' } }, deps, {
      env: { TSIG_SECRET: SECRET },
      readFile: () => '',
    });
    expect(built).toMatchObject({ ok: true, secrets: [SECRET] });
  });

  it("lists a custom update URL's path for the redactor, where its token may be (/u/<token>/)", () => {
    const token = 'Zm9vYmFyYmF6cXV4MTIzNDU2';
    const url = `https://sync.example/u/${token}/?ip={{address}}`;
    const built = buildUpdater({ id: 'c', provider: 'custom', name: 'h.example.org', url }, deps, {
      env: {},
      readFile: () => '',
    });
    expect(built.ok).toBe(true);
    expect(built.secrets).toContain(token);
    expect(built.secrets).not.toContain('sync.example');
  });

  it('a record that cannot be built gives its reason, never a throw', () => {
    const env = { env: {}, readFile: () => '' };
    expect(buildUpdater({ ...rfc2136, secret: { env: 'UNSET' } }, deps, env)).toEqual({
      ok: false,
      reason: 'secret: environment variable UNSET is not set',
      code: { code: 'reason.secret.unresolved', values: { field: 'secret', kind: 'env', name: 'UNSET' } },
      secrets: [],
    });
    expect(buildUpdater({ ...rfc2136, secret: 'not base64!' }, deps, env)).toMatchObject({
      ok: false,
      reason: 'the TSIG secret is not base64',
    });
    expect(buildUpdater({ ...rfc2136, name: 'home.example.net', secret: SECRET }, deps, env)).toMatchObject({
      ok: false,
      reason: 'name: home.example.net is not in the zone example.org',
    });
    expect(buildUpdater({ ...rfc2136, provider: 'nosuchdns' }, deps, env)).toMatchObject({ ok: false });
  });
});
