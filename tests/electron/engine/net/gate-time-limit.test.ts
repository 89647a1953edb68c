/**
 * A request given up at its time limit is recorded by the egress gate as a time limit
 * (`TimeoutError`), not as a cancel, nor with no error at all: through the real client (the
 * deadline's TimeoutError itself) and through Node's own http.request (an ABORT_ERR whose cause
 * is the deadline's). A request its caller cancels stays `ABORT_ERR`. The Connections page words
 * each code from shared/words/error.ts.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { createClient } from '../../../../electron/engine/net/client';
import { deadline } from '../../../../electron/engine/net/deadline';
import { createEgressGate, passThrough } from '../../../../electron/engine/net/egress-gate';
import { english, translator } from '../../../../shared/i18n/translators';
import { errorShort, errorWords } from '../../../../shared/words/error';

/** A server that reads each request and never answers it. */
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const ask = () => ({ host: '127.0.0.1', port, protocol: 'tcp' as const });

it('the client’s request past its deadline is recorded as a time limit', async () => {
  const gate = createEgressGate();
  const client = createClient({ gate });
  const limit = deadline(new AbortController().signal, 50);
  await expect(
    client.request({ url: `http://127.0.0.1:${port}/`, signal: limit.signal, maxBytes: 64 }),
  ).rejects.toThrow();
  client.close();
  expect(gate.report().contacted[0]).toMatchObject({ lastResult: 'failed', lastError: 'TimeoutError' });
});

it('Node’s http.request past its deadline (an ABORT_ERR caused by it) is recorded as a time limit too', async () => {
  const gate = createEgressGate();
  const limit = deadline(new AbortController().signal, 50);
  const asked = passThrough(
    gate,
    ask(),
    () =>
      new Promise((resolve, reject) => {
        request(`http://127.0.0.1:${port}/`, { agent: false, signal: limit.signal }, resolve).on('error', reject).end();
      }),
  );
  await expect(asked).rejects.toMatchObject({ code: 'ABORT_ERR' });
  expect(gate.report().contacted[0]).toMatchObject({ lastResult: 'failed', lastError: 'TimeoutError' });
});

it('a request its caller cancels stays a cancel', async () => {
  const gate = createEgressGate();
  const client = createClient({ gate });
  const caller = new AbortController();
  const asked = client.request({ url: `http://127.0.0.1:${port}/`, signal: caller.signal, maxBytes: 64 });
  server.once('request', () => caller.abort());
  await expect(asked).rejects.toThrow();
  client.close();
  expect(gate.report().contacted[0]).toMatchObject({ lastResult: 'failed', lastError: 'ABORT_ERR' });
});

it('a time limit is worded as one, in three languages; a cancel as before', () => {
  expect(errorShort('TimeoutError', english)).toBe('time limit passed before an answer');
  expect(errorShort('TimeoutError', translator('de'))).toBe('Zeitlimit vor einer Antwort abgelaufen');
  expect(errorShort('TimeoutError', translator('id'))).toBe('batas waktu habis sebelum ada jawaban');
  expect(errorWords('TimeoutError', english).words).toBe('The request’s time limit passed before an answer came.');
  expect(errorWords('TimeoutError', translator('de')).words).toBe(
    'Das Zeitlimit der Anfrage ist abgelaufen, bevor eine Antwort kam.',
  );
  expect(errorShort('ABORT_ERR', english)).toBe('cancelled before an answer came');
});
