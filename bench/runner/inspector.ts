/**
 * A heap snapshot of another node process over its inspector port (started with
 * `--inspect=127.0.0.1:<port>`, diagnosis only: the runner never ships with it). The Chrome
 * DevTools Protocol as documented at https://chromedevtools.github.io/devtools-protocol/v8/HeapProfiler/:
 * the target's WebSocket address from `GET /json/list`, then `HeapProfiler.takeHeapSnapshot`,
 * whose snapshot arrives as `HeapProfiler.addHeapSnapshotChunk` events before its reply.
 * Taking one collects garbage first, so it reads the live heap.
 */
import { createServer } from 'node:net';

import { sleep } from '../engine/stats';

/** A free TCP port on 127.0.0.1 (listened on and let go, so the child can take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function debuggerUrl(port: number, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        webSocketDebuggerUrl?: string;
      }[];
      const url = list[0]?.webSocketDebuggerUrl;
      if (url) return url;
    } catch (err) {
      if (Date.now() > until) throw new Error(`no inspector on 127.0.0.1:${port}: ${String(err)}`);
    }
    await sleep(200);
  }
}

type WebSocketCtor = new (url: string) => {
  onopen: (() => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  send(data: string): void;
  close(): void;
};

/** Node's own WebSocket (node 22 and later), else undici's (the same code, from the npm package). */
async function webSocket(): Promise<WebSocketCtor> {
  const own = (globalThis as { WebSocket?: WebSocketCtor }).WebSocket;
  return own ?? ((await import('undici')).WebSocket as unknown as WebSocketCtor);
}

export interface HeapInspector {
  /** The live heap's snapshot, as its JSON text. */
  takeHeapSnapshot(timeoutMs?: number): Promise<string>;
  close(): void;
}

/**
 * One inspector session kept open for every snapshot: V8 forgets its object ids when the heap
 * profiler's session ends, so only snapshots of one session can be compared object by object
 * (DevTools' Comparison view, or "objects allocated between" the two).
 */
export async function openHeapInspector(port: number): Promise<HeapInspector> {
  const WS = await webSocket();
  const ws = new WS(await debuggerUrl(port, 10_000));
  await new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = (e) =>
      reject(new Error(`inspector connection failed: ${String((e as { message?: string }).message ?? e)}`));
  });
  let nextId = 1;
  let pending: { id: number; chunks: string[]; done: (err: Error | null, text?: string) => void } | null = null;
  ws.onerror = (e) => pending?.done(new Error(`inspector connection failed: ${String(e)}`));
  ws.onmessage = (e) => {
    const msg = JSON.parse(String(e.data)) as {
      id?: number;
      method?: string;
      params?: { chunk?: string };
      error?: { message: string };
    };
    if (!pending) return;
    if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') pending.chunks.push(msg.params?.chunk ?? '');
    else if (msg.id === pending.id)
      pending.done(msg.error ? new Error(`takeHeapSnapshot: ${msg.error.message}`) : null, pending.chunks.join(''));
  };
  return {
    takeHeapSnapshot(timeoutMs = 120_000) {
      if (pending) return Promise.reject(new Error('a heap snapshot is being taken already'));
      return new Promise<string>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => finish(new Error(`no heap snapshot within ${timeoutMs} ms`)), timeoutMs);
        const finish = (err: Error | null, text?: string) => {
          clearTimeout(timer);
          pending = null;
          if (err) reject(err);
          else resolve(text ?? '');
        };
        pending = { id, chunks: [], done: finish };
        ws.send(JSON.stringify({ id, method: 'HeapProfiler.takeHeapSnapshot', params: {} }));
      });
    },
    close: () => ws.close(),
  };
}
