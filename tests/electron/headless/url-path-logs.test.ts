/**
 * The log of a run holds no secret from a webhook URL's path (issue 58): the built runner with a
 * Home Assistant webhook (/api/webhook/<id>, the id is the password) whose server refuses it and
 * quotes the path back, as Express's "Cannot POST /path" does. Its stderr (the log), the --json
 * lines and the outbox's last error show the host only; the request itself went to the whole URL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const HA_ID = 'ipwatch-kitchen-Zq81xVb3Lw9pTe6R';
const HOOK_PATH = `/api/webhook/${HA_ID}`;

let world: World;
let fake: NotifyFake;
let dir: string;
beforeEach(async () => {
  world = await startWorld('81.2.69.142');
  fake = await startNotifyFake();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-url-path-'));
});
afterEach(async () => {
  await Promise.all([world.close(), fake.close()]);
  await rm(dir, { recursive: true, force: true });
});

it('a failing Home Assistant webhook leaves no path secret in the log, --json or the outbox', async () => {
  fake.setFault({ mode: 'status', status: 404, body: `Cannot POST ${HOOK_PATH} (webhook ${HA_ID} is unknown)` });
  const settings = {
    ...world.settings({ monitor: { ipv6: false } }),
    log: { level: 'debug' },
    notifications: {
      startup: true,
      channels: [{ id: 'ha', type: 'webhook', url: `${fake.url}${HOOK_PATH}` }],
    },
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const child = spawnHeadless(['--data-dir', dir, '--json']);
  const out = jsonLines(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  try {
    await out.until((l) => l.type === 'check');
    // The "started" notice goes to the whole URL, and is refused.
    await fake.waitFor((reqs) => reqs.some((r) => r.path === HOOK_PATH && r.status === 404));
    await until(() => stderr.includes('HTTP 404'), { what: 'the refused delivery in the log' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
  const outbox = await runHeadless(['--data-dir', dir, 'notify', 'list', '--json'], cleanEnv());
  expect(outbox.code, outbox.stderr).toBe(0);
  expect(outbox.stdout).toContain('HTTP 404');
  const printed = [stderr, out.lines.map((l) => JSON.stringify(l)).join('\n'), outbox.stdout, outbox.stderr].join('\n');
  expect(stderr).toContain('HTTP 404');
  expect(printed).not.toContain(HA_ID);
  expect(printed).not.toContain(HOOK_PATH);
  expect(printed).toContain('***');
}, 60_000);
