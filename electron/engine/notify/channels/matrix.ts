/**
 * Matrix, through the client-server API: PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}
 * with the account's access token (Authorization: Bearer). Options: `homeserver`, `room` (an id,
 * or an alias resolved once by GET /_matrix/client/v3/directory/room/{alias}), `accessToken`,
 * `notice` (m.notice rather than m.text). The message is the plain text every chat channel sends.
 *
 * The transaction id is the delivery's idempotency key, made from the outbox row's channel and key
 * (payload.ts): every try of one row, after a lost answer or a restart, sends the same id, and the
 * homeserver answers a repeat with the event it already made instead of posting again (spec,
 * "Transaction identifiers": scoped to the access token's device). A test notice has a key of
 * its own, so it is never taken for an earlier one.
 *
 * Its answers (spec, "Standard error response", "Rate limiting"): 200 `{"event_id":…}`; an error
 * is `{"errcode":…,"error":…}`. M_UNKNOWN_TOKEN or M_MISSING_TOKEN (401): the token was logged
 * out or mistyped; M_FORBIDDEN (403): the account may not post there; M_NOT_FOUND for an alias:
 * no such room. Each pauses the channel with that reason. M_LIMIT_EXCEEDED (429) waits
 * `retry_after_ms` (or the Retry-After header newer servers send, which wins); a 5xx tries again.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { Delivery, SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

interface MatrixAnswer {
  errcode?: unknown;
  error?: unknown;
  retry_after_ms?: unknown;
  room_id?: unknown;
}

const parse = (body: string): MatrixAnswer | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as MatrixAnswer) : null;
  } catch {
    return null;
  }
};

/** A 429's `retry_after_ms`, when the header said nothing. */
export const matrixRetryAfter = (body: string): number | undefined => {
  const v = parse(body)?.retry_after_ms;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
};

/** What to fix, by the error code that says the settings are wrong. */
const SETTING_ERRORS: Record<string, string> = {
  M_UNKNOWN_TOKEN: 'the access token is not valid (logged out, or mistyped): give a new one',
  M_MISSING_TOKEN: 'the access token is not valid (logged out, or mistyped): give a new one',
  M_FORBIDDEN: 'the account may not post in this room: invite it, and join the room with it',
  M_NOT_FOUND: 'no room has this alias on the homeserver: check the room',
};

/** Matrix's own reading of an answer (see the table above); undefined leaves it to answers.ts. */
export function matrixAnswer(a: HttpAnswer): SendResult | undefined {
  if (a.status < 400 || a.status === 429 || a.status >= 500) return undefined;
  const body = parse(a.body);
  const code = typeof body?.errcode === 'string' ? body.errcode.slice(0, 64) : null;
  const said = typeof body?.error === 'string' ? body.error.slice(0, 300) : '';
  if (code === null) return undefined;
  const error = `HTTP ${a.status}: ${code}${said ? ` ${said}` : ''}`;
  const fix = SETTING_ERRORS[code];
  if (fix) return { ok: false, kind: 'misconfigured', error: `${error} (${fix})` };
  return a.status === 400 || a.status === 413 ? { ok: false, kind: 'rejected', error } : undefined;
}

export const matrix = defineChannel({
  type: 'matrix',
  label: 'Matrix',
  options: CHANNEL_OPTIONS.matrix,
  create: (o, deps) => {
    const api = joinUrl(o.homeserver, '_matrix/client/v3');
    const headers = { authorization: `Bearer ${o.accessToken}` };
    // An alias is resolved once per build; an id is its own.
    let roomId: string | null = o.room.startsWith('!') ? o.room : null;

    async function resolveAlias(d: Delivery): Promise<SendResult | null> {
      let found: unknown;
      const result = await postHttp({
        url: `${api}/directory/room/${encodeURIComponent(o.room)}`,
        method: 'GET',
        body: '',
        headers,
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
        retryAfterFromBody: matrixRetryAfter,
        refine: (a) => {
          if (a.status === 200) found = parse(a.body)?.room_id;
          return matrixAnswer(a);
        },
      });
      if (!result.ok) return result;
      if (typeof found !== 'string' || !found.startsWith('!'))
        return { ok: false, kind: 'transient', error: `the homeserver named no room for ${o.room}` };
      roomId = found;
      return null;
    }

    return {
      async send(d) {
        if (roomId === null) {
          const failed = await resolveAlias(d);
          if (failed) return failed;
        }
        const room = encodeURIComponent(roomId!);
        const txn = encodeURIComponent(d.idempotencyKey);
        return postHttp({
          url: `${api}/rooms/${room}/send/m.room.message/${txn}`,
          method: 'PUT',
          body: JSON.stringify({
            msgtype: o.notice ? 'm.notice' : 'm.text',
            body: `${d.message.title}\n${d.message.text}`,
          }),
          headers,
          signal: d.signal,
          client: deps.http,
          now: deps.clock.now(),
          retryAfterFromBody: matrixRetryAfter,
          refine: matrixAnswer,
        });
      },
      close: async () => {},
    };
  },
});
