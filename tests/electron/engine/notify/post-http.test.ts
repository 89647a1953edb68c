/** postHttp against the local notification fake: how an answer becomes a SendResult. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { postHttp } from '../../../../electron/engine/notify/http';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';

let fake: NotifyFake;
beforeAll(async () => {
  fake = await startNotifyFake();
});
afterAll(() => fake.close());

const now = Date.parse('2026-01-01T00:00:00Z');
const post = () => postHttp({ url: `${fake.url}/hook`, body: '{}', signal: AbortSignal.timeout(2000), now });

describe('postHttp', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['delay-seconds', '30', 30_000],
    ['an HTTP date against the given now', 'Thu, 01 Jan 2026 00:01:00 GMT', 60_000],
    // The channels once read "-5" as a date in 2001, i.e. "retry at once", and hammered the server.
    ['a negative number is no hint', '-5', undefined],
    ['garbage is no hint', 'soon', undefined],
  ])('429 with Retry-After %s', async (_name, retryAfter, expected) => {
    fake.setFault({ mode: 'status', status: 429, ...(retryAfter === undefined ? {} : { retryAfter }) });
    const r = await post();
    expect(r).toMatchObject({ ok: false, kind: 'transient', error: expect.stringMatching(/^HTTP 429/) as string });
    expect(r.ok === false && r.kind === 'transient' && r.retryAfterMs).toBe(expected);
  });

  it('2xx is delivered', async () => {
    fake.setFault({ mode: 'ok' });
    expect(await post()).toEqual({ ok: true });
  });

  it.each<[number, string]>([
    [408, 'transient'],
    [500, 'transient'],
    [503, 'transient'],
    [400, 'rejected'],
    [413, 'rejected'],
    [422, 'rejected'],
    [401, 'misconfigured'],
    [403, 'misconfigured'],
    [404, 'misconfigured'],
    [410, 'misconfigured'],
    [405, 'misconfigured'],
  ])('HTTP %d is %s', async (status, kind) => {
    fake.setFault({ mode: 'status', status, body: `{"error":"nope ${status}"}` });
    const r = await post();
    expect(r).toMatchObject({ ok: false, kind });
    expect(r.ok === false && r.error).toContain(`HTTP ${status}: {"error":"nope ${status}"}`);
  });

  it('a misconfigured answer says what to fix', async () => {
    fake.setFault({ mode: 'status', status: 404 });
    expect(await post()).toMatchObject({ error: expect.stringContaining('deleted or mistyped') as string });
  });

  it('an answer past 64 KB is read no further: its status decides, even when its body never ends', async () => {
    // 200 KB and then nothing, the response held open: a reader without a bound would wait for its end.
    const endless = createServer((_req, res) => {
      res.writeHead(503);
      res.write(`busy ${'x'.repeat(200 * 1024)}`);
    });
    await new Promise<void>((r) => endless.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/hook`;
      const r = await postHttp({ url, body: '{}', signal: AbortSignal.timeout(5000), now });
      expect(r).toMatchObject({
        ok: false,
        kind: 'transient',
        error: expect.stringMatching(/^HTTP 503: busy x+\.\.\.$/) as string,
      });
    } finally {
      endless.closeAllConnections();
      await new Promise((r) => endless.close(r));
    }
  });
});
