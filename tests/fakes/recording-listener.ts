/**
 * A bare TCP listener on 127.0.0.1 that answers nothing and records every byte each connection
 * sends: the place a client must never reach with a secret (issue 58, one parse per destination).
 * An MQTT CONNECT, an SMTP greeting's reply, an HTTP request with its Authorization header: all
 * arrive here as bytes, so a test can say "no secret arrived" of any protocol. Connections are
 * held open until close().
 *
 * @example
 *   const trap = await startRecordingListener();
 *   // ... a client is pointed somewhere that must not be trap.port
 *   expect(trap.received('the-password')).toBe(false);
 *   await trap.close();
 */
import { type AddressInfo, createServer, type Socket } from 'node:net';

export interface RecordingListener {
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  /** Every byte received, all connections in order of arrival. */
  bytes(): Buffer;
  /** Whether `text` arrived anywhere in the bytes (as UTF-8). */
  received(text: string): boolean;
  /** Resolves at the first connection. */
  connected(): Promise<void>;
  close(): Promise<void>;
}

export async function startRecordingListener(): Promise<RecordingListener> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  let first: () => void = () => undefined;
  const firstConnection = new Promise<void>((resolve) => (first = resolve));
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    first();
    socket.on('data', (b: Buffer) => chunks.push(b));
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => accepted,
    bytes: () => Buffer.concat(chunks),
    received: (text) => Buffer.concat(chunks).includes(Buffer.from(text, 'utf8')),
    connected: () => firstConnection,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
