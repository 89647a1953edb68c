/**
 * A Discord session follows the member (issue 50), through the real API server (startApi) on a
 * data folder, the real session store on a fake clock, and the Discord stand-in
 * (tests/fakes/discord-oauth.ts) over HTTP: a change of the sign-in settings counts at the next
 * request (a listed admin unlisted gets 401 at once); an hour on, Discord is asked again on a
 * session's next request, without holding it, and a role taken in the stand-in ends the viewer
 * and makes the admin without Manage Server a viewer; Discord down or rate limiting keeps
 * everyone signed in; a revoked access token ends the session. The access token stays in
 * sessions.json (0600) and out of the logs, the list and the audit log.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startApi, type RunningApi } from '../../../../../electron/engine/api';
import { RECHECK_MS } from '../../../../../electron/engine/api/discord-sign-in/follow';
import { SESSIONS_FILE } from '../../../../../electron/engine/api/sessions/sessions';
import { systemClock } from '../../../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../../electron/engine/store';
import type { AuditEntry } from '../../../../../shared/contract';
import { type Settings, settingsSchema } from '../../../../../shared/settings';
import { type DiscordOAuthFake, type FakeDiscordUser, startDiscordOAuth } from '../../../../fakes/discord-oauth';
import { openEvents } from '../../../../helpers/api-runner';
import { ADMIN, CLIENT, SECRET, SERVER, STRANGER, VIEW_ROLE, VIEWER } from '../../../../helpers/discord-cast';
import { signInWithDiscord } from '../../../../helpers/discord-sign-in';
import { FakeClock } from '../../../../helpers/fake-clock';
import { startWorld, type World } from '../../../../helpers/world';

const ADMIN_TOKEN = 'the-first-admin-token-0123456789';
const clock = new FakeClock();
const logs: LogRecord[] = [];
const waiters: { test: (r: LogRecord) => boolean; done: () => void }[] = [];
const logger = createLogger('test', {
  level: 'debug',
  sink: (r) => {
    logs.push(r);
    for (const w of waiters.splice(0).filter((x) => (x.test(r) ? (x.done(), false) : true))) waiters.push(w);
  },
});
/** Resolves at the next log line with this message about this Discord user (the event a re-check ends with). */
const nextLog = (message: string, userId: string) =>
  new Promise<void>((done) =>
    waiters.push({ test: (r) => r.message === message && r.data?.id === `discord:${userId}`, done }),
  );

// The stand-in reads these objects at each request: a test changes a member's roles on them.
const ada: FakeDiscordUser = structuredClone(ADMIN);
ada.guilds[0]!.roles = [VIEW_ROLE];
const vic: FakeDiscordUser = structuredClone(VIEWER);
const sam: FakeDiscordUser = structuredClone(STRANGER);

let world: World;
let runtime: Runtime;
let discord: DiscordOAuthFake;
let api: RunningApi;
let dataDir: string;
let settings: Settings;

const withAdmins = (admins: string[], viewerRoles = [VIEW_ROLE]): Settings =>
  settingsSchema.parse({
    ...settings,
    api: {
      ...settings.api,
      signIn: { discord: { clientId: CLIENT, secret: { env: 'SIGN_IN_SECRET' }, admins, viewerRoles } },
    },
  });

beforeAll(async () => {
  world = await startWorld();
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [ada, vic, sam] });
  dataDir = mkdtempSync(path.join(tmpdir(), 'ipwatch-follow-'));
  writeFileSync(path.join(dataDir, 'api-token'), `${ADMIN_TOKEN}\n`, { mode: 0o600 });
  settings = settingsSchema.parse({
    ...world.settings(),
    monitor: { ...world.settings().monitor, ipv6: false },
    discord: { apiBase: discord.apiBase, guilds: [SERVER] },
  });
  settings = withAdmins([sam.id]);
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({ settings, store, logger, version: 'test' });
  await runtime.start();
  api = await startApi({
    services: runtime.services,
    settings: {
      read: async () => ({ settings, envOverrides: [] }),
      write: async () => ({ ok: true, live: [], restart: [] }),
    },
    api: { ...settings.api, port: 0 },
    dataDir,
    logger,
    version: 'test',
    clock,
    secrets: { env: { SIGN_IN_SECRET: SECRET }, readFile: () => '' },
  });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await runtime?.close();
  await discord?.close();
  await world?.close();
});

