/**
 * A local stand-in for a Matrix homeserver's client-server API, as the spec (spec.matrix.org
 * v1.11, client-server API) and Synapse (synapse/rest/client/room.py RoomSendEventRestServlet,
 * synapse/rest/client/transactions.py HttpTransactionCache) answer:
 * - PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId} with `Authorization:
 *   Bearer <token>`: 200 `{"event_id":"$…"}`. A repeated txnId from the same token answers the
 *   first event again and posts nothing ("Transaction identifiers"); a request that failed is
 *   not remembered (Synapse drops failed transactions from its cache).
 * - GET /_matrix/client/v3/directory/room/{roomAlias}: 200 `{"room_id","servers"}`, or 404
 *   M_NOT_FOUND.
 * - Errors are `{"errcode","error"}`: 401 M_MISSING_TOKEN / M_UNKNOWN_TOKEN (with `soft_logout`),
 *   403 M_FORBIDDEN for a room the user is not in, 429 M_LIMIT_EXCEEDED with `retry_after_ms`.
 */
import { randomBytes } from 'node:crypto';

import { type LoopbackService, type ServiceAnswer, startLoopbackService } from './loopback-service';

export const MATRIX_TOKEN = 'syt_aXB3YXRjaA_RrJxbVkYtqNQmPQEHwfv_1hKTzs';
export const MATRIX_ROOM_ID = '!KqQyfYhLpFzrnWvOmA:example.org';
export const MATRIX_ALIAS = '#home:example.org';

export interface MatrixEvent {
  roomId: string;
  txnId: string;
  eventId: string;
  content: { msgtype?: string; body?: string };
}

export interface MatrixFake extends LoopbackService {
  /** The events posted to rooms, each once. */
  events: MatrixEvent[];
  /** The next send posts its event, then the connection drops before the answer. */
  dropNextAnswer(): void;
  /** The next `n` sends answer 429 M_LIMIT_EXCEEDED with this retry_after_ms. */
  limitNext(n: number, retryAfterMs: number): void;
}

const err = (status: number, errcode: string, error: string, extra: object = {}): ServiceAnswer => ({
  status,
  json: { errcode, error, ...extra },
});

export async function startMatrixFake(): Promise<MatrixFake> {
  const events: MatrixEvent[] = [];
  const byTxn = new Map<string, string>();
  let drop = false;
  let limited = 0;
  let limitMs = 0;
  const service = await startLoopbackService((req) => {
    const auth = req.headers.authorization;
    if (!auth) return err(401, 'M_MISSING_TOKEN', 'Missing access token');
    if (auth !== `Bearer ${MATRIX_TOKEN}`)
      return err(401, 'M_UNKNOWN_TOKEN', 'Invalid access token passed.', { soft_logout: false });
    const alias = /^\/_matrix\/client\/v3\/directory\/room\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && alias) {
      const name = decodeURIComponent(alias[1]!);
      return name === MATRIX_ALIAS
        ? { status: 200, json: { room_id: MATRIX_ROOM_ID, servers: ['example.org'] } }
        : err(404, 'M_NOT_FOUND', `Room alias ${name} not found`);
    }
    const send = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/send\/m\.room\.message\/([^/]+)$/.exec(req.path);
    if (req.method !== 'PUT' || !send) return err(404, 'M_UNRECOGNIZED', 'Unrecognized request');
    const roomId = decodeURIComponent(send[1]!);
    const txnId = decodeURIComponent(send[2]!);
    const seen = byTxn.get(`${auth} ${txnId}`);
    if (seen) return { status: 200, json: { event_id: seen } };
    if (limited > 0) {
      limited--;
      return err(429, 'M_LIMIT_EXCEEDED', 'Too Many Requests', { retry_after_ms: limitMs });
    }
    if (roomId !== MATRIX_ROOM_ID) return err(403, 'M_FORBIDDEN', `User @ipwatch:example.org not in room ${roomId}`);
    const eventId = `$${randomBytes(16).toString('base64url')}`;
    events.push({ roomId, txnId, eventId, content: JSON.parse(req.body) as MatrixEvent['content'] });
    byTxn.set(`${auth} ${txnId}`, eventId);
    if (drop) {
      drop = false;
      return { drop: true };
    }
    return { status: 200, json: { event_id: eventId } };
  });
  return {
    ...service,
    events,
    dropNextAnswer: () => void (drop = true),
    limitNext: (n, ms) => {
      limited = n;
      limitMs = ms;
    },
  };
}
