/**
 * The runtime's hook-and-heartbeat part over a real engine on the local world: a confirmed
 * change runs the program with the old and new address, good checks ping a Healthchecks
 * stand-in, the status carries both, and the Settings page's Tests answer through the handlers.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import type { FeatureContext } from '../../../../electron/engine/runtime/feature-types';
import { watcherPart } from '../../../../electron/engine/runtime/watcher';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import type { HistoryStore } from '../../../../electron/engine/store';
import { watcherStatusSchema } from '../../../../shared/contract/watcher';
import type { SettingsInput } from '../../../../shared/settings';
import { type HealthchecksStandIn, startHealthchecks } from '../../../fakes/healthchecks';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const UUID = '0f6b1c2d-3e4f-4a5b-8c7d-9e0f1a2b3c4d';
let world: World;
let hc: HealthchecksStandIn;
let h: EngineHarness;
let dir: string;

beforeEach(async () => {
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
  hc = await startHealthchecks({ mode: 'self-hosted', uuids: [UUID] });
  dir = mkdtempSync(join(tmpdir(), 'ipwatch-watcher-'));
});
afterEach(async () => {
  await h.close();
  await Promise.all([world.close(), hc.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** The part over a real engine on the harness (its fake clock, its store) with the settings given. */
async function partOver(input: SettingsInput) {
  h = await startEngineHarness(input);
  const redactor = createRedactor();
  const ctx: FeatureContext = {
    settings: settingsFrom(input),
    store: h.store as HistoryStore,
    net: undefined as never, // not used by this part
    clock: h.clock,
    logger: createLogger('test', { level: 'debug', sink: (r) => h.logs.push(r), redact: redactor }),
    secrets: { env: { PATH: process.env.PATH }, readFile: () => '' },
    redactor,
    engine: h.engine,
    notifier: undefined as never, // not used by this part
    version: '1.0.0-test',
  };
  return watcherPart(ctx);
}

it('runs the hook on a confirmed change, pings after checks, and stops both when switched off', async () => {
  const out = join(dir, 'calls.jsonl');
  const script = join(dir, 'rec.js');
  writeFileSync(
    script,
    `let s='';process.stdin.on('data',c=>s+=c);process.stdin.on('end',()=>require('fs').appendFileSync(process.argv[2], s));`,
  );
  const input: SettingsInput = {
    ...world.settings({ monitor: { ipv6: false } }),
    hook: { enabled: true, program: process.execPath, args: [script, out], events: ['change'] },
    heartbeat: { enabled: true, provider: 'healthchecks', url: hc.pingUrl(UUID), intervalSec: 60 },
  };
  const part = await partOver(input);
  await part.start?.();
  await h.engine.start();
  await until(() => part.status?.().watcher?.heartbeat.state === 'ok', { what: 'the first ping answered' });
  expect(hc.pings[0]).toMatchObject({ kind: 'success' });

  world.setIp('81.2.69.160', '2a02:1:2:3::5');
  await h.engine.checkNow('manual');
  await until(() => existsSync(out) && readFileSync(out, 'utf8').includes('81.2.69.160'), { what: 'the hook run' });
  const runs = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(runs.at(-1)).toMatchObject({ event: 'change', family: 4, old: '81.2.69.142', new: '81.2.69.160' });

  const status = watcherStatusSchema.parse(part.status?.().watcher);
  expect(status.heartbeat).toMatchObject({ state: 'ok', provider: 'healthchecks', failures: 0 });
  await until(() => part.status?.().watcher?.hook.running === false, { what: 'the hook idle' });
  expect(part.status?.().watcher?.hook.lastRun).toMatchObject({ event: 'change', exitCode: 0 });

  expect(await part.handlers.testHeartbeat!(undefined, { actor: 'test' })).toMatchObject({ ok: true, detail: 'OK' });
  expect(await part.handlers.testHook!(undefined, { actor: 'test' })).toMatchObject({ ok: true });

  // Switched off in the settings: nothing more runs or pings.
  part.update?.(
    settingsFrom({
      ...input,
      hook: { ...input.hook, enabled: false },
      heartbeat: { ...input.heartbeat, enabled: false },
    }),
  );
  const pings = hc.pings.length;
  world.setIp('81.2.69.170', '2a02:1:2:3::5');
  await h.engine.checkNow('manual');
  await part.close?.();
  expect(hc.pings.length).toBe(pings);
  expect(readFileSync(out, 'utf8')).not.toContain('81.2.69.170');
});

it('a real check opens a Healthchecks run with /start and ends it with the same rid, even when the start is refused', async () => {
  const input: SettingsInput = {
    ...world.settings({ monitor: { ipv6: false } }),
    heartbeat: { enabled: true, provider: 'healthchecks', url: hc.pingUrl(UUID), intervalSec: 60 },
  };
  const part = await partOver(input);
  await part.start?.();
  await h.engine.start();
  await until(() => hc.pings.length === 1, { what: 'the first ping' });
  // The heartbeat's interval runs on the monotonic clock: a minute later the interval's own check opens a run.
  await h.clock.advance(60_000);
  await until(() => hc.pings.length === 3, { what: 'start and success' });
  expect(hc.pings.slice(1).map((p) => p.kind)).toEqual(['start', 'success']);
  expect(hc.pings[1]!.rid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(hc.pings[2]!.rid).toBe(hc.pings[1]!.rid);
  expect(hc.pings[2]!.body).toMatch(/^IPv4 check: unchanged \(\d+ ms, trigger interval\)$/);

  // A start the server refuses: the check still ends at once, and its end carries the run's rid.
  hc.fault = { status: 503, body: 'Service Unavailable' };
  await h.clock.advance(60_000);
  await until(() => hc.requests.length === 5, { what: 'the refused start and the end' });
  expect(h.engine.getStatus().families.v4.lastCheck?.result).toBe('unchanged');
  hc.fault = null;
  const [start, end] = hc.requests.slice(3).map((r) => r.url);
  expect([start!.pathname, end!.pathname]).toEqual([`/ping/${UUID}/start`, `/ping/${UUID}`]);
  expect(end!.searchParams.get('rid')).toBe(start!.searchParams.get('rid') ?? 'a rid');
  await part.close?.();
});
