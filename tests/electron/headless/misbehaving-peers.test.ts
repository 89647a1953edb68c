/**
 * No part can stop the runner (issue 47): the built runner with a webhook channel, a heartbeat,
 * online identity lookups and a dynamic DNS record, each reached through a fault front
 * (tests/fakes/faults.ts) that resets the connection, answers garbage, answers no HTTP at all,
 * an oversized body, or hangs, plus a hook program that cannot start (spawn throws ENOTDIR). The
 * runner confirms every new address through all of it, says why the hook did not run, and its
 * status, Health and /metrics agree with what its log says it caught. A hang is used only where
 * a shorter limit is configured (the channel's 1 s delivery timeout, the identity lookup's 5 s).
 */
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../../shared/contract';
import { startDyndns2 } from '../../fakes/dyndns2';
import { type FaultFront, type FaultMode, startFaultFront } from '../../fakes/faults';
import { startHealthchecks } from '../../fakes/healthchecks';
import { startIpinfo } from '../../fakes/ipinfo';
import { startNotifyFake } from '../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { testSeed } from '../../helpers/random';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const UUID = '5f3a8c1e-0c1d-4b7e-9a55-2f0e8f4c1a10';
const closers: (() => Promise<unknown>)[] = [];
let runner: ApiRunner | null = null;

afterEach(async () => {
  await runner?.stop();
  runner = null;
  await Promise.all(closers.splice(0).map((c) => c()));
});

/** Each fault a request can meet but the hang, which only a configured limit shorter than 15 s may meet. */
const NO_HANG: FaultMode[] = ['throw', 'garbage', 'not-http', 'oversized', 'pass'];

async function front(target: string, seed: number, faults: FaultMode[]): Promise<FaultFront> {
  const f = await startFaultFront(target, { seed, faults });
  closers.push(() => f.close());
  return f;
}

/** A new IPv4 address and a new IPv6 prefix (a new address inside the same /64 is no change). */
const addressPair = (i: number) => [`81.2.69.${150 + i}`, `2a02:1:2:${(0x50 + i).toString(16)}::5`] as const;

