/**
 * One port for TLS and plain HTTP (electron/engine/api/listen.ts), on a fastify app of its own:
 * plain HTTP on loopback keeps working across requests on one connection, a stop ends every
 * connection (a TLS one, a plain one waiting for its answer, one that never spoke), and a
 * pinned client reaches the same routes over TLS.
 */
import net from 'node:net';

import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';

import { dualServerFactory } from '../../../../electron/engine/api/listen';
import { leafFacts } from '../../../../electron/engine/tls/fingerprint';
import { generateCertificate } from '../../../../electron/engine/tls/generate';
import { pinnedRequest } from '../../../helpers/pinned-https';

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function serve() {
  const pair = await generateCertificate({ dns: ['localhost'], ip: ['127.0.0.1'] }, Date.now());
  app = Fastify({ serverFactory: dualServerFactory(pair, false), forceCloseConnections: true });
  let waiting: () => void = () => undefined;
  const hanging = new Promise<void>((resolve) => (waiting = resolve));
  app.get('/n/:n', async (req) => ({ n: Number((req.params as { n: string }).n) }));
  // A request that is never answered: only the stop ends it.
  app.get('/hang', async () => {
    waiting();
    await new Promise(() => undefined);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as net.AddressInfo).port;
  return { port, fingerprint: leafFacts(pair.cert).fingerprint, hanging };
}

/** A plain connection; `send` writes a request, `answers` holds the text read so far. */
function plainConnection(port: number) {
  const s = net.connect({ host: '127.0.0.1', port });
  let text = '';
  s.setEncoding('utf8');
  s.on('data', (d: string) => (text += d));
  s.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => s.on('close', () => resolve()));
  const next = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const look = () => (pattern.test(text) ? (s.off('data', look), resolve()) : undefined);
      s.on('data', look);
      look();
    });
  return {
    send: (path: string) => s.write(`GET ${path} HTTP/1.1\r\nhost: localhost\r\n\r\n`),
    text: () => text,
    next,
    closed,
  };
}

describe('dualServerFactory', () => {
  it('answers plain HTTP on loopback, request after request on one connection, and TLS on the same port', async () => {
    const { port, fingerprint } = await serve();
    const c = plainConnection(port);
    c.send('/n/1');
    await c.next(/\{"n":1\}/);
    c.send('/n/2');
    await c.next(/\{"n":2\}/);
    expect(c.text().match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    const res = await pinnedRequest(`https://127.0.0.1:${port}/n/3`, fingerprint);
    expect(res).toMatchObject({ status: 200, body: '{"n":3}' });
  });

  it('ends a plain connection waiting for its answer, and one that never spoke, when it stops', async () => {
    const { port, hanging } = await serve();
    const waiting = plainConnection(port);
    waiting.send('/hang');
    await hanging;
    const silent = plainConnection(port);
    await app!.close();
    app = null;
    await Promise.all([waiting.closed, silent.closed]);
    expect(waiting.text()).toBe('');
  });
});
