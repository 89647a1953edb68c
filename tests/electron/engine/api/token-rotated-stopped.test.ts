/**
 * A token rotated while the runner was stopped ends its browser sessions (issue 59): the runner
 * never saw the file change, so only what the session kept of the token's value can tell. Through
 * the real runner and the real `ipwatch token rotate` in another process: the rotated token's old
 * cookie is refused after the restart, and another token's session, kept across the same restart,
 * still works.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { API_BASE } from '../../../../shared/contract';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { runHeadless } from '../../../helpers/headless';
import { startWorld, type World } from '../../../helpers/world';

let world: World | undefined;
let runner: ApiRunner | undefined;
afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

async function created(dataDir: string, name: string): Promise<{ id: string; value: string }> {
  const made = await runHeadless([
    '--data-dir',
    dataDir,
    'token',
    'create',
    '--name',
    name,
    '--role',
    'viewer',
    '--json',
  ]);
  expect(made.code, made.stderr).toBe(0);
  return JSON.parse(made.stdout) as { id: string; value: string };
}

async function signIn(r: ApiRunner, value: string): Promise<string> {
  const res = await r.fetch(`${API_BASE}/session`, {
    method: 'POST',
    json: { token: value },
    headers: { authorization: '' },
  });
  expect(res.status).toBe(204);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const status = async (r: ApiRunner, cookie: string) =>
  (await r.fetch(`${API_BASE}/status`, { headers: { authorization: '', cookie } })).status;

describe('a token rotated while the runner was stopped', () => {
  it('ends the sessions signed in with it; another token’s session survives the restart', async () => {
    world = await startWorld();
    runner = await startApiRunner({ world });
    const dataDir = runner.dataDir;
    const rotated = await created(dataDir, 'laptop');
    const kept = await created(dataDir, 'desk');
    const oldCookie = await signIn(runner, rotated.value);
    const keptCookie = await signIn(runner, kept.value);
    expect(await status(runner, oldCookie)).toBe(200);

    await runner.stop(true);
    const r = await runHeadless(['--data-dir', dataDir, 'token', 'rotate', rotated.id]);
    expect(r.code, r.stderr).toBe(0);
    runner = await startApiRunner({ world, dataDir });

    expect(await status(runner, keptCookie)).toBe(200);
    expect(await status(runner, oldCookie)).toBe(401);
    const audit = (await (await runner.fetch(`${API_BASE}/audit?limit=200`)).json()) as {
      items: { action: string; detail: string | null }[];
    };
    expect(audit.items.filter((i) => i.action === 'session.end').map((i) => i.detail)).toContainEqual(
      `sessions ended: token laptop (${rotated.id}) no longer stands; 1 browser session`,
    );
  }, 90_000);
});
