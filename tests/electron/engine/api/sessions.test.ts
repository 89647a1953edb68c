import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createSessionStore,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionExpiresAt,
  sessionMaxAgeMs,
  SESSIONS_FILE,
  TOUCH_SAVE_MS,
} from '../../../../electron/engine/api/sessions/sessions';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { FakeClock } from '../../../helpers/fake-clock';

const H = 3600_000;
const setup = async (dataDir: string | null = mkdtempSync(path.join(tmpdir(), 'ipwatch-sessions-'))) => {
  const logs: LogRecord[] = [];
  const clock = new FakeClock();
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  const store = await createSessionStore({ dataDir, clock, logger });
  return { dataDir, clock, logger, logs, store };
};
const alice = { id: 'discord:1', name: 'alice', role: 'admin' as const };
const bob = { id: 'discord:2', name: 'bob', role: 'viewer' as const };

describe('session expiry (pure)', () => {
  it.each([
    // createdAt, lastSeenAt, idle, max, expected
    [0, 0, 12 * H, 168 * H, 12 * H],
    [0, 160 * H, 12 * H, 168 * H, 168 * H],
    [0, 100 * H, 12 * H, 168 * H, 112 * H],
    [0, 0, 12 * H, 2 * H, 2 * H],
  ])('created %d, seen %d, idle %d, max %d: ends at %d', (createdAt, lastSeenAt, idle, max, expected) => {
    expect(sessionExpiresAt({ createdAt, lastSeenAt }, idle, max)).toBe(expected);
  });

  it.each([
    [720, SESSION_MAX_MS],
    [168, SESSION_MAX_MS],
    [24, 24 * H],
    [1, H],
  ])('api.sessionHours %d bounds a session at %d ms', (hours, ms) => {
    expect(sessionMaxAgeMs(hours)).toBe(ms);
  });
});

