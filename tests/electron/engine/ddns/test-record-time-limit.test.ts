/**
 * A record's Test that runs past its limit gives up its request as a time limit (issue 62): the
 * egress gate records the request the test's own timer cut as `TimeoutError`, so the Connections
 * page says "time limit passed before an answer" (in the reader's language), not "cancelled".
 * The real test, HTTP client and process gate against a server that accepts and never answers.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { testRecord } from '../../../../electron/engine/ddns/test-record';
import { createUdpClient } from '../../../../electron/engine/net';
import { processGate } from '../../../../electron/engine/net/egress-gate';
import { english, translator } from '../../../../shared/i18n/translators';
import { errorShort } from '../../../../shared/words/error';
import { FakeClock, settle } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const udp = createUdpClient();
let silent: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  port = (silent.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all([new Promise((r) => silent.close(r)), udp.close()]);
});

it("the request a Test's time limit cut is recorded, and said, as a time limit", async () => {
  const clock = new FakeClock();
  const record = {
    id: 'cf',
    provider: 'cloudflare',
    token: 'scoped-token-1234',
    zone: 'example.org',
    name: 'home.example.org',
    apiBase: `http://127.0.0.1:${port}`,
  };
  const pending = testRecord(record, {
    // The provider's own request limit is far: only the Test's limit can end the request.
    updaterDeps: { udp, http: ddnsHttp, clock, timeoutMs: 600_000 },
    secrets: { env: {}, readFile: () => '' },
    clock,
    limitMs: 5000,
    address: (f) => (f === 4 ? '192.0.2.1' : null),
    addSecrets: () => undefined,
  });
  await until(() => sockets.length > 0, { what: 'the request at the silent server' });
  await clock.advance(5000);
  await settle();
  expect(await pending).toMatchObject({ ok: false, reason: { code: 'reason.ddns.testNoAnswer' } });
  const contact = () => processGate.report().contacted.find((c) => c.port === port && c.lastResult === 'failed');
  await until(() => contact() !== undefined, { what: 'the cut request recorded' });
  const lastError = contact()!.lastError!;
  expect(lastError).toBe('TimeoutError');
  expect(errorShort(lastError, english)).toBe('time limit passed before an answer');
  expect(errorShort(lastError, translator('de'))).toBe('Zeitlimit vor einer Antwort abgelaufen');
  expect(errorShort(lastError, translator('id'))).toBe('batas waktu habis sebelum ada jawaban');
});
