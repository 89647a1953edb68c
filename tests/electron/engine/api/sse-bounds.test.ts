/**
 * The event stream's bounds (issue 49): at most MAX_SSE_CLIENTS streams open at once, the next
 * refused with 503 in words, through the real runner; and a client that stops reading has its
 * stream ended once MAX_SSE_UNSENT_BYTES wait for it, instead of the backlog growing here.
 */
import { connect } from 'node:net';

import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

import { createEventFeed } from '../../../../electron/engine/api/events';
import {
  MAX_SSE_CLIENTS,
  MAX_SSE_UNSENT_BYTES,
  SSE_BUSY_WORDS,
  streamEvents,
} from '../../../../electron/engine/api/sse';
import { EventHub } from '../../../../electron/engine/events';
import { createLogger } from '../../../../electron/engine/logger';
import type { EngineEvent } from '../../../../shared/types';
import { type ApiRunner, openEvents } from '../../../helpers/api-runner';
import { runnerPerFile } from '../../../helpers/runner-per-file';
import { until } from '../../../helpers/until';

describe('event streams through the runner', () => {
  let runner: ApiRunner;
  runnerPerFile((r) => (runner = r));

  it(`serves ${MAX_SSE_CLIENTS} at once and refuses one more with 503 in words, until one closes`, async () => {
    const open = await Promise.all(Array.from({ length: MAX_SSE_CLIENTS }, () => openEvents(runner)));
    const refused = await runner.fetch('/api/v1/events');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({ error: { code: 'busy', message: SSE_BUSY_WORDS } });
    open.pop()!.close();
    // The server frees the place when it sees the connection close.
    let again: Awaited<ReturnType<typeof openEvents>> | undefined;
    await until(
      async () => {
        again = await openEvents(runner).catch(() => undefined);
        return again !== undefined;
      },
      { what: 'a stream once one closed' },
    );
    for (const s of [...open, again!]) s.close();
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
