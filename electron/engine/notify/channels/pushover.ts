/**
 * Pushover: POST /1/messages.json (form-encoded) with an application token and a user or
 * group key. Options: `token`, `userKey`, `device`, `priority` (-2..1; default 1 for bad news,
 * else 0), `sound`, `url` (a link shown with the message), `apiBase`.
 *
 * Its answers (pushover.net/api, "Response" and "Being Friendly to our API"): 200 with
 * `{"status":1,"request":…}`; a 4xx with `{"status":0,"errors":[…]}` and the bad field named
 * (`"token":"invalid"`, `"user":"invalid"`) must not be sent again as it is: a bad token, user
 * or device is a setting to fix (the channel pauses), any other refusal sets this notice aside;
 * 429 once the application's monthly messages are used up, counted until X-Limit-App-Reset (a
 * Unix time); 5xx or no answer: try again later.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { Delivery, SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

interface PushoverAnswer {
  status?: unknown;
  errors?: unknown;
  token?: unknown;
  user?: unknown;
  device?: unknown;
}

const parse = (body: string): PushoverAnswer | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as PushoverAnswer) : null;
  } catch {
    return null;
  }
};

/** The `errors` lines of an answer, joined; null when it has none. */
const errorsOf = (a: PushoverAnswer | null): string | null =>
  Array.isArray(a?.errors) && a.errors.length ? a.errors.map(String).join('; ') : null;

/** Milliseconds until the monthly count resets, from X-Limit-App-Reset (Unix seconds). */
export function pushoverResetMs(header: string | string[] | undefined, now: number): number | undefined {
  const v = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(v) && v > 0 ? Math.max(0, v * 1000 - now) : undefined;
}

/** Pushover's own reading of an answer (see the table above); undefined leaves it to answers.ts. */
export function pushoverAnswer(a: HttpAnswer, now: number): SendResult | undefined {
  const body = parse(a.body);
  const said = errorsOf(body);
  const error = said ? `HTTP ${a.status}: ${said}` : a.error;
  if (a.status === 429) {
    const wait = pushoverResetMs(a.headers['x-limit-app-reset'], now);
    return {
      ok: false,
      kind: 'transient',
      throttled: true,
      error: `${error} (the application's monthly message limit is used up)`,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    };
  }
  if (a.status >= 400 && a.status < 500) {
    const bad = (['token', 'user', 'device'] as const).filter((k) => body?.[k] === 'invalid');
    if (bad.length) return { ok: false, kind: 'misconfigured', error: `${error} (check the ${bad.join(', ')})` };
    if (a.status === 400) return { ok: false, kind: 'rejected', error };
  }
  if (a.status === 200 && body?.status !== 1)
    return { ok: false, kind: 'rejected', error: `${error} (Pushover did not say status 1)` };
  return undefined;
}

export const pushover = defineChannel({
  type: 'pushover',
  label: 'Pushover',
  options: CHANNEL_OPTIONS.pushover,
  create: (o, deps) => ({
    send(d: Delivery) {
      const form = new URLSearchParams({
        token: o.token,
        user: o.userKey,
        // Pushover's limits: a title of 250 characters, a message of 1024.
        title: d.message.title.slice(0, 250),
        message: d.message.text.slice(0, 1024),
        priority: String(o.priority ?? (d.message.tone === 'bad' ? 1 : 0)),
      });
      if (o.device) form.set('device', o.device);
      if (o.sound) form.set('sound', o.sound);
      if (o.url) form.set('url', o.url.slice(0, 512));
      const now = deps.clock.now();
      return postHttp({
        url: joinUrl(o.apiBase, '1/messages.json'),
        body: form.toString(),
        contentType: 'application/x-www-form-urlencoded',
        signal: d.signal,
        client: deps.http,
        now,
        refine: (a) => pushoverAnswer(a, now),
      });
    },
    close: async () => {},
  }),
});
