/**
 * A browser session signed in with a token lasts only while that token stands (issue 50), through
 * the real runner and the real `ipwatch token` commands in another process: after `token revoke`
 * or `token rotate` the session's very next request is refused (the session check sees the file the
 * CLI wrote, without waiting for the 2 s poll), another token's session stays, and the audit log says
 * whose sessions ended and why.
 */
import { describe, expect, it } from 'vitest';

import { API_BASE } from '../../../../shared/contract';
import type { ApiRunner } from '../../../helpers/api-runner';
import { runHeadless } from '../../../helpers/headless';
import { runnerPerFile } from '../../../helpers/runner-per-file';

let runner: ApiRunner;
runnerPerFile((r) => (runner = r));

const token = (...args: string[]) => runHeadless(['--data-dir', runner.dataDir, 'token', ...args]);

/** A new admin token (id, value) made by the CLI. */
async function created(name: string): Promise<{ id: string; value: string }> {
  const made = await token('create', '--name', name, '--role', 'admin', '--json');
  expect(made.code, made.stderr).toBe(0);
  return JSON.parse(made.stdout) as { id: string; value: string };
}

/** Signs in with a token as a browser does; answers the cookie pair. */
async function signIn(value: string): Promise<string> {
  const res = await runner.fetch(`${API_BASE}/session`, {
    method: 'POST',
    json: { token: value },
    headers: { authorization: '' },
  });
  expect(res.status).toBe(204);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const withCookie = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { authorization: '', cookie } });
const status = async (cookie: string) => (await runner.fetch(`${API_BASE}/status`, withCookie(cookie))).status;
const pause = async (cookie: string) =>
  (await runner.fetch(`${API_BASE}/pause`, withCookie(cookie, { method: 'POST' }))).status;

async function auditRows(): Promise<string[]> {
  const res = await runner.fetch(`${API_BASE}/audit?limit=200`);
  const body = (await res.json()) as { items: { actor: string; action: string; detail: string | null }[] };
  return body.items.filter((r) => r.action === 'session.end').map((r) => `${r.actor}: ${r.detail}`);
}

describe("a token's browser sessions", () => {
  it('end at the next request after `token revoke`; another token’s session stays', async () => {
    const gone = await created('laptop');
    const kept = await created('desk');
    const goneSession = await signIn(gone.value);
    const keptSession = await signIn(kept.value);
    expect(await status(goneSession)).toBe(200);
    expect(await pause(goneSession)).toBe(200);

    const revoked = await token('revoke', gone.id);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(await status(goneSession)).toBe(401);
    expect(await pause(goneSession)).toBe(401);
    expect(await status(keptSession)).toBe(200);
    expect((await runner.fetch(`${API_BASE}/resume`, withCookie(keptSession, { method: 'POST' }))).status).toBe(200);

    expect(await auditRows()).toContainEqual(
      `cli (on this host): sessions ended: token laptop (${gone.id}) revoked; 1 browser session`,
    );
  });

  it('end at the next request after `token rotate`; a sign-in with the new value works', async () => {
    const t = await created('tablet');
    const session = await signIn(t.value);
    const second = await signIn(t.value);
    expect(await status(session)).toBe(200);

    const rotated = await token('rotate', t.id);
    expect(rotated.code, rotated.stderr).toBe(0);
    const value = /^(ipw_[\w-]{43})$/m.exec(rotated.stdout)?.[1] ?? '';
    expect(await status(session)).toBe(401);
    expect(await status(second)).toBe(401);
    expect(await status(await signIn(value))).toBe(200);

    expect(await auditRows()).toContainEqual(
      `cli (on this host): sessions ended: token tablet (${t.id}) rotated; 2 browser sessions`,
    );
  });
});
