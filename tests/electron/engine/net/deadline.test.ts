/**
 * The deadline of a source request (a check's flight owns it) must fire even when the garbage
 * collector runs while the request waits (nodejs/node#57736: a timeout signal inside AbortSignal.any() can be
 * collected and never fire, which hung a check, and with it the monitor, for good).
 */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { afterEach, describe, expect, it } from 'vitest';

import { launchFlight } from '../../../../electron/engine/ip-monitor/flight';
import { deadline, untilAborted, withDeadline } from '../../../../electron/engine/net/deadline';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createDnsSource } from '../../../../electron/engine/sources/dns';
import { createHttpSource } from '../../../../electron/engine/sources/http';
import type { IpSource } from '../../../../electron/engine/sources/types';
import { startDnsServer } from '../../../fakes/dns-server';
import { startHttpEcho } from '../../../fakes/http-echo';
import { until } from '../../../helpers/until';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** Settles with what `p` gave, or with 'still waiting' after `ms` of real time. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still waiting'>((r) => (timer = setTimeout(() => r('still waiting'), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('withDeadline', () => {
  it('fires although a garbage collection runs while the work waits', async () => {
    const work = withDeadline(new AbortController().signal, 100, (signal) => {
      return new Promise<string>((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
      );
    });
    const outcome = work.catch((err: Error) => err.name);
    gc();
    // Let the event loop turn once, so the second collection finds the timer's closure idle.
    await new Promise((r) => setImmediate(r));
    gc();
    expect(await within(outcome, 3000)).toBe('TimeoutError');
  });

  it('passes the caller abort on with its reason, and clears its timer once the work is done', async () => {
    const parent = new AbortController();
    const seen: unknown[] = [];
    const work = withDeadline(parent.signal, 60_000, (signal) => {
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }).catch((err: unknown) => seen.push(err));
    parent.abort('stop');
    await work;
    expect(seen).toEqual(['stop']);
    let inner: AbortSignal | undefined;
    expect(await withDeadline(new AbortController().signal, 50, async (s) => ((inner = s), 'done'))).toBe('done');
    // A deadline of the same length started after it firing proves the first one's moment has passed.
    const control = withDeadline(new AbortController().signal, 50, (s) => {
      return new Promise((_, reject) => s.addEventListener('abort', () => reject(s.reason as Error), { once: true }));
    }).catch((err: Error) => err.name);
    expect(await control).toBe('TimeoutError');
    expect(inner?.aborted).toBe(false);
  });

  it('lets go of the caller once the work settles: done, failed or timed out', async () => {
    const parent = new AbortController();
    await withDeadline(parent.signal, 60_000, async () => 'done');
    await withDeadline(parent.signal, 60_000, () => Promise.reject(new Error('failed'))).catch(() => undefined);
    const timedOut = await withDeadline(parent.signal, 20, (s) => {
      return new Promise((_, reject) => s.addEventListener('abort', () => reject(s.reason as Error), { once: true }));
    }).catch((err: Error) => err.name);
    expect([timedOut, getEventListeners(parent.signal, 'abort')]).toEqual(['TimeoutError', []]);
  });

  it('starts aborted when the caller already is', async () => {
    const parent = new AbortController();
    parent.abort('gone');
    expect(await withDeadline(parent.signal, 60_000, async (s) => s.reason)).toBe('gone');
  });
});

describe('untilAborted', () => {
  it('lets go of the signal once the work settles, and rejects with its reason when it aborts first', async () => {
    const caller = new AbortController();
    expect(await untilAborted(Promise.resolve('done'), caller.signal)).toBe('done');
    await expect(untilAborted(Promise.reject(new Error('failed')), caller.signal)).rejects.toThrow('failed');
    expect(getEventListeners(caller.signal, 'abort')).toEqual([]);
    let finish = (_: string) => {};
    const left = untilAborted(new Promise<string>((r) => (finish = r)), caller.signal);
    caller.abort(new Error('stopped'));
    await expect(left).rejects.toThrow('stopped');
    finish('late');
    expect(getEventListeners(caller.signal, 'abort')).toEqual([]);
  });
});

describe('deadline', () => {
  it("passes a parent's abort to the live deadlines only; a cleared one lets go of the parent", () => {
    const parent = new AbortController();
    const live = Array.from({ length: 3 }, () => deadline(parent.signal, 60_000));
    // One after another, as a check's requests settle: at most four are on the parent at once
    // (more than ten live at once is what Node warns of as a leak, MaxListenersExceededWarning).
    const done = Array.from({ length: 50 }, () => {
      const d = deadline(parent.signal, 60_000);
      d.clear();
      return d;
    });
    // The engine's signal lives as long as it runs: settled requests must not pile up on it.
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(3);
    parent.abort('stopped');
    expect(live.map((d) => d.signal.reason)).toEqual(['stopped', 'stopped', 'stopped']);
    expect(done.some((d) => d.signal.aborted)).toBe(false);
    for (const d of live) d.clear();
    // A deadline under a parent already aborted starts aborted, with the parent's reason.
    expect(deadline(parent.signal, 60_000).signal.reason).toBe('stopped');
  });
});

/** A check's flight to `source`, bounded as the engine bounds it (200 ms), with a GC while it waits: how it settled. */
async function flightWithGc(source: IpSource, arrived: () => boolean) {
  const flight = launchFlight(
    source,
    { family: 4, compare: 'prefix64', signal: new AbortController().signal, timeoutMs: 200 },
    60_000,
  );
  await until(arrived, { what: 'the request to arrive' });
  gc();
  return within(
    flight.done.then(() => flight.settled),
    3000,
  );
}

describe("a check's flight to a source that never answers", () => {
  it('HTTP: times out despite a garbage collection during the request', async () => {
    const echo = await startHttpEcho();
    echo.setFault('timeout');
    const net = { http: createHttpClient({ userAgent: 't' }), udp: createUdpClient() };
    cleanup.push(
      () => echo.close(),
      () => net.http.close(),
      () => net.udp.close(),
    );
    const source = createHttpSource(
      { kind: 'http', id: 'hang', provider: 'hang', url: echo.url, format: 'text', family: 4 },
      { net, timeoutMs: 200, userAgent: 't', now: Date.now },
    );
    const settled = await flightWithGc(source, () => echo.requests === 1);
    expect(settled).toMatchObject({ failure: { code: 'timeout' } });
  });

  it('DNS: times out despite a garbage collection during the exchange', async () => {
    const dns = await startDnsServer();
    dns.setFault('timeout');
    const net = { http: createHttpClient({ userAgent: 't' }), udp: createUdpClient() };
    cleanup.push(
      () => dns.close(),
      () => net.http.close(),
      () => net.udp.close(),
    );
    const source = createDnsSource(
      {
        kind: 'dns',
        id: 'hang',
        provider: 'hang',
        server: dns.server,
        name: 'myip.test',
        type: 'A',
        class: 'IN',
        family: 4,
      },
      { net, timeoutMs: 200, userAgent: 't', now: Date.now },
    );
    const settled = await flightWithGc(source, () => dns.requests >= 1);
    expect(settled).toMatchObject({ failure: { code: 'timeout' } });
  });
});
