/**
 * The OpenAPI document is made once per server (issue 58): making it costs over 100 ms of the
 * event loop, so each read must not make it again. Through the real API server over HTTP, the
 * fastify instances made while serving are counted on fastify's own `fastify.initialization`
 * diagnostics channel (the document is made on an instance of its own, openapi-doc.ts): the first
 * read makes one, the next reads none, and every read answers the same body.
 */
import { channel } from 'node:diagnostics_channel';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiServer, startApiServer } from '../../../helpers/api-server';

let server: ApiServer<'viewer'>;
beforeAll(async () => {
  server = await startApiServer({ name: 'openapi-cache', tokens: [['viewer', 'viewer']] });
}, 60_000);
afterAll(() => server?.close());

describe('GET /api/v1/openapi.json', () => {
  it('makes the document at the first read only, and answers the same body each time', async () => {
    let made = 0;
    const count = () => void made++;
    const init = channel('fastify.initialization');
    init.subscribe(count);
    try {
      const read = async () => {
        const res = await server.call('/openapi.json', server.tokens.viewer);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        return res.text();
      };
      const first = await read();
      expect(made).toBe(1);
      expect((JSON.parse(first) as { openapi: string }).openapi).toBe('3.1.0');
      const [second, third] = await Promise.all([read(), read()]);
      expect(second).toBe(first);
      expect(third).toBe(first);
      expect(made).toBe(1);
    } finally {
      init.unsubscribe(count);
    }
  });
});
