/** GoDaddy against its stand-in (tests/fakes/ddns/godaddy.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { godaddyMessage } from '../../../../../electron/engine/ddns/providers/godaddy';
import { translator } from '../../../../../shared/i18n/translators';
import { sayReason } from '../../../../../shared/words/reason';
import { startGoDaddy } from '../../../../fakes/ddns/godaddy';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEYS = { key: 'dLP4WKz5PdkS_GuUDNigHcLQFpw4CWNwAQ5', secret: 'GuUFdVFj8nJ1M79RtdwmkZ' };

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `godaddy-${o.type.toLowerCase()}`,
  provider: 'godaddy',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  apiKey: KEYS.key,
  secret: o.wrongCredentials ? 'wrong-secret' : KEYS.secret,
  ttl: 900,
  apiBase: url,
});

providerContract('GoDaddy', {
  start: () => startGoDaddy(KEYS, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 900,
  isWrite: (r) => r.method === 'PUT',
});

it('GoDaddy: the domain itself is the record "@", sent with the sso-key header', async () => {
  const s = await startGoDaddy(KEYS, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    const put = s.requests.at(-1)!;
    expect(put.url.pathname).toBe(`/v1/domains/${ZONE}/records/A/@`);
    expect(put.headers.authorization).toBe(`sso-key ${KEYS.key}:${KEYS.secret}`);
    expect(JSON.parse(put.body)).toEqual([{ data: '192.0.2.10', ttl: 900 }]);
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('GoDaddy: an account kept out of the API (403 ACCESS_DENIED) stops, in its words, said in German', async () => {
  const s = await startGoDaddy(KEYS, ZONE);
  try {
    s.fault = {
      status: 403,
      body: '{"code":"ACCESS_DENIED","message":"Authenticated user is not allowed access"}',
    };
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('stop');
    if (out.kind !== 'stop') return;
    expect(out.reason).toContain('Authenticated user is not allowed access');
    expect(sayReason(out.code, out.reason, translator('de'))).not.toBe(out.reason);
  } finally {
    await s.close();
  }
});

it('GoDaddy: past 60 requests a minute, its 429 is a retry after the seconds it names, nothing written', async () => {
  const s = await startGoDaddy(KEYS, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(out.kind === 'retry' ? out.afterMs : 0).toBeGreaterThanOrEqual(1000);
    expect(s.requests.at(-1)!.method).toBe('PUT');
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});

it('GoDaddy: reads its words from message, else its code', () => {
  expect(godaddyMessage('{"code":"UNKNOWN_DOMAIN","message":"The given domain is not registered"}')).toBe(
    'The given domain is not registered',
  );
  expect(godaddyMessage('{"code":"INVALID_BODY"}')).toBe('INVALID_BODY');
  expect(godaddyMessage('<html>')).toBeNull();
});
