/**
 * The speed tester against a local stand-in of speed.cloudflare.com (tests/fakes/cloudflare-speed.ts)
 * over real sockets, keeping its tests in the real history store (in memory): the figures within
 * a tolerance of the stand-in's rates, the server's refusals, the bounds, one test at a time, the
 * schedule on the fake clock, and the metered connection skipped.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { SpeedTester, type ReadMetered } from '../../../../electron/engine/speed';
import { measureSpeed } from '../../../../electron/engine/speed/run';
import { STARTUP_DELAY_MS } from '../../../../electron/engine/speed/schedule';
import { createTransfers } from '../../../../electron/engine/speed/transfer';
import { openHistoryStore, type HistoryStore } from '../../../../electron/engine/store';
import { speedTestSchema, type SpeedTestSettings } from '../../../../shared/settings/speed';
import { type SpeedStandInOptions, startSpeedStandIn } from '../../../fakes/cloudflare-speed';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const MB = 1e6;
const unmetered: ReadMetered = async () => ({ state: 'unmetered', detail: 'test: not metered' });

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((o) => o.close()));
  open = [];
});

async function harness(fake: SpeedStandInOptions, over: Partial<SpeedTestSettings> = {}, readMetered = unmetered) {
  const server = await startSpeedStandIn(fake);
  const clock = new FakeClock();
  const logs: LogRecord[] = [];
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  const store: HistoryStore = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  const settings = { ...speedTestSchema.parse({ enabled: true, server: server.url, maxMegabytes: 20 }), ...over };
  const tester = new SpeedTester({
    clock,
    logger,
    settings,
    userAgent: 'IPWatch/test',
    record: (t) => store.recordSpeedTest(t),
    last: null,
    readMetered,
  });
  open.push({ close: () => tester.close() }, { close: () => server.close() }, { close: () => store.close() });
  return { server, clock, store, tester, logs };
}

const FAST = { downBytesPerSec: 10 * MB, upBytesPerSec: 5 * MB, latencyMs: () => 2 };

describe('SpeedTester, measuring', () => {
  it('measures download and upload within a tolerance of the rates served, and keeps the test', async () => {
    const { tester, store, server } = await harness({ downBytesPerSec: 4 * MB, upBytesPerSec: 2 * MB });
    const answer = await tester.run('manual');
    expect(answer.ran).toBe(true);
    if (!answer.ran) return;
    const t = answer.test;
    expect(t.error).toBeNull();
    // 4 MB/s is 32 Mbps, 2 MB/s 16 Mbps (and 0.5 % for the headers): the stand-in paces its bytes on
    // performance.now() (its sleepUntil: Node's timers alone fire up to 2 ms early), so nothing is
    // faster; a busy machine's late timers only slow a transfer, hence the wide lower bound.
    expect(t.downloadMbps).toBeGreaterThan(32 * 0.6);
    expect(t.downloadMbps).toBeLessThan(32 * 1.01);
    expect(t.uploadMbps).toBeGreaterThan(16 * 0.6);
    expect(t.uploadMbps).toBeLessThan(16 * 1.01);
    // The budget of 20 MB leaves out the 10 MB steps: 15.8 MB moved, and the test says why it stopped.
    expect(t.bytes).toBe(15.8 * MB);
    expect(t.cut).toBe('bytes');
    expect(server.requests.filter((r) => r.path === '/__up').reduce((n, r) => n + r.bytes, 0)).toBe(6.8 * MB);
    expect(server.requests.every((r) => r.referer === `${server.url}/`)).toBe(true);
    expect(store.speedTests()).toEqual([t]);
    expect(tester.status().last).toEqual(t);
    expect(t.server).toBe(new URL(server.url).host);
  }, 40_000); // about 6 s of paced transfers; a busy machine stretches them

  it('measures latency as the median round trip and jitter as the mean change between them', async () => {
    // Requests 0 (the connection's first, left out) then 20 probes alternating 20 and 40 ms.
    const server = await startSpeedStandIn({ ...FAST, latencyMs: (n) => (n % 2 ? 20 : 40), serverMs: 3 });
    open.push(server);
    const transfers = await createTransfers({ server: server.url, family: 4, userAgent: 'IPWatch/test' });
    open.push(transfers);
    const figures = await measureSpeed(transfers, {
      maxBytes: MB,
      maxMs: 20_000,
      signal: new AbortController().signal,
      monotonic: () => performance.now(),
      steps: [
        { kind: 'latency', count: 1 },
        { kind: 'latency', count: 20 },
      ],
    });
    expect(server.requests).toHaveLength(21);
    // Against what the server truly held each probe (a loaded machine's timers fire late, and
    // the figures must follow the round trips that happened, not the ones asked for).
    const held = server.requests.slice(1).map((r) => r.heldMs! - 3);
    const sorted = [...held].sort((a, b) => a - b);
    const median = (sorted[9]! + sorted[10]!) / 2;
    const jitter = held.slice(1).reduce((sum, h, i) => sum + Math.abs(h - held[i]!), 0) / (held.length - 1);
    console.log(
      `held ${held.map((h) => h.toFixed(1)).join(' ')}: median ${median.toFixed(1)}, jitter ${jitter.toFixed(1)}`,
    );
    expect(median).toBeGreaterThanOrEqual(20);
    expect(figures.latencyMs! - median).toBeGreaterThanOrEqual(-1);
    expect(figures.latencyMs! - median).toBeLessThan(6);
    expect(Math.abs(figures.jitterMs! - jitter)).toBeLessThan(6);
    expect(figures.downloadMbps).toBeNull();
  });

  it('stops at its time bound with what it measured so far', async () => {
    const { tester } = await harness({ downBytesPerSec: 0.5 * MB, upBytesPerSec: 0.5 * MB }, { maxSeconds: 1 });
    const answer = await tester.run('manual');
    if (!answer.ran) throw new Error(answer.why);
    expect(answer.test.cut).toBe('time');
    expect(answer.test.error).toBeNull();
    expect(answer.test.durationMs).toBeLessThan(5000);
    expect(answer.test.downloadMbps).not.toBeNull();
    expect(answer.test.downloadMbps!).toBeLessThan(4 * 1.05);
  });

  it('runs one test at a time: a second ask joins the one under way', async () => {
    const { tester, server, store } = await harness(FAST);
    const [a, b] = await Promise.all([tester.run('manual'), tester.run('manual')]);
    expect(b).toBe(a);
    expect(server.requests.filter((r) => r.path === '/__down' && r.bytes === 0)).toHaveLength(21);
    expect(store.speedTests()).toHaveLength(1);
  });
});

describe("SpeedTester, the server's refusals", () => {
  it.each([
    [429, 'asks to wait before the next test (HTTP 429)'],
    [403, 'refused the request (HTTP 403)'],
    [503, 'answered HTTP 503'],
  ])('HTTP %d ends the test with the reason, kept in the history', async (status, words) => {
    const { tester, server, store, logs } = await harness(FAST);
    server.refuse = status;
    const answer = await tester.run('manual');
    if (!answer.ran) throw new Error(answer.why);
    expect(answer.test.error).toContain(words);
    expect(answer.test.downloadMbps).toBeNull();
    expect(store.speedTests()[0]!.error).toBe(answer.test.error);
    expect(logs.some((l) => l.level === 'warn' && l.message === 'speed test failed')).toBe(true);
  });

  it('refuses 1e8 bytes without a Referer, as the real one does, and the client sends one', async () => {
    const server = await startSpeedStandIn(FAST);
    open.push(server);
    const bare = await fetch(`${server.url}/__down?bytes=100000000`);
    expect(bare.status).toBe(403);
    await bare.body?.cancel();
    expect(server.requests[0]!.referer).toBeNull();
  });

  it('a short answer is an error, not a faster line', async () => {
    const { tester, server } = await harness(FAST);
    server.short = 0.5;
    const answer = await tester.run('manual');
    if (!answer.ran) throw new Error(answer.why);
    expect(answer.test.error).toContain('sent 50000 of the 100000 bytes');
  });

  it('a server without an address of the family asked says so', async () => {
    const { tester, server } = await harness(FAST, { family: 'ipv6' });
    const answer = await tester.run('manual');
    if (!answer.ran) throw new Error(answer.why);
    expect(answer.test.error).toContain('has no IPv6 address');
    expect(server.requests).toHaveLength(0);
  });
});

describe('SpeedTester, when it runs', () => {
  it('answers why when the history cannot keep a test (a read-only store), and stays usable', async () => {
    const server = await startSpeedStandIn(FAST);
    const clock = new FakeClock();
    const logs: LogRecord[] = [];
    const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
    const tester = new SpeedTester({
      clock,
      logger,
      settings: speedTestSchema.parse({ enabled: true, server: server.url, maxMegabytes: 1 }),
      userAgent: 'IPWatch/test',
      record: () => {
        throw new Error('the history was opened read-only');
      },
      last: null,
      readMetered: unmetered,
    });
    open.push({ close: () => tester.close() }, { close: () => server.close() });
    const answer = await tester.run('manual');
    expect(answer).toEqual({
      ran: false,
      why: expect.stringContaining('could not be kept in the history'),
      reason: { code: 'reason.speed.notKept', values: { said: expect.stringContaining('read-only') } },
    });
    expect(logs.some((l) => l.level === 'error' && l.message === 'speed test not kept')).toBe(true);
    expect(tester.status().runningSince).toBeNull();
  });

  it('keeps nothing of a test cut short by closing', async () => {
    const { tester, server, store } = await harness({ downBytesPerSec: 0.2 * MB, upBytesPerSec: 0.2 * MB });
    const running = tester.run('manual');
    await until(() => server.requests.length > 3, { what: 'the test under way' });
    await tester.close();
    expect(await running).toEqual({
      ran: false,
      why: 'IPWatch is stopping',
      reason: { code: 'reason.speed.stopping', values: {} },
    });
    expect(store.speedTests()).toHaveLength(0);
  });

  it('runs nothing while switched off', async () => {
    const { tester, server } = await harness(FAST, { enabled: false });
    expect(await tester.run('manual')).toEqual({
      ran: false,
      why: expect.stringContaining('off'),
      reason: { code: 'reason.speed.off', values: {} },
    });
    expect(server.requests).toHaveLength(0);
  });

  it('skips a metered connection the OS tells of, and says so', async () => {
    const metered: ReadMetered = async () => ({ state: 'metered', detail: 'NetworkManager (wwan0): metered' });
    const { tester, server, store } = await harness(FAST, {}, metered);
    const answer = await tester.run('manual');
    expect(answer).toEqual({
      ran: false,
      why: expect.stringContaining('metered (NetworkManager (wwan0): metered)'),
      reason: {
        code: 'reason.speed.metered',
        values: {},
        inner: { code: 'reason.metered.said', values: { said: 'NetworkManager (wwan0): metered' } },
      },
    });
    expect(server.requests).toHaveLength(0);
    expect(store.speedTests()).toHaveLength(0);
    expect(tester.status().skipped?.why).toBe((answer as { why: string }).why);
    expect(tester.status().metered?.state).toBe('metered');
  });

  it('runs when the OS cannot tell, and the status says it could not', async () => {
    const unknown: ReadMetered = async () => ({ state: 'unknown', detail: 'macOS tells programs nothing' });
    const { tester } = await harness(FAST, {}, unknown);
    expect((await tester.run('manual')).ran).toBe(true);
    expect(tester.status().metered).toEqual({ state: 'unknown', detail: 'macOS tells programs nothing' });
  });

  it('runs on the schedule: first a few minutes after the start, then every N hours', async () => {
    const { tester, clock, store } = await harness(FAST, { everyHours: 2 });
    const start = clock.now();
    tester.start();
    expect(tester.status().nextAt).toBe(start + STARTUP_DELAY_MS);
    await clock.advance(STARTUP_DELAY_MS - 1);
    expect(store.speedTests()).toHaveLength(0);
    await clock.advance(1);
    await until(() => store.speedTests().length === 1 && tester.status().runningSince === null, {
      what: 'the scheduled test',
    });
    const first = store.speedTests()[0]!;
    expect(first.trigger).toBe('schedule');
    expect(tester.status().nextAt).toBe(first.at + 2 * 3_600_000);
    tester.update({ ...speedTestSchema.parse({ enabled: true }), everyHours: 0 });
    expect(tester.status().nextAt).toBeNull();
  });

  it.each([
    ['set back a day', -86_400_000],
    ['set forward a year', 365 * 86_400_000],
  ])('keeps every N hours of real time with the wall clock %s and the settings saved again', async (_, step) => {
    const { tester, clock, store, server } = await harness(FAST, { everyHours: 2 });
    tester.start();
    await clock.advance(STARTUP_DELAY_MS);
    await until(() => store.speedTests().length === 1 && tester.status().runningSince === null, {
      what: 'the first scheduled test',
    });
    await clock.advance(3_600_000);
    clock.step(step);
    // The settings saved again re-plan the test: an hour is left, whatever the wall clock says.
    tester.update({ ...speedTestSchema.parse({ enabled: true, server: server.url, maxMegabytes: 20 }), everyHours: 2 });
    expect(tester.status().nextAt).toBe(clock.now() + 3_600_000);
    await clock.advance(3_600_000 - 1);
    expect(tester.status().runningSince).toBeNull();
    expect(store.speedTests()).toHaveLength(1);
    await clock.advance(1);
    await until(() => store.speedTests().length === 2 && tester.status().runningSince === null, {
      what: 'the second scheduled test',
    });
  });
});
