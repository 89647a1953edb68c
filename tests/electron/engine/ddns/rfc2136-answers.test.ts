/**
 * What the Knot lab cannot be made to answer, from a loopback stand-in (tests/fakes/dns-update-
 * server.ts): a truncated UDP answer taken again over TCP, and answers whose signature is wrong
 * or missing, which are never believed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../electron/engine/ddns';
import { undiciHttp } from '../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../electron/engine/net';
import { type FakeUpdateServer, startUpdateServer } from '../../../fakes/dns-update-server';
import { seededBytes, seededRandom, testSeed } from '../../../helpers/random';

const random = seededRandom(testSeed('ddns rfc2136 answers'));
const secret = seededBytes(random, 32).toString('base64');
const KEY = 'ipwatch.example.org';

describe('RFC 2136 answers from a stand-in server', () => {
  let server: FakeUpdateServer;
  let updater: DdnsUpdater;
  const udp = createUdpClient();
  const update = () => updater.update('198.51.100.7', new AbortController().signal);

  beforeAll(async () => {
    server = await startUpdateServer(KEY, secret);
    const record = {
      id: 'home',
      provider: 'rfc2136',
      server: '127.0.0.1',
      port: server.port,
      zone: 'example.org',
      name: 'home.example.org',
      keyName: KEY,
      secret,
    };
    const built = buildUpdater(
      record,
      { udp, http: undiciHttp, clock: { now: () => Date.now() }, timeoutMs: 2000 },
      { env: {}, readFile: () => '' },
    );
    if (!built.ok) throw new Error(built.reason);
    updater = built.updater;
  });
  afterAll(async () => {
    await udp.close();
    await server.close();
  });

  it('a signed answer is believed: the check (NXRRSET), then the update (NOERROR)', async () => {
    server.fault = 'none';
    expect(await update()).toEqual({ kind: 'updated', detail: 'home.example.org A 198.51.100.7 (TTL 60)' });
  });

  it('a truncated UDP answer is asked again over TCP', async () => {
    server.fault = 'truncate';
    const before = { ...server.seen };
    expect(await update()).toMatchObject({ kind: 'updated' });
    expect(server.seen.udp - before.udp).toBe(2);
    expect(server.seen.tcp - before.tcp).toBe(2);
  });

  it('an answer signed with another key is not believed: retry, saying why', async () => {
    server.fault = 'forged';
    expect(await update()).toEqual({
      kind: 'retry',
      reason: '127.0.0.1:' + server.port + ": the answer's TSIG signature does not verify (NXRRSET)",
    });
  });

  it('an unsigned NOERROR is not believed: retry', async () => {
    server.fault = 'unsigned';
    expect(await update()).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('the answer is not signed'),
    });
  });
});
