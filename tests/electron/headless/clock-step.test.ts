/**
 * A real wall-clock step under the built runner (issue 74): Debian's libfaketime moves its Date
 * back a day or forward a year while its monotonic clock runs on (tests/helpers/faketime.ts),
 * as NTP steps a Raspberry Pi that booted with a stale clock. Before the step a webhook
 * (tests/fakes/notify-http.ts, answering 503) holds a notice in backoff and a dyndns2 record
 * (tests/fakes/dyndns2.ts, answering 503) waits for its retry; after it a new address is
 * confirmed, the services heal, and a second runner whose clock is 120 s ahead of the first starts
 * on the same folder. What must hold, through the API:
 * - every notice delivered within a minute of the receiver being healthy, in the order of the
 *   events, none expired (above all none untried);
 * - the DDNS retry made when its wait (net/etiquette.ts: 30 s doubling, up to 20 % more) is over on
 *   the monotonic clock: not a day late, not early;
 * - the second start refuses in words within a bound, naming the live runner, which keeps its lock;
 * - the monitored time and the process's uptime within 30 s of the real time elapsed;
 * - the current address (status, history's first row) the newest;
 * - the step on Activity: a recent event `{ type: 'clockStep', at, stepMs }`.
 * Every wait polls against this process's monotonic clock, with a deadline.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { AppStatus, HistoryPage, OutboxItem, StatsReport } from '../../../shared/contract';
import { type Dyndns2StandIn, startDyndns2 } from '../../fakes/dyndns2';
import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import {
  fixedClockEnv,
  faketimePeer,
  freeShm,
  probeClock,
  type SteppableClock,
  steppableClock,
} from '../../helpers/faketime';
import { cleanEnv, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const [A1, A2, A3] = ['81.2.69.142', '81.2.69.160', '81.2.69.177'];
const V6 = '2a02:1:2:3::5';
const HOST = 'home.example.org';
const DAY = 86_400_000;
const SCENARIOS = [
  { name: 'back a day', offsetMs: -DAY, secondMs: 120_000 },
  { name: 'forward a year', offsetMs: 365 * DAY, secondMs: 365 * DAY + 120_000 },
];
/** The DDNS retry schedule (net/etiquette.ts ETIQUETTE): 30 s doubling, up to 20 % jitter added. */
const ddnsWait = (failures: number) => [30_000 * 2 ** (failures - 1), 36_000 * 2 ** (failures - 1)] as const;

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The moment `cond` first held (performance.now()), or null when it did not within `ms`. */
const reached = (cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<number | null> =>
  until(cond, { timeoutMs: Math.max(0, ms), what, everyMs: 250 }).then(
    () => performance.now(),
    () => null,
  );

/** A started child's exit within `ms`: its code (`running` when it still ran then) and what it said meanwhile. */
async function exitWithin(
  child: ChildProcess,
  ms: number,
): Promise<{ code: number | null | 'running'; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const code = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(r, ms, 'running'))]);
  return { code, stderr };
}

/** Stops a child this test started, and waits for it. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Stage {
  world: World;
  runner: ApiRunner;
  hook: NotifyFake;
  dyn: Dyndns2StandIn;
  clock: SteppableClock;
  /** performance.now() before the runner was started and once its first check was done. */
  spawnedAt: number;
  upAt: number;
}

