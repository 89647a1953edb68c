/**
 * Server-sent events at /api/v1/events: each live event as one `data:` line of JSON (its
 * `type` inside),
 * a comment every 15 s so proxies keep the connection, and `retry` so a browser's
 * EventSource reconnects by itself after a restart.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { ApiEvent } from '../../../../shared/contract';
import type { EventFeed } from './events';

const HEARTBEAT_MS = 15_000;

/**
 * Event streams open at once. Each dashboard tab holds one (the app's window listens over IPC,
 * not here); 32 is more tabs and scripts than a household runs, and caps what the streams can
 * hold to 32 sockets and 32 times MAX_SSE_UNSENT_BYTES. Past it a new stream is refused with 503
 * and SSE_BUSY_WORDS.
 */
export const MAX_SSE_CLIENTS = 32;
/**
 * Event streams one principal (a token and its sessions, or one Discord person) holds at once: a
 * person with a few tabs. A fifth ends that principal's own oldest (streams.ts), so one viewer
 * cannot take every place of MAX_SSE_CLIENTS and a reload never locks its person out.
 */
export const MAX_SSE_PER_PRINCIPAL = 4;
export const SSE_BUSY_WORDS = `${MAX_SSE_CLIENTS} event streams are open already, the most IPWatch serves at once: close a dashboard tab, or try again later`;

/**
 * Bytes written to one stream and not yet taken by its client. An event is a few KB at most, so
 * a client this far behind is not reading (a suspended tab, a stuck proxy): its stream is ended,
 * and a browser's EventSource reconnects when it reads again, instead of the backlog growing
 * in this process without end.
 */
export const MAX_SSE_UNSENT_BYTES = 256 * 1024;

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
  let ended = false;
  const write = (text: string) => {
    if (ended) return;
    if (res.writableLength > MAX_SSE_UNSENT_BYTES) return stop();
    res.write(text);
  };
  // Unnamed events, so EventSource's onmessage gets them all; the type is in the JSON.
  const send = (event: ApiEvent) => write(`data: ${JSON.stringify(redact(event))}\n\n`);
  const off = feed.subscribe(send);
  const beat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    ended = true;
    clearInterval(beat);
    off();
  };
  // A client that stopped reading: what it has not taken is dropped with its connection.
  const stop = () => {
    end();
    res.destroy();
  };
  req.raw.on('close', end);
  res.on('error', end);
  return () => {
    end();
    res.end();
  };
}
