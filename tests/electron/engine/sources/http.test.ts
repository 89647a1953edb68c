import { afterEach, describe, expect, it } from 'vitest';

import { deadline } from '../../../../electron/engine/net/deadline';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createHttpSource, type HttpSourceSpec } from '../../../../electron/engine/sources/http';
import type { SourceDeps } from '../../../../electron/engine/sources/types';
import { validateAnswer } from '../../../../shared/ip';
import type { Family } from '../../../../shared/types';
import { ECHO_DEFAULT_V4, ECHO_DEFAULT_V6, startHttpEcho, type HttpEcho } from '../../../fakes/http-echo';
import { FakeClock } from '../../../helpers/fake-clock';
import { failure, faultDeadline, within } from '../../../helpers/source-error';
import { until } from '../../../helpers/until';

const UA = 'IPWatch-test/1.0 (+https://example.invalid)';
/** The sources read an HTTP-date Retry-After against the engine's clock, not the wall clock. */
const clock = new FakeClock(Date.parse('2026-01-01T00:00:00Z'));

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

function deps(): SourceDeps {
  const net = { http: createHttpClient({ userAgent: 'client-default' }), udp: createUdpClient() };
  cleanup.push(
    () => net.http.close(),
    () => net.udp.close(),
  );
  return { net, timeoutMs: 2000, userAgent: UA, now: () => clock.now() };
}

async function echo(host?: string): Promise<HttpEcho> {
  const e = await startHttpEcho(host ? { host } : {});
  cleanup.push(() => e.close());
  return e;
}

const spec = (
  url: string,
  format: HttpSourceSpec['format'] = 'text',
  family: Family = 4,
  field?: string,
): HttpSourceSpec => ({
  kind: 'http',
  id: 'fake-http',
  provider: 'fake',
  family,
  url,
  format,
  ...(field ? { field } : {}),
});

const live = () => new AbortController().signal;

describe('http source: answers', () => {
  it.each<[HttpSourceSpec['format'], string]>([
    ['text', '/'],
    ['json', '/json'],
    ['kv', '/cdn-cgi/trace'],
  ])('%s format from %s', async (format, path) => {
    const e = await echo();
    const source = createHttpSource(spec(`${e.url}${path}`, format), deps());
    expect(await source.query(live())).toBe(ECHO_DEFAULT_V4);
    expect(e.lastPath).toBe(path);
  });

  it('answers IPv6 over ::1 with the family-6 answer', async () => {
    const e = await echo('::1');
    const source = createHttpSource(spec(`${e.url}/json`, 'json', 6), deps());
    expect(await source.query(live())).toBe(ECHO_DEFAULT_V6);
  });

  it('follows an answer changed while running', async () => {
    const e = await echo();
    const source = createHttpSource(spec(`${e.url}/`), deps());
    e.setIp('81.2.69.200');
    expect(await source.query(live())).toBe('81.2.69.200');
  });

  it('sends its User-Agent', async () => {
    const e = await echo();
    await createHttpSource(spec(`${e.url}/`), deps()).query(live());
    expect(e.lastUserAgent).toBe(UA);
  });

  it('describes itself: kind, family, cost by scheme', () => {
    const d = deps();
    const plain = createHttpSource(spec('http://127.0.0.1:1/'), d);
    const tls = createHttpSource(spec('https://127.0.0.1:1/'), d);
    expect(plain).toMatchObject({ id: 'fake-http', provider: 'fake', kind: 'http', family: 4, cost: 2 });
    expect(tls.cost).toBe(3);
  });
});

describe('http source: faults', () => {
  it.each([
    ['status500', 'http-status'],
    ['forbidden', 'rate-limited'],
    ['rate-limit', 'rate-limited'],
    ['timeout', 'timeout'],
  ] as const)('%s -> %s', async (fault, code) => {
    const e = await echo();
    e.setFault(fault);
    const err = await failure(createHttpSource(spec(`${e.url}/`), deps()).query(faultDeadline(fault)));
    expect(err.code).toBe(code);
  });

  it('a 404 is an http-status failure', async () => {
    const e = await echo();
    const err = await failure(createHttpSource(spec(`${e.url}/nope`), deps()).query(live()));
    expect(err).toMatchObject({ code: 'http-status', message: 'HTTP 404' });
  });

  it('reads Retry-After in seconds', async () => {
    const e = await echo();
    e.setFault('rate-limit', { retryAfter: '7' });
    const err = await failure(createHttpSource(spec(`${e.url}/`), deps()).query(live()));
    expect(err.retryAfterMs).toBe(7000);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const e = await echo();
    e.setFault('rate-limit', { retryAfter: new Date(clock.now() + 120_000).toUTCString() });
    const err = await failure(createHttpSource(spec(`${e.url}/`), deps()).query(live()));
    expect(err.retryAfterMs).toBe(120_000);
  });

  it('a 403 without Retry-After has no retry hint', async () => {
    const e = await echo();
    e.setFault('forbidden');
    const err = await failure(createHttpSource(spec(`${e.url}/`), deps()).query(live()));
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('honours the timeout on a slow service, and answers when it is fast enough', async () => {
    const e = await echo();
    e.setFault('slow', { delayMs: 1500 });
    const err = await failure(createHttpSource(spec(`${e.url}/`), deps()).query(within(300)));
    expect(err.code).toBe('timeout');
    e.setFault('slow', { delayMs: 20 });
    expect(await createHttpSource(spec(`${e.url}/`), deps()).query(within(10_000))).toBe(ECHO_DEFAULT_V4);
  });

  it("honours the caller's signal", async () => {
    const e = await echo();
    e.setFault('timeout');
    const caller = new AbortController();
    const pending = failure(createHttpSource(spec(`${e.url}/`), deps()).query(deadline(caller.signal, 10_000).signal));
    await until(() => e.requests > 0, { what: 'the request at the server' });
    caller.abort();
    expect((await pending).code).toBe('timeout');
  });

  it('a JSON reply without the field is a parse failure', async () => {
    const e = await echo();
    const err = await failure(createHttpSource(spec(`${e.url}/json`, 'json', 4, 'address'), deps()).query(live()));
    expect(err.code).toBe('parse');
  });

  it('a challenge page as JSON is a parse failure', async () => {
    const e = await echo();
    e.setFault('html');
    const err = await failure(createHttpSource(spec(`${e.url}/json`, 'json'), deps()).query(live()));
    expect(err.code).toBe('parse');
  });

  // The source only cuts the answer out; these reach the validator, which rejects them.
  it.each([
    ['html', 'html'],
    ['private', 'private'],
    ['wrong-family', 'wrong-family'],
  ] as const)('%s is returned raw and rejected by validateAnswer (%s)', async (fault, reason) => {
    const e = await echo();
    e.setFault(fault);
    const raw = await createHttpSource(spec(`${e.url}/`), deps()).query(live());
    expect(validateAnswer(raw, 4)).toMatchObject({ ok: false, reason });
  });

  it('alternate switches answers between requests', async () => {
    const e = await echo();
    e.setFault('alternate', { alternate: { ip4: '81.2.69.99' } });
    const source = createHttpSource(spec(`${e.url}/`), deps());
    const answers = [await source.query(live()), await source.query(live()), await source.query(live())];
    expect(answers).toEqual([ECHO_DEFAULT_V4, '81.2.69.99', ECHO_DEFAULT_V4]);
    expect(e.requests).toBe(3);
  });
});