const get = async <T>(r: ApiRunner, p: string): Promise<T> => {
  const res = await r.fetch(`/api/v1${p}`);
  if (!res.ok) throw new Error(`GET ${p}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

/** The runner with a failing webhook and a failing dyndns2 server; A1, then A2 confirmed, its notice in backoff. */
async function stage(): Promise<Stage> {
  const clock = await steppableClock();
  closers.push(() => clock.close());
  const world = await startWorld(A1, V6);
  const hook = await startNotifyFake();
  const dyn = await startDyndns2('user', 'pw-1234567', [HOST]);
  closers.push(
    () => world.close(),
    () => hook.close(),
    () => dyn.close(),
  );
  hook.setFault({ mode: 'status', status: 503 });
  dyn.fault = { status: 503, body: 'busy' };
  const spawnedAt = performance.now();
  const runner = await startApiRunner({
    world,
    env: clock.env,
    settings: {
      monitor: world.settings({ monitor: { ipv6: false } }).monitor,
      notifications: {
        channels: [{ id: 'hook', type: 'webhook', url: `${hook.url}/ipwatch` }],
        retry: { initialSec: 1, maxSec: 2 },
      },
      ddns: {
        records: [
          {
            id: 'home',
            provider: 'dyndns2',
            server: dyn.url,
            username: 'user',
            password: 'pw-1234567',
            hostname: HOST,
          },
        ],
      },
    },
  });
  const upAt = performance.now();
  closers.push(async () => {
    await runner.stop();
    await freeShm(runner.child.pid);
  });
  world.setIp(A2, V6);
  expect((await runner.fetch('/api/v1/check', { method: 'POST' })).ok).toBe(true);
  await runner.lines.until((l) => l.type === 'change' && l.to === A2);
  const outbox = () => get<OutboxItem[]>(runner, '/outbox?limit=100');
  await until(async () => (await outbox()).some((i) => i.status === 'pending' && i.attempts >= 1), {
    what: 'the change notice in backoff after the 503',
  });
  await until(async () => (await get<AppStatus>(runner, '/status')).ddns?.records[0]?.state === 'waiting', {
    what: 'the DDNS record waiting for its retry',
  });
  return { world, runner, hook, dyn, clock, spawnedAt, upAt };
}

/** The harness itself: the preload moves Date by the offset, in a probe and in the runner, and not the monotonic clock. */
async function stepAndProve(s: Stage, offsetMs: number): Promise<void> {
  const before = await probeClock(s.clock.env);
  expect(Math.abs(before.wallAheadMs), 'an unstepped probe reads the real date').toBeLessThanOrEqual(
    before.slackMs + 2,
  );
  await s.clock.step(offsetMs);
  await until(async () => Math.abs((await probeClock(s.clock.env)).wallAheadMs - offsetMs) < 1000, {
    what: 'a probe reading the stepped date',
  });
  const after = await probeClock(s.clock.env);
  expect(Math.abs(after.wallAheadMs - offsetMs), 'the probe reads the stepped date').toBeLessThanOrEqual(
    after.slackMs + 2,
  );
  expect(Math.abs(after.monotonicAheadMs), "the probe's monotonic clock is the real one").toBeLessThanOrEqual(
    after.slackMs + 2,
  );
  // The runner's own Date: the recent events' `at` is when it read its store.
  await until(
    async () =>
      Math.abs((await get<{ at: number }>(s.runner, '/recent-events?limit=1')).at - Date.now() - offsetMs) < 3000,
    { what: "the runner's Date stepped by the offset", timeoutMs: 10_000 },
  );
}

describe.skipIf(faketimePeer.skip)('a wall-clock step under the built runner (libfaketime)', () => {
  it.each(SCENARIOS)(
    '$name: notices delivered, the DDNS retry on time, the lock kept, figures true, the newest address current, the step shown',
    async ({ offsetMs, secondMs }) => {
      const s = await stage();
      const { runner, hook, dyn } = s;
      await stepAndProve(s, offsetMs);
      const steppedAt = performance.now();

      // The DDNS retry pending over the step: the server heals before it is due.
      const failures = dyn.requests.length;
      const lastFailure = dyn.requests[failures - 1]!.mono;
      expect(failures, 'the dyndns2 server refused the first updates').toBeGreaterThan(0);
      dyn.fault = null;
      const [earliest, latest] = ddnsWait(failures);

      // A new address after the step; then the receiver heals.
      s.world.setIp(A3, V6);
      expect((await runner.fetch('/api/v1/check', { method: 'POST' })).ok).toBe(true);
      await runner.lines.until((l) => l.type === 'change' && l.to === A3);
      hook.setFault({ mode: 'ok' });
      const healedAt = performance.now();

      const outbox = () => get<OutboxItem[]>(runner, '/outbox?limit=100');
      const deliveredTo = () =>
        hook.delivered().map((r) => (JSON.parse(r.body) as { data?: { to?: string } }).data?.to);
      const events = async () =>
        (await get<{ items: Record<string, unknown>[] }>(runner, '/recent-events?limit=500')).items;
      const [deliveredAt, ddnsAt, stepShownAt] = await Promise.all([
        reached(
          async () =>
            deliveredTo().includes(A2) &&
            deliveredTo().includes(A3) &&
            (await outbox()).every((i) => i.status === 'sent'),
          healedAt + 60_000 - performance.now(),
          'every notice sent',
        ),
        reached(
          () => dyn.hosts.get(HOST) === A3,
          lastFailure + latest + 15_000 - performance.now(),
          'the record at A3',
        ),
        reached(async () => (await events()).some((e) => e.type === 'clockStep'), 45_000, 'the step on Activity'),
      ]);

      const items = await outbox();
      expect
        .soft(deliveredAt, `every notice delivered within a minute of the receiver healing: ${JSON.stringify(items)}`)
        .not.toBeNull();
      expect
        .soft(
          items.filter((i) => i.status === 'expired'),
          'no notice expired',
        )
        .toEqual([]);
      expect
        .soft(
          items.filter((i) => i.status === 'expired' && i.attempts === 0),
          'none expired untried',
        )
        .toEqual([]);
      // Each change's notice once in the sequence (a retry may repeat one), the older first.
      const order = deliveredTo().filter((to, i, all) => (to === A2 || to === A3) && to !== all[i - 1]);
      expect.soft(order, 'the changes delivered in the order of events').toEqual([A2, A3]);

      const retry = dyn.requests.slice(failures)[0];
      // None within the wait is as late as can be.
      const retryAfterMs = retry ? retry.mono - lastFailure : Number.POSITIVE_INFINITY;
      const due = `due ${earliest}..${latest} ms after the last failure`;
      expect.soft(ddnsAt, `the DDNS record updated to ${A3} once its retry was due`).not.toBeNull();
      expect.soft(retryAfterMs, `the DDNS retry not early (${due})`).toBeGreaterThanOrEqual(earliest - 1000);
      expect.soft(retryAfterMs, `the DDNS retry not late (${due})`).toBeLessThanOrEqual(latest + 10_000);

      const step = (await events()).find((e) => e.type === 'clockStep');
      expect.soft(stepShownAt, 'the step shown on Activity within 45 s').not.toBeNull();
      if (step) {
        expect.soft(Number(step.stepMs), 'the step as measured').toBeCloseTo(offsetMs, -4);
        // Stamped on the runner's new wall clock, between the step and now.
        const nowThere = Date.now() + offsetMs;
        expect.soft(Number(step.at)).toBeGreaterThanOrEqual(nowThere - (performance.now() - steppedAt) - 5000);
        expect.soft(Number(step.at)).toBeLessThanOrEqual(nowThere + 5000);
      }

      await figuresTrue(s, offsetMs);
      await newestCurrent(runner);
      await lockKept(runner, secondMs);
      if (runner.child.exitCode === null) expect.soft(await runner.stop(true), 'the runner stops cleanly').toBe(0);
    },
    300_000,
  );
});

/** Monitored time (stats over a period holding both clocks' times) and the process's uptime, against the real time elapsed. */
async function figuresTrue(s: Stage, offsetMs: number): Promise<void> {
  const now = Date.now();
  const from = Math.min(now, now + offsetMs) - 2 * DAY;
  const to = Math.max(now, now + offsetMs) + DAY;
  const t0 = performance.now();
  const stats = await get<StatsReport>(s.runner, `/stats?from=${from}&to=${to}&hourly=false`);
  const status = await get<AppStatus>(s.runner, '/status');
  const t1 = performance.now();
  // Monitored since the first check, which came between the start and the API's first answer.
  const [least, most] = [t0 - s.upAt, t1 - s.spawnedAt];
  expect
    .soft(stats.uptime.monitoredMs, `monitored time (${least}..${most} ms real)`)
    .toBeGreaterThanOrEqual(least - 30_000);
  expect
    .soft(stats.uptime.monitoredMs, `monitored time (${least}..${most} ms real)`)
    .toBeLessThanOrEqual(most + 30_000);
  expect.soft(status.process.uptimeSec * 1000, 'process uptime').toBeLessThanOrEqual(t1 - s.spawnedAt + 30_000);
  expect.soft(status.process.uptimeSec * 1000, 'process uptime').toBeGreaterThanOrEqual(t0 - s.spawnedAt - 30_000);
}

async function newestCurrent(r: ApiRunner): Promise<void> {
  const status = await get<AppStatus>(r, '/status');
  expect.soft(status.families.v4.ip, 'the current address').toBe(A3);
  const history = await get<HistoryPage>(r, '/history?family=4&limit=3');
  expect
    .soft(
      history.items.map((i) => i.ip),
      "history's first row is the newest",
    )
    .toEqual([A3, A2, A1]);
}

/** A second start, its clock `secondMs` ahead of the real one, refuses within 20 s; the live runner keeps its lock past its next touch. */
async function lockKept(r: ApiRunner, secondMs: number): Promise<void> {
  const lockFile = path.join(r.dataDir, 'ipwatch.lock');
  const holder = async () => {
    const text = await readFile(lockFile, 'utf8').catch(() => '');
    const { mtimeMs } = await stat(lockFile).catch(() => ({ mtimeMs: 0 }));
    const pid = (() => {
      try {
        return (JSON.parse(text) as { pid?: number }).pid ?? null;
      } catch {
        return null;
      }
    })();
    return { text, mtimeMs, pid };
  };
  const second = spawnHeadless(['--data-dir', r.dataDir, '--json'], cleanEnv(fixedClockEnv(secondMs)));
  closers.push(async () => {
    await stopChild(second);
    await freeShm(second.pid);
  });
  const outcome = await exitWithin(second, 20_000);
  const held = await holder();
  expect.soft(outcome.code, `the second start refuses within 20 s: ${outcome.stderr}`).toBe(1);
  expect
    .soft(outcome.stderr, 'in words, naming the live runner')
    .toMatch(new RegExp(`^ipwatch: .*pid ${r.child.pid}`, 'm'));
  expect.soft(held.pid, 'the lock names the live runner after the second start').toBe(r.child.pid);
  // A second start that took over is stopped; what it left is where the live runner's next touch starts.
  await stopChild(second);
  const seen = await holder();
  // Past the runner's next touch of its lock (every 30 s), when it would see a lock taken.
  const touched = await reached(
    async () => {
      const now = await holder();
      return r.child.exitCode !== null || now.mtimeMs !== seen.mtimeMs || now.text !== seen.text;
    },
    40_000,
    'the next touch of the lock',
  );
  expect.soft(touched, 'the live runner touched its lock again').not.toBeNull();
  expect.soft(r.child.exitCode, `the live runner still runs: ${r.stderr().slice(-2000)}`).toBeNull();
  expect.soft((await holder()).pid, 'the lock still names the live runner').toBe(r.child.pid);
  if (r.child.exitCode === null)
    expect.soft((await r.fetch('/api/v1/status')).ok, 'the live runner answers').toBe(true);
}
