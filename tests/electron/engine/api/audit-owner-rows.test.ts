/**
 * The owner's changes outlast anyone else's traffic (issue 73), through the real API server on the
 * real history store at the product's bounds, driven in process (fastify's inject: every hook and
 * route, no socket) so a flood this size takes seconds: a viewer token signs in and signs out
 * everywhere, signs in again and signs out, 6,000 times each, from an address of 127.0.0.0/8
 * that changes each time, over 3 minutes of the server's clock. Every row of what an admin or the
 * host changed (the tokens the CLI made, an admin's pause and resume, an admin ending a browser
 * session) is still in the log, unchanged; the viewer's sign-outs are counted on one row each, and
 * its sign-ins (a row per address, so the address said stays true) fill only its own share of the
 * access rows. Before issue 73 each sign-out everywhere was a change row of its own, and about
 * 5,000 of them left no admin row in the log.
 */
import { existsSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUDIT_KIND_ROWS, auditKind, principalRows } from '../../../../electron/engine/store/audit';
import type { AuditEntry } from '../../../../shared/contract/history';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

const FLOOD = 6_000;
/** 3 minutes over the flood's 6,000 rounds. */
const STEP_MS = (3 * 60_000) / FLOOD;
const clock = new FakeClock(Date.UTC(2026, 10, 27, 1));
let server: ApiServer<'admin' | 'viewer'>;
let host: string;

beforeAll(async () => {
  server = await startApiServer({
    name: 'audit-owner',
    clock,
    // Each sign-in and sign-out keeps sessions.json (synced): in memory where the host has it, seconds not minutes.
    ...(existsSync('/dev/shm') ? { dataRoot: '/dev/shm' } : {}),
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer', 'eve'],
    ],
  });
  host = `127.0.0.1:${server.api.port}`;
}, 60_000);
afterAll(() => server?.close());

type Sent = { method: 'GET' | 'POST' | 'DELETE'; url: string; from?: string; cookie?: string; bearer?: string };

const send = (r: Sent, payload?: unknown) =>
  server.api.inject({
    method: r.method,
    url: `/api/v1${r.url}`,
    remoteAddress: r.from ?? '127.0.0.1',
    headers: {
      host,
      ...(r.cookie ? { cookie: r.cookie } : {}),
      ...(r.bearer ? { authorization: `Bearer ${r.bearer}` } : {}),
    },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

/** A viewer's sign-in from `from`: its session cookie. */
async function signIn(from: string): Promise<string> {
  const res = await send({ method: 'POST', url: '/session', from }, { token: server.tokens.viewer });
  expect(res.statusCode).toBe(204);
  const cookie = res.cookies.find((c) => c.name.endsWith('ipwatch_session'));
  return `${cookie!.name}=${cookie!.value}`;
}

/** The whole audit log, newest first, as the API gives it to an admin. */
async function auditRows(): Promise<AuditEntry[]> {
  const rows: AuditEntry[] = [];
  for (;;) {
    const res = await send({
      method: 'GET',
      url: `/audit?limit=1000&offset=${rows.length}`,
      bearer: server.tokens.admin,
    });
    expect(res.statusCode).toBe(200);
    const page = (res.json() as { items: AuditEntry[] }).items;
    rows.push(...page);
    if (page.length < 1000) return rows;
  }
}

/** The n-th address of 127.0.0.0/8 past 127.0.1.0 (so never 127.0.0.1, the admin's). */
const addressOf = (n: number) => `127.${(n >> 16) & 255}.${((n >> 8) & 255) + 1}.${n & 255}`;

describe("the owner's changes through a viewer's flood", () => {
  it(`keeps every admin change row through ${FLOOD} sign-ins, sign-outs and sign-outs everywhere`, async () => {
    // What an admin and the host change: the CLI's tokens (read at the first request), a pause and
    // a resume, and a browser session of the viewer's ended by the admin.
    expect((await send({ method: 'POST', url: '/pause', bearer: server.tokens.admin })).statusCode).toBe(200);
    expect((await send({ method: 'POST', url: '/resume', bearer: server.tokens.admin })).statusCode).toBe(200);
    await signIn('127.0.0.2');
    const listed = await send({ method: 'GET', url: '/sessions', bearer: server.tokens.admin });
    const sid = (listed.json() as { sessions: { sid: string }[] }).sessions[0]!.sid;
    const revoked = await send({ method: 'POST', url: '/sessions/revoke', bearer: server.tokens.admin }, { sid });
    expect(revoked.statusCode).toBe(200);
    const owners = (await auditRows()).filter((r) => auditKind(r.action, r.result) === 'change');
    expect(owners.map((r) => r.action).sort()).toEqual([
      'monitor.pause',
      'monitor.resume',
      'session.revoke',
      'token.create',
      'token.create',
    ]);

    for (let i = 0; i < FLOOD; i++) {
      clock.jump(STEP_MS);
      const everywhere = await send({
        method: 'POST',
        url: '/session/sign-out-everywhere',
        cookie: await signIn(addressOf(i)),
      });
      expect(everywhere.statusCode).toBe(200);
      const out = await send({ method: 'DELETE', url: '/session', cookie: await signIn(addressOf(i)) });
      expect(out.statusCode).toBe(204);
    }

    const rows = await auditRows();
    // Every admin and host change row is there as it was.
    for (const row of owners) expect(rows.find((r) => r.id === row.id)).toEqual(row);
    const eve = rows.filter((r) => r.actor === 'eve (viewer, token)' || r.actor === 'eve (viewer, session)');
    // A loop of sign-outs (everywhere) within a minute of each other: one row each, with its count.
    const everywhere = eve.filter((r) => r.action === 'session.sign-out-everywhere');
    expect(everywhere).toHaveLength(1);
    expect(everywhere[0]!.repeated?.times).toBe(FLOOD);
    const outs = eve.filter((r) => r.action === 'session.sign-out');
    expect(outs).toHaveLength(1);
    expect(outs[0]!.repeated?.times).toBe(FLOOD);
    // A sign-in from each address is a row (its address said true), the viewer's own share at most.
    const share = principalRows(AUDIT_KIND_ROWS);
    expect(eve.filter((r) => r.action === 'session.sign-in')).toHaveLength(share);
    expect(rows.length).toBeLessThan(owners.length + share + 10);
  }, 300_000);
});