/** A browser signing in as this stand-in user; its session cookie. */
const signIn = (userId: string) => signInWithDiscord(api.url, discord, userId);
const me = (cookie: string) => fetch(`${api.url}/api/v1/session/me`, { headers: { cookie } });
const roleOf = async (cookie: string) => {
  const res = await me(cookie);
  return res.status === 200 ? ((await res.json()) as { role: string }).role : res.status;
};
const ends = async () =>
  (
    (await (
      await fetch(`${api.url}/api/v1/audit?limit=100`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).json()) as { items: AuditEntry[] }
  ).items.filter((e) => e.action === 'session.end' || e.action === 'session.role');
const memberCalls = () => discord.requests.filter((r) => r.startsWith('GET /api/v10/users/@me/guilds')).length;

describe('a Discord session follows the sign-in settings and the member', () => {
  it('ends a listed admin’s session at the next request once the settings stop listing them', async () => {
    const samCookie = await signIn(sam.id);
    const vicCookie = await signIn(vic.id);
    expect([await roleOf(samCookie), await roleOf(vicCookie)]).toEqual(['admin', 'viewer']);
    settings = withAdmins([]);
    expect(await roleOf(samCookie)).toBe(401);
    expect(await roleOf(vicCookie)).toBe('viewer');
    expect((await ends()).map((e) => [e.actor, e.action, e.detail])).toContainEqual([
      'ipwatch',
      'session.end',
      `session ended: no longer allowed by the sign-in settings; sam (Discord user id ${sam.id}), signed in as admin`,
    ]);
    // The viewer role unlisted: the viewer's session ends at its own next request too.
    settings = withAdmins([], []);
    expect(await roleOf(vicCookie)).toBe(401);
    settings = withAdmins([sam.id]);
  });

  it('asks Discord again an hour on, without holding the request; a role taken ends or lowers the session', async () => {
    const vicCookie = await signIn(vic.id);
    const adaCookie = await signIn(ada.id);
    expect([await roleOf(vicCookie), await roleOf(adaCookie)]).toEqual(['viewer', 'admin']);
    vic.guilds[0]!.roles = [];
    ada.guilds[0]!.permissions = 0x400n; // Manage Server taken; the viewer role kept
    const calls = memberCalls();
    await clock.advance(RECHECK_MS - 60_000);
    expect([await roleOf(vicCookie), await roleOf(adaCookie)]).toEqual(['viewer', 'admin']);
    expect(memberCalls()).toBe(calls); // not yet an hour: Discord is not asked
    await clock.advance(60_000);
    const checked = [
      nextLog('Discord session checked again', vic.id),
      nextLog('Discord session checked again', ada.id),
    ];
    // These requests go on with the role in force while Discord is asked.
    expect([await roleOf(vicCookie), await roleOf(adaCookie)]).toEqual(['viewer', 'admin']);
    await Promise.all(checked);
    expect(await roleOf(vicCookie)).toBe(401);
    expect(await roleOf(adaCookie)).toBe('viewer');
    const pause = await fetch(`${api.url}/api/v1/pause`, {
      method: 'POST',
      headers: { cookie: adaCookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(pause.status).toBe(403);
    const rows = (await ends()).map((e) => e.detail);
    expect(rows).toContainEqual(
      `session ended: no longer allowed by what Discord says of the member; vic (Discord user id ${vic.id}), signed in as viewer`,
    );
    expect(rows.some((d) => d?.startsWith('session role changed from admin to viewer'))).toBe(true);
    // Once an hour at most: more requests within the hour ask Discord nothing.
    const after = memberCalls();
    await clock.advance(RECHECK_MS / 2);
    expect(await roleOf(adaCookie)).toBe('viewer');
    expect(memberCalls()).toBe(after);
    vic.guilds[0]!.roles = [VIEW_ROLE];
    ada.guilds[0]!.permissions = 0x20n | 0x400n;
  });

  it('keeps a session signed in while Discord is down or rate limiting, and ends it once its access is revoked', async () => {
    const vicCookie = await signIn(vic.id);
    for (const status of [503, 429]) {
      discord.outage(status);
      await clock.advance(RECHECK_MS);
      const failed = nextLog('could not check a Discord session again; it keeps its role', vic.id);
      expect(await roleOf(vicCookie)).toBe('viewer');
      await failed;
      expect(await roleOf(vicCookie)).toBe('viewer');
    }
    discord.outage(null);
    discord.revokeTokens(vic.id);
    await clock.advance(RECHECK_MS);
    const ended = nextLog('Discord session ended', vic.id);
    expect(await roleOf(vicCookie)).toBe('viewer');
    await ended;
    expect(await roleOf(vicCookie)).toBe(401);
    expect((await ends()).map((e) => e.detail)).toContainEqual(
      `session ended: Discord refused its access (signed out of Discord, or the app deauthorized); vic (Discord user id ${vic.id}), signed in as viewer`,
    );
  });

  it('keeps the access token in sessions.json (0600) only: never in the logs, the list or the audit log', async () => {
    await signIn(ada.id);
    const file = path.join(dataDir, SESSIONS_FILE);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessions: { discord?: { accessToken: string } }[] };
    const tokens = kept.sessions.flatMap((s) => (s.discord ? [s.discord.accessToken] : []));
    expect(tokens.length).toBeGreaterThan(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const read = async (p: string) =>
      (await fetch(`${api.url}/api/v1${p}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
    const seen = [JSON.stringify(logs), await read('/sessions'), await read('/audit?limit=100')].join('\n');
    expect(seen).toContain('"Ada"'); // the list and the audit log do name the person
    for (const t of tokens) expect(seen).not.toContain(t);
  });
});

/** An event stream opened with this session cookie (and, given, another Authorization header). */
const streamOf = (cookie: string) =>
  openEvents({ fetch: (p, init) => fetch(`${api.url}${p}`, { ...init, headers: { cookie } }) });

/** Resolves when the stream ended; fails when it is still open a second after `since` (a revoke's completion). */
async function endsWithinASecond(stream: Awaited<ReturnType<typeof streamOf>>, since: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'open'>((resolve) => (timer = setTimeout(() => resolve('open'), since + 1000 - Date.now())));
  const outcome = await Promise.race([stream.ended.then(() => 'ended' as const), late]);
  clearTimeout(timer);
  stream.close();
  expect(outcome, 'the stream was still open a second after the revoke').toBe('ended');
}

describe('a Discord session’s event stream (issue 58)', () => {
  it('ends within a second of the sign-in settings no longer allowing it, without another request', async () => {
    const stream = await streamOf(await signIn(sam.id));
    settings = withAdmins([]);
    await endsWithinASecond(stream, Date.now());
    settings = withAdmins([sam.id]);
  });

  it('ends within a second of the sign-in settings giving the session another role', async () => {
    settings = withAdmins([sam.id, vic.id]);
    const cookie = await signIn(vic.id);
    expect(await roleOf(cookie)).toBe('admin');
    const stream = await streamOf(cookie);
    settings = withAdmins([sam.id]); // vic unlisted, but holds the viewer role: a viewer now
    await endsWithinASecond(stream, Date.now());
    expect(await roleOf(cookie)).toBe('viewer');
  });

  it('ends within a second of Discord’s follow-up ending the session, asked while the stream is open', async () => {
    const stream = await streamOf(await signIn(vic.id));
    discord.revokeTokens(vic.id);
    const ended = nextLog('Discord session ended', vic.id);
    await clock.advance(RECHECK_MS);
    await ended;
    await endsWithinASecond(stream, Date.now());
  });

  it('ends within a second of Discord’s follow-up giving the session another role', async () => {
    const cookie = await signIn(ada.id);
    expect(await roleOf(cookie)).toBe('admin');
    const stream = await streamOf(cookie);
    ada.guilds[0]!.permissions = 0x400n; // Manage Server taken; the viewer role kept
    const changed = nextLog('Discord session role changed', ada.id);
    await clock.advance(RECHECK_MS);
    await changed;
    await endsWithinASecond(stream, Date.now());
    expect(await roleOf(cookie)).toBe('viewer');
    ada.guilds[0]!.permissions = 0x20n | 0x400n;
  });

  it('follows a request that carries `Authorization: Basic x` beside the Discord cookie', async () => {
    const cookie = await signIn(sam.id);
    settings = withAdmins([]);
    const res = await fetch(`${api.url}/api/v1/session/me`, { headers: { cookie, authorization: 'Basic x' } });
    expect(res.status).toBe(401);
    settings = withAdmins([sam.id]);
  });
});