describe('createSessionStore', () => {
  it('signs in with a random cookie, keeping only its hash in a private file', async () => {
    const { store, dataDir } = await setup();
    const value = await store.create(alice);
    expect(value).toMatch(/^[\w-]{43}$/);
    expect(store.lookup(value)).toMatchObject({ ...alice, via: 'session', signedInAt: Date.UTC(2026, 0, 1) });
    expect(store.lookup(`${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(store.lookup('garbage')).toBeNull();
    const file = path.join(dataDir!, SESSIONS_FILE);
    expect(readFileSync(file, 'utf8')).not.toContain(value);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('ends a session after 12 h idle, and one in use after 7 days in all', async () => {
    const { store, clock } = await setup();
    const idle = await store.create(alice);
    const busy = await store.create(bob);
    await clock.advance(SESSION_IDLE_MS - 1000);
    expect(store.lookup(busy)?.name).toBe('bob');
    await clock.advance(2000);
    expect(store.lookup(idle)).toBeNull();
    const end = Date.UTC(2026, 0, 1) + SESSION_MAX_MS;
    while (clock.now() + 11 * H < end) {
      await clock.advance(11 * H);
      expect(store.lookup(busy)).not.toBeNull();
    }
    await clock.advance(end - clock.now());
    expect(store.lookup(busy)).toBeNull();
    expect(store.list()).toEqual([]);
  });

  it('signs out one session, and everywhere for one person only', async () => {
    const { store } = await setup();
    const a1 = await store.create(alice);
    const a2 = await store.create(alice);
    const b = await store.create(bob);
    expect(await store.revoke(a1)).toBe(true);
    expect(await store.revoke(a1)).toBe(false);
    expect(store.lookup(a1)).toBeNull();
    expect(store.lookup(a2)).not.toBeNull();
    const a3 = await store.create(alice);
    expect(await store.revokeAll(alice.id)).toBe(2);
    expect([store.lookup(a2), store.lookup(a3)]).toEqual([null, null]);
    expect(store.list().map((s) => s.name)).toEqual(['bob']);
    expect(JSON.stringify(store.list())).not.toContain(b);
  });

  it('keeps sessions and sign-outs across a restart, and the idle clock within a minute', async () => {
    const { store, clock, dataDir, logger } = await setup();
    const a = await store.create(alice);
    const b = await store.create(bob);
    await store.revoke(b);
    await clock.advance(6 * H);
    expect(store.lookup(a)).not.toBeNull();
    await clock.advance(TOUCH_SAVE_MS); // the moved idle clock is written
    await store.flush();
    const again = await createSessionStore({ dataDir, clock, logger });
    expect(again.lookup(b)).toBeNull();
    await clock.advance(11 * H); // 11 h after the last request: still signed in
    expect(again.lookup(a)?.name).toBe('alice');
  });

  it('keeps how a session signed in: Discord, a token on this host, a token elsewhere; an old entry is not on host', async () => {
    const { store, clock, dataDir, logger } = await setup();
    const tokenAdmin = { id: 'token:t1', name: 'admin', role: 'admin' as const };
    const viaDiscord = await store.create(alice);
    const here = await store.create(tokenAdmin, true);
    const lan = await store.create(tokenAdmin);
    const file = path.join(dataDir!, SESSIONS_FILE);
    // A file from before `onHost` was kept: the first token session's entry loses it.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessions: Record<string, unknown>[] };
    expect(kept.sessions.map((s) => s.onHost)).toEqual([undefined, true, undefined]);
    const old = await store.create(tokenAdmin, true);
    const file2 = JSON.parse(readFileSync(file, 'utf8')) as { sessions: Record<string, unknown>[] };
    delete file2.sessions[3]!.onHost;
    writeFileSync(file, JSON.stringify(file2));
    const again = await createSessionStore({ dataDir, clock, logger });
    const how = (v: string) => {
      const p = again.lookup(v);
      return [p?.signedInWith, p?.signedInOnHost];
    };
    expect(how(viaDiscord)).toEqual(['discord', false]);
    expect(how(here)).toEqual(['token', true]);
    expect(how(lan)).toEqual(['token', false]);
    expect(how(old)).toEqual(['token', false]);
  });

  it('lists each session by its own random id (not the cookie or its hash) and revokes by it', async () => {
    const { store, dataDir } = await setup();
    const a = await store.create(alice);
    const b = await store.create({ id: 'token:t1', name: 'admin', role: 'admin' });
    const listed = store.list();
    expect(listed.map((s) => [s.name, s.via])).toEqual([
      ['alice', 'discord'],
      ['admin', 'token'],
    ]);
    for (const s of listed) expect(s.sid).toMatch(/^s[0-9a-f]{12}$/);
    const text = JSON.stringify(listed);
    const hashes = (
      JSON.parse(readFileSync(path.join(dataDir!, SESSIONS_FILE), 'utf8')) as {
        sessions: { hash: string }[];
      }
    ).sessions.map((s) => s.hash);
    for (const secret of [a, b, ...hashes, ...hashes.map((h) => h.slice(0, 12))]) expect(text).not.toContain(secret);
    expect(store.sidOf(a)).toBe(listed[0]!.sid);
    expect(store.sidOf('garbage')).toBeNull();

    expect(await store.revokeBySid(listed[0]!.sid)).toMatchObject({ name: 'alice', sid: listed[0]!.sid });
    expect(store.lookup(a)).toBeNull();
    expect(store.lookup(b)?.name).toBe('admin');
    expect(await store.revokeBySid(listed[0]!.sid)).toBeNull();
    expect(await store.revokeBySid('s000000000000')).toBeNull();
  });

  it('gives a session from an older file (no id) one on read, kept across the next restart', async () => {
    const { store, clock, dataDir, logger } = await setup();
    const a = await store.create(alice);
    const file = path.join(dataDir!, SESSIONS_FILE);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessions: Record<string, unknown>[] };
    delete kept.sessions[0]!.sid;
    writeFileSync(file, JSON.stringify(kept));
    const again = await createSessionStore({ dataDir, clock, logger });
    const sid = again.list()[0]!.sid;
    expect(sid).toMatch(/^s[0-9a-f]{12}$/);
    const third = await createSessionStore({ dataDir, clock, logger });
    expect(third.list()[0]!.sid).toBe(sid);
    expect(third.sidOf(a)).toBe(sid);
  });

  it('sets an unreadable file aside and starts empty, keeping good entries of a readable one', async () => {
    const { dataDir, clock, logger, logs, store } = await setup();
    const a = await store.create(alice);
    const file = path.join(dataDir!, SESSIONS_FILE);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessions: unknown[] };
    kept.sessions.push({ hash: 'x', role: 'owner' });
    writeFileSync(file, JSON.stringify(kept));
    expect((await createSessionStore({ dataDir, clock, logger })).lookup(a)?.name).toBe('alice');
    writeFileSync(file, '{not json');
    const fresh = await createSessionStore({ dataDir, clock, logger });
    expect(fresh.list()).toEqual([]);
    expect(existsSync(`${file}.bad`)).toBe(true);
    expect(logs.some((l) => l.level === 'warn' && /sessions file/.test(l.message))).toBe(true);
  });

  it('lives in memory without a data folder', async () => {
    const { store } = await setup(null);
    const a = await store.create(alice);
    expect(store.lookup(a)?.role).toBe('admin');
    await store.flush();
  });
});
