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

/** The heap snapshot of the process listening for the inspector on `port`, as its JSON text. */
export async function takeHeapSnapshot(port: number, timeoutMs = 120_000): Promise<string> {
  const WS = await webSocket();
  const ws = new WS(await debuggerUrl(port, 10_000));
  const chunks: string[] = [];
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no heap snapshot within ${timeoutMs} ms`)), timeoutMs);
      ws.onerror = (e) => {
        clearTimeout(timer);
        reject(new Error(`inspector connection failed: ${String((e as { message?: string }).message ?? e)}`));
      };
      ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'HeapProfiler.takeHeapSnapshot', params: {} }));
      ws.onmessage = (e) => {
        const msg = JSON.parse(String(e.data)) as {
          id?: number;
          method?: string;
          params?: { chunk?: string };
          error?: { message: string };
        };
        if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(msg.params?.chunk ?? '');
        else if (msg.id === 1) {
          clearTimeout(timer);
          if (msg.error) reject(new Error(`takeHeapSnapshot: ${msg.error.message}`));
          else resolve(chunks.join(''));
        }
      };
    });
  } finally {
    ws.close();
  }
}
