/**
 * The event stream's bounds (issue 49): at most MAX_SSE_CLIENTS streams open at once, the next
 * refused with 503 in words, through the real runner; and a client that stops reading has its
 * stream ended once MAX_SSE_UNSENT_BYTES wait for it, instead of the backlog growing here.
 * One principal holds at most MAX_SSE_PER_PRINCIPAL of them (issue 58): its own oldest is ended
 * to make room for its next, so one viewer's 40 streams leave the admin's dashboard its stream.
 */
import { connect } from 'node:net';

import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

import { createEventFeed } from '../../../../electron/engine/api/streams/events';
import {
  MAX_SSE_CLIENTS,
  MAX_SSE_PER_PRINCIPAL,
  MAX_SSE_UNSENT_BYTES,
  SSE_BUSY_WORDS,
  streamEvents,
} from '../../../../electron/engine/api/streams/sse';
import { EventHub } from '../../../../electron/engine/events';
import { createLogger } from '../../../../electron/engine/logger';
import { API_BASE } from '../../../../shared/contract';
import type { EngineEvent } from '../../../../shared/types';
import { type ApiRunner, createTokens, openEvents } from '../../../helpers/api-runner';
import { runnerPerFile } from '../../../helpers/runner-per-file';
import { until } from '../../../helpers/until';

describe('event streams through the runner', () => {
  let runner: ApiRunner;
  runnerPerFile((r) => (runner = r));

  /** An event stream opened with this bearer token. */
  const streamAs = (token: string) =>
    openEvents({ fetch: (p, init) => runner.fetch(p, { ...init, headers: { authorization: `Bearer ${token}` } }) });

  it(`serves ${MAX_SSE_CLIENTS} at once and refuses one more with 503 in words, until one closes`, async () => {
    // Each principal holds MAX_SSE_PER_PRINCIPAL at most: several fill the server, one more is refused.
    const holders = Math.ceil(MAX_SSE_CLIENTS / MAX_SSE_PER_PRINCIPAL);
    const names = Array.from({ length: holders + 1 }, (_, i) => [`tab-holder-${i}`, 'viewer'] as const);
    const values = await createTokens(runner.dataDir, names);
    const late = values.pop()!;
    const open = await Promise.all(Array.from({ length: MAX_SSE_CLIENTS }, (_, i) => streamAs(values[i % holders]!)));
    const refused = await runner.fetch(`${API_BASE}/events`, { headers: { authorization: `Bearer ${late}` } });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({ error: { code: 'busy', message: SSE_BUSY_WORDS } });
    open.pop()!.close();
    // The server frees the place when it sees the connection close.
    let again: Awaited<ReturnType<typeof openEvents>> | undefined;
    await until(
      async () => {
        again = await streamAs(late).catch(() => undefined);
        return again !== undefined;
      },
      { what: 'a stream once one closed' },
    );
    for (const s of [...open, again!]) s.close();
  });

  it(`keeps one token to ${MAX_SSE_PER_PRINCIPAL} streams, ending its own oldest: 40 leave the admin a stream`, async () => {
    const [viewer] = await createTokens(runner.dataDir, [['forty-tabs', 'viewer']]);
    const opened = [];
    for (let i = 0; i < 40; i++) opened.push(await streamAs(viewer!));
    const [older, newest] = [opened.slice(0, -MAX_SSE_PER_PRINCIPAL), opened.slice(-MAX_SSE_PER_PRINCIPAL)];
    // Each older one was ended by the server as a newer one of the same token came.
    await Promise.all(older.map((s) => s.ended));
    const admin = await openEvents(runner);
    expect(admin.contentType).toMatch(/^text\/event-stream/);
    // The admin's stream and the token's newest deliver: a pause reaches each.
    expect((await runner.fetch(`${API_BASE}/pause`, { method: 'POST' })).status).toBe(200);
    for (const s of [admin, ...newest]) await s.next((e) => e.type === 'monitoring' && e.data.paused === true);
    expect((await runner.fetch(`${API_BASE}/resume`, { method: 'POST' })).status).toBe(200);
    for (const s of [admin, ...opened]) s.close();
  });
});

describe('a client that stops reading', () => {
  it(`has its stream ended once more than ${MAX_SSE_UNSENT_BYTES} bytes wait for it`, async () => {
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const hub = new EventHub<EngineEvent>(logger);
    const feed = createEventFeed({ on: (l) => hub.on(l), channels: () => [], clock: { now: () => 0 } });
    const app = Fastify();
    app.get('/events', (req, reply) => void streamEvents(req, reply, feed));
    const url = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    const socket = connect(Number(url.port), '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await until(() => feed.listeners === 1, { what: 'the stream to start' });
    socket.pause(); // reads nothing more: the kernel's buffers fill, then the server's
    // 64 MB of events, far past what the kernel buffers between two sockets on loopback.
    const reason = 'x'.repeat(16 * 1024);
    for (let i = 0; i < 4096 && feed.listeners > 0; i++) {
      hub.emit({ type: 'monitoring', at: i, paused: false, reason } as unknown as EngineEvent);
      if (i % 64 === 63) await new Promise((r) => setImmediate(r));
    }
    expect(feed.listeners).toBe(0);
    socket.resume();
    await closed;
    await app.close();
  });
});
