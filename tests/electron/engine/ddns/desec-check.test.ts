/**
 * deSEC's record read without an update (desec-rest.ts), against the stand-in's REST API
 * (tests/fakes/desec.ts) over real HTTP on loopback, and the Settings page's Test through it:
 * what the record holds, no record, a refused token, a token that may not read, throttling.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../electron/engine/ddns';
import { compareRecords, READ_REFUSED, subnameOf } from '../../../../electron/engine/ddns/desec-rest';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { CANNOT_READ, testRecord } from '../../../../electron/engine/ddns/test-record';
import { createUdpClient } from '../../../../electron/engine/net';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type DesecStandIn, startDesec } from '../../../fakes/desec';
import { FakeClock } from '../../../helpers/fake-clock';

const udp = createUdpClient();
const signal = new AbortController().signal;
const TOKEN = 'desec-token-1234';
let de: DesecStandIn;

beforeAll(async () => {
  // myhome.dedyn.io is its own domain (the apex); home.example.org is a name inside example.org.
  de = await startDesec(TOKEN, ['myhome.dedyn.io', 'home.example.org'], ['myhome.dedyn.io', 'example.org']);
});
afterAll(async () => {
  await Promise.all([de.close(), udp.close()]);
});
beforeEach(() => {
  de.fault = null;
  de.rest.fault = null;
  de.hosts.set('myhome.dedyn.io', { A: '198.51.100.7', AAAA: '' });
  de.hosts.set('home.example.org', { A: '192.0.2.1,192.0.2.2', AAAA: '2001:db8::7' });
});

const deps = () => ({ udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 2000 });
const record = (over: Record<string, unknown> = {}) => ({
  id: 'de',
  provider: 'desec',
  token: TOKEN,
  hostname: 'myhome.dedyn.io',
  apiBase: de.url,
  restBase: de.rest.url,
  ...over,
});
function build(over: Record<string, unknown> = {}): DdnsUpdater {
  const built = buildUpdater(record(over), deps(), { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
}
const check = (address: string, over: Record<string, unknown> = {}) => build(over).check!(address, signal);
const restPaths = () => de.rest.requests.map((r) => `${r.url.pathname}${r.url.search}`);

describe('the pure parts', () => {
  it.each([
    ['myhome.dedyn.io', 'myhome.dedyn.io', '@'],
    ['home.example.org', 'example.org', 'home'],
    ['a.b.example.org', 'example.org', 'a.b'],
    ['home.example.org', 'other.org', null],
    ['xexample.org', 'example.org', null],
  ])('subnameOf(%s, %s) = %s', (host, domain, want) => {
    expect(subnameOf(host, domain)).toBe(want);
  });

  it.each([
    [['192.0.2.1'], '192.0.2.1', { kind: 'unchanged', detail: 'L already holds 192.0.2.1' }],
    [['2001:DB8:0::7'], '2001:db8::7', { kind: 'unchanged', detail: 'L already holds 2001:db8::7' }],
    [
      ['192.0.2.9'],
      '192.0.2.1',
      {
        kind: 'differs',
        detail: 'L holds 192.0.2.9',
        holds: '192.0.2.9',
        code: expect.objectContaining({ code: 'reason.ddns.holds' }),
      },
    ],
    [
      ['192.0.2.1', '192.0.2.2'],
      '192.0.2.1',
      {
        kind: 'differs',
        detail: 'L holds 192.0.2.1, 192.0.2.2',
        code: expect.objectContaining({ code: 'reason.ddns.holds' }),
      },
    ],
    [
      [],
      '192.0.2.1',
      {
        kind: 'differs',
        detail: 'L holds no record',
        code: expect.objectContaining({ code: 'reason.ddns.holdsNone' }),
      },
    ],
    [
      null,
      '192.0.2.1',
      {
        kind: 'differs',
        detail: 'L holds no record',
        code: expect.objectContaining({ code: 'reason.ddns.holdsNone' }),
      },
    ],
  ])('compareRecords(%j, %s)', (records, address, want) => {
    expect(compareRecords(records, address, 'L')).toEqual(want);
  });
});

describe('deSEC check', () => {
  it('the apex: holds the address, read as @, nothing sent to the update API', async () => {
    const before = de.requests.length;
    expect(await check('198.51.100.7')).toEqual({
      kind: 'unchanged',
      detail: 'deSEC myhome.dedyn.io A already holds 198.51.100.7',
    });
    expect(restPaths().slice(-2)).toEqual([
      '/api/v1/domains/?owns_qname=myhome.dedyn.io',
      '/api/v1/domains/myhome.dedyn.io/rrsets/@/A/',
    ]);
    expect(de.rest.requests.at(-1)!.headers.authorization).toBe(`Token ${TOKEN}`);
    expect(de.requests).toHaveLength(before);
  });

  it('says what a record that differs holds; a name inside a domain is read by its subname', async () => {
    expect(await check('198.51.100.8')).toEqual({
      kind: 'differs',
      detail: 'deSEC myhome.dedyn.io A holds 198.51.100.7',
      holds: '198.51.100.7',
      code: expect.objectContaining({ code: 'reason.ddns.holds' }),
    });
    expect(await check('192.0.2.1', { hostname: 'home.example.org' })).toEqual({
      kind: 'differs',
      detail: 'deSEC home.example.org A holds 192.0.2.1, 192.0.2.2',
      code: expect.objectContaining({ code: 'reason.ddns.holds' }),
    });
    expect(restPaths().at(-1)).toBe('/api/v1/domains/example.org/rrsets/home/A/');
    expect(await check('2001:db8::7', { hostname: 'home.example.org', type: 'AAAA' })).toMatchObject({
      kind: 'unchanged',
    });
  });

  it('no such RRset (404) differs: the record holds nothing', async () => {
    expect(await check('2001:db8::9', { type: 'AAAA' })).toEqual({
      kind: 'differs',
      detail: 'deSEC myhome.dedyn.io AAAA holds no record',
      code: expect.objectContaining({ code: 'reason.ddns.holdsNone' }),
    });
  });

  it('a name no domain of the account holds stops, in words', async () => {
    expect(await check('192.0.2.1', { hostname: 'other.example.net' })).toEqual({
      kind: 'stop',
      reason: "deSEC other.example.net A: no domain of this token's account holds other.example.net",
      code: expect.objectContaining({ code: 'reason.ddns.desec' }),
    });
  });

  it("a refused token (401) stops with deSEC's words", async () => {
    expect(await check('198.51.100.7', { token: 'wrong-token' })).toEqual({
      kind: 'stop',
      // deSEC's own words, never its raw body.
      reason: 'deSEC myhome.dedyn.io A refused the credentials: Invalid token. (HTTP 401 Unauthorized)',
      code: {
        code: 'reason.ddns.httpSaid',
        values: {
          label: 'deSEC myhome.dedyn.io A',
          meaning: 'credentials',
          said: 'Invalid token.',
          statusName: 'HTTP 401 Unauthorized',
        },
      },
    });
  });

  it('a token that may update but not read (403): says so, and that updates are not affected', async () => {
    de.rest.fault = { status: 403, body: '{"detail":"Multi-factor authentication required."}' };
    expect(await check('198.51.100.7')).toEqual({
      kind: 'stop',
      // Updates go on as before: the record is not switched off (record-keeper.ts).
      readOnly: true,
      reason: `deSEC myhome.dedyn.io A: ${READ_REFUSED} (deSEC said: Multi-factor authentication required.)`,
      code: expect.objectContaining({ code: 'reason.ddns.desecReadRefusedSaid' }),
    });
    de.rest.fault = null;
    expect(await build().update('198.51.100.9', signal)).toMatchObject({ kind: 'updated' });
  });

  it('throttled (429) waits as Retry-After says; 5xx and no answer retry', async () => {
    de.rest.fault = { status: 429, body: '{"detail":"Request was throttled."}', retryAfter: '7' };
    expect(await check('198.51.100.7')).toMatchObject({ kind: 'retry', afterMs: 7000 });
    de.rest.fault = { status: 503 };
    expect(await check('198.51.100.7')).toMatchObject({ kind: 'retry' });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await check('198.51.100.7', { restBase: `http://127.0.0.1:${port}/api/v1` })).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('no answer'),
    });
  });

  it('a REST address that is not deSEC (404 on the domains) stops with a hint', async () => {
    expect(await check('198.51.100.7', { restBase: de.rest.url.replace('/api/v1', '/v9') })).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('is the REST API address right?'),
    });
  });

  it('an address of the other family is refused before anything is sent', async () => {
    const before = de.rest.requests.length;
    expect(await check('2001:db8::7')).toMatchObject({ kind: 'stop' });
    expect(de.rest.requests).toHaveLength(before);
  });
});

describe("deSEC in the Settings page's Test", () => {
  const testDeps = (v4: string) => ({
    updaterDeps: deps(),
    secrets: { env: {}, readFile: () => '' },
    clock: new FakeClock(),
    limitMs: 5000,
    address: (f: 4 | 6) => (f === 4 ? v4 : null),
    addSecrets: () => undefined,
  });

  it('reads the record instead of saying it cannot', async () => {
    const holds = await testRecord(record(), testDeps('198.51.100.7'));
    expect(holds).toMatchObject({
      ok: true,
      holds: true,
      detail: 'deSEC myhome.dedyn.io A already holds 198.51.100.7',
    });
    const differs = await testRecord(record(), testDeps('198.51.100.8'));
    expect(differs).toMatchObject({ ok: true, holds: false });
    expect([holds, differs].map((r) => ('detail' in r ? r.detail : ''))).not.toContain(CANNOT_READ);
  });

  it('a token that may not read is an error that says updates go on', async () => {
    de.rest.fault = { status: 403, body: '{"detail":"Multi-factor authentication required."}' };
    expect(await testRecord(record(), testDeps('198.51.100.7'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('updates are sent as before'),
    });
  });

  it('an old record without restBase reads desec.io', () => {
    const { restBase: _, ...old } = record();
    expect(ddnsRecordSchema.parse(old)).toMatchObject({ restBase: 'https://desec.io/api/v1' });
  });
});
