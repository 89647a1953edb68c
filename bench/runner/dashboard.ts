/**
 * A dashboard's load on the runner's API, as an open browser tab makes it: one SSE stream
 * (`/api/v1/events`) held open and read, and every `everyMs` the status, a history page and the
 * recent events. The stream is opened again when the runner ends it, and once every ten minutes
 * (a tab reloaded), so per-client state that outlives its client shows as growth. Counts are kept
 * so a run can say the load happened; failures are counted, never thrown (a soak goes on).
 */
const REOPEN_MS = 10 * 60_000;
const POLLED = ['/api/v1/status', '/api/v1/history?limit=50', '/api/v1/recent-events?limit=100'];

export interface Dashboard {
  counts: { polls: number; failures: number; sseEvents: number; sseOpened: number };
  stop(): Promise<void>;
}

export function startDashboard(api: { url: string; token: string }, everyMs: number): Dashboard {
  const headers = { authorization: `Bearer ${api.token}` };
  const counts = { polls: 0, failures: 0, sseEvents: 0, sseOpened: 0 };
  let stopped = false;
  let stream: AbortController | null = null;

  const poll = async () => {
    for (const path of POLLED) {
      try {
        const res = await fetch(`${api.url}${path}`, { headers });
        await res.arrayBuffer();
        if (res.ok) counts.polls++;
        else counts.failures++;
      } catch {
        counts.failures++;
      }
    }
  };

  const readStream = async () => {
    while (!stopped) {
      stream = new AbortController();
      const reopen = setTimeout(() => stream?.abort(), REOPEN_MS);
      try {
        const res = await fetch(`${api.url}/api/v1/events`, { headers, signal: stream.signal });
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        counts.sseOpened++;
        const decoder = new TextDecoder();
        for await (const chunk of res.body) {
          counts.sseEvents += (decoder.decode(chunk as Uint8Array, { stream: true }).match(/^data:/gm) ?? []).length;
        }
      } catch {
        if (!stream.signal.aborted) {
          counts.failures++;
          await new Promise((r) => setTimeout(r, 1_000)); // a refused stream is asked again, not in a tight loop
        }
      } finally {
        clearTimeout(reopen);
      }
    }
  };

  const timer = setInterval(() => void poll(), everyMs);
  const reading = readStream();
  void poll();
  return {
    counts,
    async stop() {
      stopped = true;
      clearInterval(timer);
      stream?.abort();
      await reading;
    },
  };
}
