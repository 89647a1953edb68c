/**
 * A revoke ends the event streams it covers within a second (issue 58), through the real runner
 * and the real `ipwatch token` commands in another process: a browser session revoked by an admin
 * or signed out, a bearer token revoked, rotated or given another role in the tokens file, and a
 * token's browser session when the CLI revokes the token (and a revoked or rotated bearer token's
 * very next request is refused). Each stream is opened before the revoke;
 * its end is awaited with a 1 s deadline from the revoke's completion. A stream of someone else
 * goes on delivering.
 */
import { describe, expect, it } from 'vitest';

import { readTokens, withTokensLock, writeTokens } from '../../../../electron/engine/api/tokens/token-file';
import { API_BASE, type BrowserSessions } from '../../../../shared/contract';
import { type ApiRunner, openEvents } from '../../../helpers/api-runner';
import { runHeadless } from '../../../helpers/headless';
import { runnerPerFile } from '../../../helpers/runner-per-file';

let runner: ApiRunner;
runnerPerFile((r) => (runner = r));

const DEADLINE_MS = 1000;
const token = (...args: string[]) => runHeadless(['--data-dir', runner.dataDir, 'token', ...args]);

/** A new token (id, value) made by the CLI. */
async function created(name: string, role = 'viewer'): Promise<{ id: string; value: string }> {
  const made = await token('create', '--name', name, '--role', role, '--json');
  expect(made.code, made.stderr).toBe(0);
  return JSON.parse(made.stdout) as { id: string; value: string };
}

/** Signs in with a token as a browser does; answers the cookie pair. */
async function signIn(value: string): Promise<string> {
  const res = await runner.fetch(`${API_BASE}/session`, { method: 'POST', json: { token: value } });
  expect(res.status).toBe(204);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** An event stream opened with these credentials (a bearer token's value, or a session cookie). */
const streamAs = (who: { bearer: string } | { cookie: string }) =>
  openEvents({
    fetch: (p, init) =>
      runner.fetch(p, {
        ...init,
        headers:
          'bearer' in who ? { authorization: `Bearer ${who.bearer}` } : { authorization: '', cookie: who.cookie },
      }),
  });
type Stream = Awaited<ReturnType<typeof streamAs>>;

/** Resolves with how long after `since` the stream ended; fails when it is still open at the deadline. */
async function endsWithinDeadline(stream: Stream, since: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'open'>((resolve) => (timer = setTimeout(() => resolve('open'), DEADLINE_MS)));
  const outcome = await Promise.race([stream.ended.then(() => 'ended' as const), late]);
  clearTimeout(timer);
  stream.close();
  expect(outcome, `the stream was still open ${DEADLINE_MS} ms after the revoke`).toBe('ended');
  return Date.now() - since;
}

/** The other stream still delivers: a pause and a resume reach it as events. */
async function stillDelivers(stream: Stream): Promise<void> {
  expect((await runner.fetch(`${API_BASE}/pause`, { method: 'POST' })).status).toBe(200);
  await stream.next((e) => e.type === 'monitoring' && e.data.paused === true);
  expect((await runner.fetch(`${API_BASE}/resume`, { method: 'POST' })).status).toBe(200);
  await stream.next((e) => e.type === 'monitoring' && e.data.paused === false);
}

/** Runs the CLI's token command and answers when it exited (the revoke's completion). */
async function cli(...args: string[]): Promise<number> {
  const r = await token(...args);
  expect(r.code, r.stderr).toBe(0);
  return Date.now();
}

describe('a browser session’s event stream', () => {
  it('ends within a second of an admin revoking the session; another session’s stream goes on', async () => {
    const cookie = await signIn(runner.token);
    const other = await signIn(runner.token);
    const [stream, kept] = [await streamAs({ cookie }), await streamAs({ cookie: other })];
    const listed = await runner.fetch(`${API_BASE}/sessions`, { headers: { authorization: '', cookie } });
    const sid = ((await listed.json()) as BrowserSessions).sessions.find((s) => s.current)!.sid;
    const revoked = await runner.fetch(`${API_BASE}/sessions/revoke`, { method: 'POST', json: { sid } });
    expect(revoked.status).toBe(200);
    await endsWithinDeadline(stream, Date.now());
    await stillDelivers(kept);
    kept.close();
  });

  it('ends within a second of signing out', async () => {
    const cookie = await signIn(runner.token);
    const stream = await streamAs({ cookie });
    const out = await runner.fetch(`${API_BASE}/session`, { method: 'DELETE', headers: { authorization: '', cookie } });
    expect(out.status).toBe(204);
    await endsWithinDeadline(stream, Date.now());
  });

  it('ends within a second of `ipwatch token revoke` of the token it signed in with', async () => {
    const t = await created('laptop');
    const stream = await streamAs({ cookie: await signIn(t.value) });
    await endsWithinDeadline(stream, await cli('revoke', t.id));
  });
});

describe('a bearer token’s event stream', () => {
  it('ends within a second of `ipwatch token revoke`; another token’s stream goes on', async () => {
    const t = await created('grafana');
    const [stream, kept] = [await streamAs({ bearer: t.value }), await streamAs({ bearer: runner.token })];
    await endsWithinDeadline(stream, await cli('revoke', t.id));
    await stillDelivers(kept);
    kept.close();
  });

  it('(and the token’s very next plain request) is refused at once after `ipwatch token revoke` or `rotate`', async () => {
    const asBearer = (value: string) =>
      runner.fetch(`${API_BASE}/status`, { headers: { authorization: `Bearer ${value}` } });
    const [gone, rotated] = [await created('cron'), await created('phone')];
    expect([(await asBearer(gone.value)).status, (await asBearer(rotated.value)).status]).toEqual([200, 200]);
    await cli('revoke', gone.id);
    expect((await asBearer(gone.value)).status).toBe(401);
    await cli('rotate', rotated.id);
    expect((await asBearer(rotated.value)).status).toBe(401);
  });

  it('ends within a second of `ipwatch token rotate`', async () => {
    const t = await created('script');
    const stream = await streamAs({ bearer: t.value });
    await endsWithinDeadline(stream, await cli('rotate', t.id));
  });

  it('ends within a second of its role changing in the tokens file', async () => {
    const t = await created('panel', 'admin');
    const stream = await streamAs({ bearer: t.value });
    // Another process edits the file as the CLI does (under its lock, replaced atomically).
    await withTokensLock(runner.dataDir, async () => {
      const tokens = (await readTokens(runner.dataDir))!;
      await writeTokens(
        runner.dataDir,
        tokens.map((x) => (x.id === t.id ? { ...x, role: 'viewer' as const } : x)),
      );
    });
    await endsWithinDeadline(stream, Date.now());
  });
});
