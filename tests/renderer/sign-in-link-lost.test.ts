/**
 * A lost link says nothing about a session: while the sign-in form shows, a request that gets no
 * answer (the runner stopped, a proxy's 502) keeps the connection "signed-out", so the form stays
 * with its error instead of giving way to an empty shell that cannot reach anything. While signed
 * in, the same failure is "disconnected", as before.
 */
import { describe, expect, it } from 'vitest';

import { createConnection, type ConnectionState } from '../../renderer/src/api/connection';
import { createHttpClient } from '../../renderer/src/api/http';
import { NO_ANSWER } from '../../renderer/src/api/sign-in-words';

const noAnswer: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};
const badGateway: typeof fetch = async () => new Response('bad gateway', { status: 502 });

function clientFrom(state: ConnectionState, doFetch: typeof fetch) {
  const connection = createConnection(state);
  return { connection, http: createHttpClient({ connection, fetch: doFetch, EventSource: undefined }) };
}

describe('a lost link while signed out', () => {
  it.each([
    ['no answer', noAnswer],
    ['a 502 from a proxy', badGateway],
  ])('keeps the sign-in form after %s, from any request', async (_name, doFetch) => {
    const { connection, http } = clientFrom('signed-out', doFetch);
    await expect(http.getStatus()).rejects.toThrow();
    expect(connection.get()).toBe('signed-out');
    expect(await http.hasSession()).toBe(false);
    expect(connection.get()).toBe('signed-out');
  });

  it('a sign-in with no answer says so in words and keeps the form', async () => {
    const { connection, http } = clientFrom('signed-out', noAnswer);
    const r = await http.signIn('some-token');
    expect(r).toMatchObject({ ok: false, refusal: NO_ANSWER });
    expect(connection.get()).toBe('signed-out');
  });

  it('while signed in, the same failures are a lost link', async () => {
    for (const doFetch of [noAnswer, badGateway]) {
      const { connection, http } = clientFrom('connected', doFetch);
      await expect(http.getStatus()).rejects.toThrow();
      expect(connection.get()).toBe('disconnected');
    }
  });

  it('a 401 still signs out, and a good answer signs in', async () => {
    const { connection, http } = clientFrom('connected', async () => new Response('', { status: 401 }));
    expect(await http.hasSession()).toBe(false);
    expect(connection.get()).toBe('signed-out');
    const again = clientFrom('signed-out', async () => new Response('{}', { status: 200 }));
    expect(await again.http.hasSession()).toBe(true);
    expect(again.connection.get()).toBe('connected');
  });
});
