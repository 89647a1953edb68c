/**
 * Matrix against a stand-in homeserver (tests/fakes/matrix.ts): one event per change with the
 * address, to a room named by id or alias; a retry after an answer lost on the way reuses its
 * transaction id, so the room gets the event once; M_UNKNOWN_TOKEN and M_FORBIDDEN pause the
 * channel with the reason in words; M_LIMIT_EXCEEDED waits its retry_after_ms.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { matrixAnswer, matrixRetryAfter } from '../../../../electron/engine/notify/channels/matrix';
import { MATRIX_ALIAS, MATRIX_ROOM_ID, MATRIX_TOKEN, startMatrixFake, type MatrixFake } from '../../../fakes/matrix';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let mx: MatrixFake;
let h: Harness;
afterEach(async () => {
  await h.close();
  await mx.close();
});

const start = async (extra: Record<string, unknown> = {}) => {
  mx = await startMatrixFake();
  h = await startHarness({
    id: 'mx',
    type: 'matrix',
    homeserver: mx.url,
    room: MATRIX_ROOM_ID,
    accessToken: MATRIX_TOKEN,
    ...extra,
  });
};

const sends = () => mx.requests.filter((r) => r.method === 'PUT');

describe('matrix', { timeout: 60_000 }, () => {
  it('posts one m.notice per change, with the address, each under its own transaction id', async () => {
    await start();
    await h.notify();
    await until(() => h.store.counts('mx').sent === 1, { what: 'the first event' });
    await h.notify();
    await until(() => h.store.counts('mx').sent === 2, { what: 'the second event' });
    expect(mx.events).toHaveLength(2);
    expect(mx.events[0]!.content.msgtype).toBe('m.notice');
    expect(mx.events[0]!.content.body).toContain('198.51.100.1');
    expect(mx.events[1]!.content.body).toContain('198.51.100.2');
    expect(mx.events[0]!.txnId).not.toBe(mx.events[1]!.txnId);
  });

  it('resolves an alias to its room once', async () => {
    await start({ room: MATRIX_ALIAS, notice: false });
    await h.notify();
    await h.notify();
    await until(() => h.store.counts('mx').sent === 2, { what: 'both events' });
    expect(mx.events.map((e) => e.roomId)).toEqual([MATRIX_ROOM_ID, MATRIX_ROOM_ID]);
    expect(mx.events[0]!.content.msgtype).toBe('m.text');
    expect(mx.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('retries an answer lost on the way with the same transaction id, and the room gets the event once', async () => {
    await start();
    mx.dropNextAnswer();
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the attempt whose answer was lost' });
    expect(mx.events).toHaveLength(1);
    await h.clock.advance(3_600_000);
    await until(() => h.store.counts('mx').sent === 1, { what: 'the retry taken as done' });
    expect(sends()).toHaveLength(2);
    expect(sends()[0]!.path).toBe(sends()[1]!.path);
    expect(mx.events).toHaveLength(1);
  });

  it('pauses on M_UNKNOWN_TOKEN, saying so in words', async () => {
    await start({ accessToken: 'syt_wrong' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/HTTP 401: M_UNKNOWN_TOKEN .*\(the access token is not valid/);
    await h.clock.advance(6 * 3_600_000);
    expect(sends()).toHaveLength(1);
  });

  it('pauses on M_FORBIDDEN for a room the account is not in', async () => {
    await start({ room: '!other:example.org' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/M_FORBIDDEN .*\(the account may not post in this room/);
  });

  it('pauses on an alias no room has', async () => {
    await start({ room: '#nowhere:example.org' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/M_NOT_FOUND .*no room has this alias/);
  });

  it('waits the retry_after_ms of M_LIMIT_EXCEEDED, then posts', async () => {
    await start();
    mx.limitNext(1, 90_000);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the limited attempt' });
    expect(h.status().nextAttemptAt! - h.clock.now()).toBe(90_000);
    await h.clock.advance(89_000);
    expect(sends()).toHaveLength(1);
    await h.clock.advance(1000);
    await until(() => h.store.counts('mx').sent === 1, { what: 'the event after the wait' });
    expect(mx.events).toHaveLength(1);
  });

  it('keeps the access token out of logs, status and the outbox', async () => {
    await start();
    mx.limitNext(1, 1000);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the limited attempt' });
    expect(h.readable()).not.toContain(MATRIX_TOKEN);
  });

  it('refuses a room that is neither an id nor an alias before sending', async () => {
    await start({ room: 'home' });
    await h.notify();
    expect(h.status().state).toBe('invalid');
    expect(h.status().reason).toMatch(/room: expected a room id/);
  });
});

describe('matrixAnswer', () => {
  const answer = (status: number, body: unknown) =>
    matrixAnswer({ status, body: JSON.stringify(body), headers: {}, error: `HTTP ${status}: …` });
  it.each([
    [401, { errcode: 'M_MISSING_TOKEN', error: 'Missing access token' }, 'misconfigured'],
    [401, { errcode: 'M_UNKNOWN_TOKEN', error: 'Invalid', soft_logout: true }, 'misconfigured'],
    [403, { errcode: 'M_FORBIDDEN', error: 'not in room' }, 'misconfigured'],
    [400, { errcode: 'M_BAD_JSON', error: 'bad' }, 'rejected'],
    [413, { errcode: 'M_TOO_LARGE', error: 'too large' }, 'rejected'],
  ])('HTTP %d %j: %s', (status, body, kind) => {
    expect(answer(status, body)).toMatchObject({ ok: false, kind });
  });
  it('leaves success, a 429 and a 5xx to the common table', () => {
    expect(answer(200, { event_id: '$x' })).toBeUndefined();
    expect(answer(429, { errcode: 'M_LIMIT_EXCEEDED', retry_after_ms: 5 })).toBeUndefined();
    expect(answer(502, 'gateway')).toBeUndefined();
  });
  it.each([
    ['{"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":2000}', 2000],
    ['{"errcode":"M_LIMIT_EXCEEDED"}', undefined],
    ['{"retry_after_ms":-1}', undefined],
    ['nope', undefined],
  ])('retry_after_ms of %s: %j', (body, want) => {
    expect(matrixRetryAfter(body)).toBe(want);
  });
});
