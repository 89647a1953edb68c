/**
 * Server-sent events at /api/v1/events: each live event as one `data:` line of JSON (its
 * `type` inside),
 * a comment every 15 s so proxies keep the connection, and `retry` so a browser's
 * EventSource reconnects by itself after a restart.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { ApiEvent } from '../../../shared/contract';
import type { EventFeed } from './events';

const HEARTBEAT_MS = 15_000;

/**
 * Streams the feed to one client until it goes away; returns the function that ends the
 * stream from our side (the server closing), since a hijacked response keeps its
 * connection open past fastify's close.
 */
export function streamEvents(
  req: FastifyRequest,
  reply: FastifyReply,
  feed: EventFeed,
  redact: <T>(v: T) => T = (v) => v,
): () => void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx and friends must not buffer a stream.
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n: connected\n\n');
  // Unnamed events, so EventSource's onmessage gets them all; the type is in the JSON.
  const send = (event: ApiEvent) => void res.write(`data: ${JSON.stringify(redact(event))}\n\n`);
  const off = feed.subscribe(send);
  const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    clearInterval(beat);
    off();
  };
  req.raw.on('close', end);
  res.on('error', end);
  return () => {
    end();
    res.end();
  };
}