describe('a runner among misbehaving peers', () => {
  it('keeps confirming addresses while every peer throws, hangs or answers garbage, and reports what it caught', async () => {
    const seed = testSeed('misbehaving peers');
    const world: World = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    closers.push(() => world.close());
    const notify = await startNotifyFake();
    const hc = await startHealthchecks({ mode: 'self-hosted', uuids: [UUID] });
    const ipinfo = await startIpinfo();
    const dyn = await startDyndns2('user', 'pw-1234567', ['home.example.org']);
    closers.push(
      () => notify.close(),
      () => hc.close(),
      () => ipinfo.close(),
      () => dyn.close(),
    );
    const fronts = {
      webhook: await front(notify.url, seed, ['throw', 'not-http', 'hang', 'oversized', 'garbage', 'pass']),
      heartbeat: await front(hc.url, seed + 1, NO_HANG),
      identity: await front(ipinfo.url, seed + 2, ['hang', 'garbage', 'throw', 'oversized', 'not-http', 'pass']),
      ddns: await front(dyn.url, seed + 3, NO_HANG),
    };

    runner = await startApiRunner({
      world,
      settings: {
        notifications: {
          channels: [{ id: 'web', type: 'webhook', url: `${fronts.webhook.url}/ipwatch` }],
          retry: { initialSec: 0.2, maxSec: 0.5, timeoutSec: 1 },
        },
        heartbeat: {
          enabled: true,
          provider: 'healthchecks',
          url: fronts.heartbeat.urlOf(hc.pingUrl(UUID)),
          intervalSec: 30,
        },
        // 5 s: a hang ends there, and a loaded machine still gets the question to the front in time.
        identity: { provider: 'ipinfo', ask: 'always', url: fronts.identity.url, timeoutMs: 5000 },
        ddns: {
          records: [
            {
              id: 'home',
              provider: 'dyndns2',
              server: fronts.ddns.url,
              username: 'user',
              password: 'pw-1234567',
              hostname: 'home.example.org',
            },
          ],
        },
        // A path through a file: the system refuses it at once (spawn throws ENOTDIR).
        hook: { enabled: true, program: path.join('/etc/hostname', 'on-change'), events: ['change'] },
      },
    });
    const r = runner;
    const status = async () => (await (await r.fetch('/api/v1/status')).json()) as AppStatus;

    // New addresses, one check each: every one is confirmed, whatever the peers do meanwhile.
    const webhookModes: FaultMode[] = ['throw', 'not-http', 'hang', 'oversized', 'garbage'];
    for (let i = 1; i <= 12; i++) {
      const [a4, a6] = addressPair(i);
      world.setIp(a4, a6);
      expect((await r.fetch('/api/v1/check', { method: 'POST' })).ok).toBe(true);
      await r.lines.until((l) => l.type === 'change' && l.to === a4);
      await r.lines.until((l) => l.type === 'change' && l.to === a6);
      if (i >= 6 && webhookModes.every((m) => fronts.webhook.count(m) > 0)) break;
    }
    await until(() => webhookModes.every((m) => fronts.webhook.count(m) > 0), {
      what: `the webhook meeting every fault (met: ${JSON.stringify(fronts.webhook.requests.map((q) => q.mode))})`,
      timeoutMs: 20_000,
    });
    // A request hangs, and checks go on: one more address is confirmed while it is unanswered.
    fronts.webhook.setFaults('hang');
    const hangs = fronts.webhook.count('hang');
    world.setIp('81.2.69.199', '2a02:1:2:99::5');
    await r.fetch('/api/v1/check', { method: 'POST' });
    await r.lines.until((l) => l.type === 'change' && l.to === '81.2.69.199');
    await until(() => fronts.webhook.count('hang') > hangs, { what: 'a webhook request left hanging' });
    await r.lines.until((l) => l.type === 'change' && l.to === '2a02:1:2:99::5');

    // Every peer met a fault (the first request of each does; later ones wait out the peer's backoff).
    for (const [name, f] of Object.entries(fronts))
      await until(() => f.requests.some((q) => q.mode !== 'pass'), {
        what: `a faulty answer to the ${name} (its requests: ${JSON.stringify(f.requests)})`,
      });
    expect(fronts.identity.count('hang')).toBeGreaterThan(0);

    const s = await status();
    expect(s.running).toBe(true);
    expect(s.families.v4).toMatchObject({ ip: '81.2.69.199' });
    expect(s.families.v6).toMatchObject({ ip: '2a02:1:2:99::5' });
    expect(s.watcher?.hook.lastRun?.error).toBe(
      '/etc/hostname/on-change could not start: ENOTDIR (a part of its path is a file, not a folder)',
    );
    expect(r.stderr()).toContain('hook: /etc/hostname/on-change could not start: ENOTDIR');

    // What the guard caught, if anything, is the same in the log, the status, Health and /metrics.
    const caught = s.internalErrors!;
    expect(caught).toBeDefined();
    const logged = r.stderr().match(/internal error in \S+, caught/g) ?? [];
    expect(caught.total).toBeGreaterThanOrEqual(logged.length);
    const metrics = await (await r.fetch('/metrics')).text();
    const counted = [...metrics.matchAll(/^ipwatch_internal_errors_total\{part="([^"]+)"\} (\d+)$/gm)];
    expect(Object.fromEntries(counted.map((m) => [m[1], Number(m[2])]))).toEqual(caught.byPart);
    if (caught.total > 0)
      expect(s.health.reason).toBe(`internal error in ${caught.last!.part}: ${caught.last!.message}`);
    else expect(s.health.reason).not.toMatch(/internal error/);
    process.stderr.write(`misbehaving peers: internal errors caught ${JSON.stringify(caught.byPart)}\n`);

    // And it stops as cleanly as it ran.
    expect(await r.stop()).toBe(0);
    runner = null;
  }, 90_000);
});
