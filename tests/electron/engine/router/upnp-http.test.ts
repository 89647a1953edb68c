/**
 * The HTTP the UPnP-IGD client sends its router: answers capped, a cut connection, a router that
 * never answers, one that refuses, each read as the RouterFailure the engine decides on.
 */
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { upnpExchange } from '../../../../electron/engine/router/upnp-http';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

/** A raw TCP "router" that does `onRequest` with each connection once a request head arrived. */
async function router(onRequest: (socket: Socket) => void): Promise<URL> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) onRequest(socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/rootDesc.xml`);
}

const get = (url: URL, timeoutMs = 5000, signal = new AbortController().signal) =>
  upnpExchange({ url, method: 'GET', maxBytes: 1024 }, signal, timeoutMs, 'the device description');

describe('upnpExchange', () => {
  it('reads an answer', async () => {
    const url = await router((s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello'));
    expect(await get(url)).toMatchObject({ status: 200, body: 'hello' });
  });

  it('refuses an answer over the cap', async () => {
    const url = await router((s) => s.end(`HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n${'x'.repeat(4096)}`));
    await expect(get(url)).rejects.toMatchObject({
      code: 'malformed',
      message: "the device description: the router's answer to GET is over 1024 bytes",
    });
  });

  it('reads a connection cut mid-answer as a network failure', async () => {
    const url = await router((s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf');
      setImmediate(() => s.destroy());
    });
    await expect(get(url)).rejects.toMatchObject({ code: 'network' });
  });

  it('gives up on a router that never answers', async () => {
    const url = await router(() => undefined);
    await expect(get(url, 200)).rejects.toMatchObject({
      code: 'timeout',
      message: 'the device description: the router did not answer in time',
    });
  });

  it('reads cancelled when the caller aborts', async () => {
    const url = await router(() => undefined);
    const caller = new AbortController();
    const pending = get(url, 60_000, caller.signal);
    caller.abort(new Error('stop'));
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('reads a closed port as refused', async () => {
    const url = await router(() => undefined);
    await cleanup.pop()?.();
    await expect(get(url)).rejects.toMatchObject({ code: 'refused' });
  });
});
