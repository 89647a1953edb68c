/**
 * What the Knot lab cannot be made to answer, from a loopback stand-in (tests/fakes/dns-update-
 * server.ts): a truncated UDP answer taken again over TCP, and answers whose signature is wrong
 * or missing, which are never believed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../electron/engine/ddns';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { clockWords } from '../../../../electron/engine/ddns/rfc2136';
import { serverTimeOf } from '../../../../electron/engine/ddns/tsig';
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
      { udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 2000 },
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

  it("the TCP retry leaves from the record's interface, as its UDP exchange does", async () => {
    server.fault = 'truncate';
    // Linux answers all of 127.0.0.0/8 on lo: up2's address tells where the exchange came from.
    const interfaces = () => ({ up2: [{ address: '127.0.0.2', family: 'IPv4', internal: false }] });
    const deps = { udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 2000, interfaces };
    const record = {
      id: 'home-up2',
      provider: 'rfc2136',
      server: '127.0.0.1',
      port: server.port,
      zone: 'example.org',
      name: 'home.example.org',
      keyName: KEY,
      secret,
      from: 'up2',
    };
    const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
    if (!built.ok) throw new Error(built.reason);
    const from = server.tcpFrom.length;
    expect(await built.updater.update('198.51.100.8', new AbortController().signal)).toMatchObject({
      kind: 'updated',
    });
    expect(server.tcpFrom.slice(from)).toEqual(['127.0.0.2', '127.0.0.2']);
  });

  it('an answer signed with another key is not believed: retry, saying why', async () => {
    server.fault = 'forged';
    expect(await update()).toEqual({
      kind: 'retry',
      reason: '127.0.0.1:' + server.port + ": the answer's TSIG signature does not verify (NXRRSET)",
      code: expect.objectContaining({ code: 'reason.ddns.notBelieved' }),
    });
  });

  // SERVFAIL used to be retried every 30 s, for ever; now the etiquette's backoff decides (no wait of its own).
  it('SERVFAIL: retry, with no fixed wait of its own', async () => {
    server.fault = 'servfail';
    expect(await update()).toEqual({
      kind: 'retry',
      reason: `127.0.0.1:${server.port} failed to apply the update (SERVFAIL)`,
      code: expect.objectContaining({ code: 'reason.ddns.rcode' }),
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

describe('BADTIME in words: how far off this clock is, from the server time in the answer', () => {
  const NOW = 1_800_000_000_000;
  it.each<[string, number | undefined, string]>([
    ['ahead by 10 minutes', NOW / 1000 - 600, "this machine's clock is 600 s off (ahead of the server's)"],
    ['behind by an hour', NOW / 1000 + 3600, "this machine's clock is 3600 s off (behind the server's)"],
    [
      'within the fudge: the answer held our own time, not the server’s',
      NOW / 1000 - 2,
      "this machine's clock is off from the server's by more than the 300 s it allows",
    ],
    [
      'no time in the answer',
      undefined,
      "this machine's clock is off from the server's by more than the 300 s it allows",
    ],
  ])('%s', (_name, serverTime, words) => {
    expect(clockWords(serverTime, NOW)).toBe(words);
  });

  it("the server's time is the 48-bit Other Data (RFC 8945 5.2.3), else the Time Signed", () => {
    const other = Buffer.alloc(6);
    other.writeUIntBE(1_799_999_400, 0, 6);
    expect(serverTimeOf(1_800_000_000, other)).toBe(1_799_999_400);
    expect(serverTimeOf(1_800_000_000, Buffer.alloc(0))).toBe(1_800_000_000);
  });
});

/**
 * RFC 8945 5.2.3: an answer is believed only when its Time Signed is within the fudge (300 s) of
 * this machine's clock, either way. The stand-in signs at a set time; the updater's clock is set
 * around it, so an answer signed 301 s before or after it is refused and one 300 s either way is
 * believed (an answer signed in the future is as much a replay as one from the past).
 */
describe("TSIG's time window, both ways, through the updater", () => {
  const SIGNED = 1_800_000_000;
  let server: FakeUpdateServer;
  let nowMs = SIGNED * 1000;
  const udp = createUdpClient();
  let updater: DdnsUpdater;

  beforeAll(async () => {
    server = await startUpdateServer(KEY, secret);
    server.signedAt = SIGNED;
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
      { udp, http: ddnsHttp, clock: { now: () => nowMs }, timeoutMs: 2000 },
      { env: {}, readFile: () => '' },
    );
    if (!built.ok) throw new Error(built.reason);
    updater = built.updater;
  });
  afterAll(async () => {
    await udp.close();
    await server.close();
  });

  it.each([
    ['signed 300 s ago', 300],
    ['signed 300 s ahead of this clock', -300],
    ['signed this second', 0],
  ])('believes an answer %s', async (_name, offsetS) => {
    nowMs = (SIGNED + offsetS) * 1000;
    expect(await updater.update('198.51.100.7', new AbortController().signal)).toMatchObject({ kind: 'updated' });
  });

  it.each([
    ['signed 301 s ago', 301],
    ['signed 301 s ahead of this clock (in the future)', -301],
  ])('refuses an answer %s, saying how far off', async (_name, offsetS) => {
    nowMs = (SIGNED + offsetS) * 1000;
    expect(await updater.update('198.51.100.7', new AbortController().signal)).toEqual({
      kind: 'retry',
      reason: expect.stringMatching(
        new RegExp(
          `^127\\.0\\.0\\.1:${server.port}: the answer was signed -?${Math.abs(offsetS)} s away from our clock`,
        ),
      ),
      code: expect.objectContaining({ code: 'reason.ddns.notBelieved' }),
    });
  });
});
