/**
 * The log of a run holds no channel credential that is not a password (issue 73): the built
 * runner with an ntfy channel whose topic (whoever knows a topic on a public ntfy server reads it)
 * is refused by the server, which quotes it back, as a proxy in front of ntfy may. Its stderr (the
 * log), the --json lines and the outbox's last error show no topic; the request itself carried it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const TOPIC = 'ipwatch-alerts-Qm7vX2pL9wKd4Rt8';

let world: World;
let fake: NotifyFake;
let dir: string;
beforeEach(async () => {
  world = await startWorld('81.2.69.142');
  fake = await startNotifyFake();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-credential-logs-'));
});
afterEach(async () => {
  await Promise.all([world.close(), fake.close()]);
  await rm(dir, { recursive: true, force: true });
});

it('a refused ntfy topic stays out of the log, --json and the outbox', async () => {
  fake.setFault({ mode: 'status', status: 403, body: `{"http":403,"error":"topic ${TOPIC} is not yours"}` });
  const settings = {
    ...world.settings({ monitor: { ipv6: false } }),
    log: { level: 'debug' },
    notifications: { startup: true, channels: [{ id: 'phone', type: 'ntfy', topic: TOPIC, server: fake.url }] },
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const child = spawnHeadless(['--data-dir', dir, '--json']);
  const out = jsonLines(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  try {
    await out.until((l) => l.type === 'check');
    // The "started" notice carries the topic to the server, and is refused.
    await fake.waitFor((reqs) => reqs.some((r) => r.body.includes(TOPIC) && r.status === 403));
    await until(() => stderr.includes('HTTP 403'), { what: 'the refused delivery in the log' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
  const outbox = await runHeadless(['--data-dir', dir, 'notify', 'list', '--json'], cleanEnv());
  expect(outbox.code, outbox.stderr).toBe(0);
  expect(outbox.stdout).toContain('HTTP 403');
  const printed = [stderr, out.lines.map((l) => JSON.stringify(l)).join('\n'), outbox.stdout, outbox.stderr].join('\n');
  expect(printed).not.toContain(TOPIC);
  expect(printed).toContain('***');
}, 60_000);
