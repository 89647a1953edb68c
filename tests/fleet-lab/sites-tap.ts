/**
 * The fleet lab's reader of a watcher's API from inside the watcher's own network namespace (the
 * API answers on its loopback only): it follows the live stream (GET /api/v1/events, server-sent
 * events) and, at its start and at each `sites` word (contract/fleet.ts sitesEventSchema), reads
 * GET /api/v1/sites and prints one JSON line `{ at, sites }` on stdout, at the time it was read.
 *
 * Usage: ip netns exec NS node --import tsx tests/fleet-lab/sites-tap.ts API_URL TOKEN_FILE
 */
import { readFileSync } from 'node:fs';

const [url, tokenFile] = process.argv.slice(2);
if (!url || !tokenFile) throw new Error('usage: sites-tap.ts API_URL TOKEN_FILE');
const headers = { authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` };

let reading = Promise.resolve();
function readSites(): void {
  reading = reading.then(async () => {
    const res = await fetch(`${url}/api/v1/sites`, { headers });
    const body = (await res.json()) as unknown;
    process.stdout.write(`${JSON.stringify({ at: Date.now(), status: res.status, ...(body as object) })}\n`);
  });
}

const res = await fetch(`${url}/api/v1/events`, { headers });
if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
readSites();
const decoder = new TextDecoder();
let buf = '';
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
  buf += decoder.decode(chunk, { stream: true });
  let i: number;
  while ((i = buf.indexOf('\n\n')) >= 0) {
    const data = /^data: (.*)$/m.exec(buf.slice(0, i))?.[1];
    buf = buf.slice(i + 2);
    if (data && (JSON.parse(data) as { type?: string }).type === 'sites') readSites();
  }
}
