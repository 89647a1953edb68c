/**
 * One heartbeat request on undici (loaded at the first ping, as the channels load it), bounded by
 * a deadline (net/deadline.ts, for the reason given there); the answer's body read up to a bound,
 * since only a few words are expected.
 */
import { withDeadline } from '../../net/deadline';
import { loadUndici } from '../../net/undici';
import { describeError } from '../../notify/http';
import type { PingAnswer, PingRequest } from './types';

export const PING_TIMEOUT_MS = 10_000;
const BODY_MAX = 4096;

/** Never rejects: a failure is an answer with its reason. */
export function sendPing(
  req: PingRequest,
  read: (status: number, body: string) => PingAnswer,
  userAgent: string,
  abort: AbortSignal,
): Promise<PingAnswer> {
  return withDeadline(abort, PING_TIMEOUT_MS, async (signal) => {
    try {
      const { request } = await loadUndici();
      const res = await request(req.url, {
        method: req.method,
        headers: { 'user-agent': userAgent, ...(req.body ? { 'content-type': 'text/plain; charset=utf-8' } : {}) },
        ...(req.body ? { body: req.body } : {}),
        signal,
      });
      let body = '';
      for await (const chunk of res.body) {
        body += (chunk as Buffer).toString('utf8');
        if (body.length >= BODY_MAX) break;
      }
      if (!res.body.destroyed) res.body.destroy();
      return read(res.statusCode, body.slice(0, BODY_MAX));
    } catch (err) {
      return { ok: false, error: describeError(err, signal) } as const;
    }
  });
}
