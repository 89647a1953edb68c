/**
 * Body limits per route, enforced before the body is read (issue 58): the table (body-limits.ts),
 * and through the real API server: an 80 MB body announced to POST /api/v1/session is answered 413
 * in words while the client has sent 1 KB of it (the server answers before the client finished);
 * a default route takes 64 KB, the settings 1 MB, and an import the upload size. Before, every
 * route took the upload size (about 90 MB), read and parsed before the sign-in refused it.
 */
import net from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  bodyLimitOf,
  DEFAULT_BODY_BYTES,
  SETTINGS_BODY_BYTES,
  SIGN_IN_BODY_BYTES,
} from '../../../../electron/engine/api/door/body-limits';
import { type ApiServer, errorMessage, startApiServer } from '../../../helpers/api-server';

const MB = 1024 * 1024;

describe('bodyLimitOf (pure)', () => {
  it.each([
    ['/api/v1/session', undefined, SIGN_IN_BODY_BYTES],
    ['/api/v1/session/sign-out-everywhere', undefined, SIGN_IN_BODY_BYTES],
    ['/api/v1/session/discord/callback', undefined, SIGN_IN_BODY_BYTES],
    ['/api/v1/settings', 'saveSettings', SETTINGS_BODY_BYTES],
    ['/api/v1/import', 'importHistory', Math.ceil(10 * MB * 1.4)],
    ['/api/v1/restore', 'restore', Math.ceil(10 * MB * 1.4)],
    ['/api/v1/pause', 'pause', DEFAULT_BODY_BYTES],
    ['/api/v1/sessions/revoke', 'revokeSession', DEFAULT_BODY_BYTES],
    ['/metrics', undefined, DEFAULT_BODY_BYTES],
  ])('%s (%s): %d bytes', (url, contractMethod, bytes) => {
    expect(bodyLimitOf({ url, contractMethod }, 10 * MB)).toBe(bytes);
  });
});

let server: ApiServer<'admin'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'body-limits', tokens: [['admin', 'admin', 'ops']] });
}, 60_000);

afterAll(() => server?.close());

/**
 * Announces `announced` bytes of JSON to `path`, sends `sent` of them and waits for the answer
 * (at most 10 s: a server that reads the body first never answers before it is all sent).
 */
function announce(path: string, announced: number, sent: number): Promise<{ head: string; body: string }> {
  const { port } = new URL(server.api.url);
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port: Number(port) }, () => {
      s.write(
        `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\n` +
          `content-length: ${announced}\r\n\r\n`,
      );
      s.write(`{"token":"${'a'.repeat(sent - 11)}`);
    });
    let text = '';
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error(`no answer within 10 s to ${sent} bytes of ${announced} announced`));
    }, 10_000);
    s.setEncoding('utf8');
    s.on('data', (d: string) => {
      text += d;
      const end = text.indexOf('\r\n\r\n');
      if (end < 0 || !text.includes('}}')) return;
      clearTimeout(timer);
      s.destroy();
      resolve({ head: text.slice(0, end), body: text.slice(end + 4) });
    });
    s.on('error', reject);
  });
}

describe('the sign-in route', () => {
  it('refuses an 80 MB body with 413 in words before it is sent, having read 1 KB', async () => {
    const { head, body } = await announce('/api/v1/session', 80 * MB, 1024);
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(body).toMatch(/larger than this route takes \(4 KB\); nothing was read or changed/);
  });
});

describe('other routes', () => {
  const big = (bytes: number) => ({ settings: { padding: 'x'.repeat(bytes) } });

  it('a default route takes 64 KB', async () => {
    const res = await server.call('/pause', server.tokens.admin, { json: { minutes: 5, note: 'x'.repeat(70_000) } });
    expect(res.status).toBe(413);
    expect(await errorMessage(res)).toMatch(/larger than this route takes \(64 KB\)/);
  });

  it('the settings take up to 1 MB: 900 KB is read (and judged), 1.2 MB is refused unread', async () => {
    const read = await server.call('/settings', server.tokens.admin, { method: 'PUT', json: big(900_000) });
    expect(read.status).not.toBe(413);
    const refused = await server.call('/settings', server.tokens.admin, { method: 'PUT', json: big(1.2 * MB) });
    expect(refused.status).toBe(413);
    expect(await errorMessage(refused)).toMatch(/\(1 MB\)/);
  });

  it('an import takes the upload size: 5 MB is read (and judged)', async () => {
    const json = { name: 'big.json', content: 'x'.repeat(5 * MB) };
    const res = await server.call('/import', server.tokens.admin, { json });
    expect(res.status).not.toBe(413);
  });
});
