/**
 * The failure lock against the host proof (issue 58, finding 4), through the real API server and
 * the real CLI: 127.0.0.1 is every local program's address, so eleven wrong tokens sent from it
 * (another local user, a page's requests) lock out what has no proof there (guesses and token
 * sign-ins; a made token passes the limit anyway, issue 73), with 429, while the CLI holding this
 * run's host proof (DATA_DIR/host-proof) is still answered, with a token and in a token sign-in. The proof's holder's own wrong tokens still count against its address.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUTH_FAILURES_MAX } from '../../../../electron/engine/api/door/auth-hook';
import { HOST_PROOF_FILE, HOST_PROOF_HEADER } from '../../../../electron/engine/api/host-proof/host-proof';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { afterAskedRunner } from '../../../helpers/asked-runner';
import { fromAddress } from '../../../helpers/from-address';
import { cleanEnv, runHeadless } from '../../../helpers/headless';

let server: ApiServer<'admin'>;
let port: number;

beforeAll(async () => {
  server = await startApiServer({ name: 'host-proof-lock', tokens: [['admin', 'admin', 'ops']] });
  port = Number(new URL(server.api.url).port);
  // Someone else on this host: eleven wrong tokens from 127.0.0.1 (what fetch sends from here).
  for (let i = 0; i <= AUTH_FAILURES_MAX; i++)
    expect((await server.call('/status', `wrong-token-${i}`)).status).toBe(i < AUTH_FAILURES_MAX ? 401 : 429);
}, 60_000);

afterAll(() => server?.close());

const proof = () => readFileSync(path.join(server.dataDir, HOST_PROOF_FILE), 'utf8').trim();
const signIn = (headers: Record<string, string> = {}) =>
  server.call('/session', null, { json: { token: server.tokens.admin }, headers });

describe('eleven wrong tokens from 127.0.0.1', () => {
  it('lock out guesses and sign-ins without the proof: 429, in words; a made token is still served', async () => {
    const res = await server.call('/status', 'wrong-token-again');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/too many wrong tokens/);
    expect((await signIn()).status).toBe(429);
    // A wrong proof is no proof.
    expect((await signIn({ [HOST_PROOF_HEADER]: 'nope' })).status).toBe(429);
    // 256 random bits cannot be guessed: the token itself passes the limit (issue 73, auth-hook.ts passesLimit).
    expect((await server.call('/status', server.tokens.admin)).status).toBe(200);
  });

  it('do not lock out the real CLI (`ipwatch api`), which holds the host proof', async () => {
    const r = await runHeadless(
      ['--data-dir', server.dataDir, 'api', 'GET', '/api/v1/status', '--port', String(port)],
      cleanEnv({ IPWATCH_API_TOKEN: server.tokens.admin }),
    );
    // Only the line naming the runner it spoke to (issue 75), no refusal.
    expect(afterAskedRunner(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('families');
  });

  it('do not lock out a token sign-in with the proof', async () => {
    expect((await signIn({ [HOST_PROOF_HEADER]: proof() })).status).toBe(204);
  });
});

describe("the proof's holder", () => {
  it('still has its own wrong tokens counted against its address', async () => {
    const client = fromAddress('127.0.0.2');
    try {
      const get = (token: string, headers: Record<string, string> = {}) =>
        client.fetch(`${server.api.url}/api/v1/status`, { headers: { authorization: `Bearer ${token}`, ...headers } });
      for (let i = 0; i < AUTH_FAILURES_MAX; i++)
        expect((await get(`wrong-${i}`, { [HOST_PROOF_HEADER]: proof() })).status).toBe(401);
      expect((await get('wrong-again')).status).toBe(429);
      expect((await get('wrong-again', { [HOST_PROOF_HEADER]: proof() })).status).toBe(401);
    } finally {
      await client.close();
    }
  });
});
