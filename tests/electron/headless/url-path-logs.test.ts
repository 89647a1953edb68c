/**
 * The log of a run holds no secret a channel's settings carry outside its password fields: the
 * built runner with a channel whose server refuses it and quotes the secret back. Its stderr (the
 * log), the --json lines and the outbox's last error show none of it; the request itself carried it.
 * - A Home Assistant webhook (/api/webhook/<id>, the id is the password; issue 58), quoted back as
 *   Express's "Cannot POST /path" does: the URL's path.
 * - An ntfy topic (whoever knows a topic on a public ntfy server reads it; issue 73), quoted back
 *   as a proxy in front of ntfy may: a credential of the table in shared/settings/credentials.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { type NotifyFake, type RecordedRequest, startNotifyFake } from '../../fakes/notify-http';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const HA_ID = 'ipwatch-kitchen-Zq81xVb3Lw9pTe6R';
const HOOK_PATH = `/api/webhook/${HA_ID}`;
const TOPIC = 'ipwatch-alerts-Qm7vX2pL9wKd4Rt8';

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

/**
 * Runs the built runner with `channel` until its "started" notice is refused with `status` (the
 * request `sent` sees), then stops it; returns all it printed: the log, --json and the outbox.
 */
async function printedByRefusedRun(
  channel: Record<string, unknown>,
  status: number,
  sent: (r: RecordedRequest) => boolean,
): Promise<string> {
  const settings = {
    ...world.settings({ monitor: { ipv6: false } }),
    log: { level: 'debug' },
    notifications: { startup: true, channels: [channel] },
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const child = spawnHeadless(['--data-dir', dir, '--json']);
  const out = jsonLines(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  try {
    await out.until((l) => l.type === 'check');
    await fake.waitFor((reqs) => reqs.some((r) => sent(r) && r.status === status));
    await until(() => stderr.includes(`HTTP ${status}`), { what: 'the refused delivery in the log' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
  const outbox = await runHeadless(['--data-dir', dir, 'notify', 'list', '--json'], cleanEnv());
  expect(outbox.code, outbox.stderr).toBe(0);
  expect(outbox.stdout).toContain(`HTTP ${status}`);
  expect(stderr).toContain(`HTTP ${status}`);
  return [stderr, out.lines.map((l) => JSON.stringify(l)).join('\n'), outbox.stdout, outbox.stderr].join('\n');
}

it('a failing Home Assistant webhook leaves no path secret in the log, --json or the outbox', async () => {
  fake.setFault({ mode: 'status', status: 404, body: `Cannot POST ${HOOK_PATH} (webhook ${HA_ID} is unknown)` });
  // The "started" notice goes to the whole URL, and is refused.
  const printed = await printedByRefusedRun(
    { id: 'ha', type: 'webhook', url: `${fake.url}${HOOK_PATH}` },
    404,
    (r) => r.path === HOOK_PATH,
  );
  expect(printed).not.toContain(HA_ID);
  expect(printed).not.toContain(HOOK_PATH);
  expect(printed).toContain('***');
}, 60_000);

it('a refused ntfy topic stays out of the log, --json and the outbox', async () => {
  fake.setFault({ mode: 'status', status: 403, body: `{"http":403,"error":"topic ${TOPIC} is not yours"}` });
  // The "started" notice carries the topic to the server, and is refused.
  const printed = await printedByRefusedRun({ id: 'phone', type: 'ntfy', topic: TOPIC, server: fake.url }, 403, (r) =>
    r.body.includes(TOPIC),
  );
  expect(printed).not.toContain(TOPIC);
  expect(printed).toContain('***');
}, 60_000);
