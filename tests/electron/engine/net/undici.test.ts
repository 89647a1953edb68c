/**
 * The one HTTP client (net/undici.ts) loads only undici's pools and `request`: in a bare node,
 * a request made through it leaves Node's internal copy of undici (the one inside `fetch`)
 * unloaded, while loading the npm package's entry loads it (the contrast shows the check sees
 * it). Each case runs in a fresh node, as the runner does, and reads process.moduleLoadList.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const NODE_COPY = 'NativeModule internal/deps/undici/undici';

/** Runs `body` (an ES module's text, with `loadUndici` and `server` in scope) and returns its JSON line. */
async function inBareNode(body: string): Promise<{ status: number; text: string; nodeCopy: boolean }> {
  const script = `
    import http from 'node:http';
    import { loadUndici } from './electron/engine/net/undici.ts';
    const server = http.createServer((q, r) => r.end(q.method + ' ' + q.url));
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const url = 'http://127.0.0.1:' + server.address().port + '/path?q=1';
    const out = await (async () => { ${body} })();
    server.close();
    console.log(JSON.stringify({ ...out, nodeCopy: process.moduleLoadList.includes(${JSON.stringify(NODE_COPY)}) }));
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, timeout: 30_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: number; text: string; nodeCopy: boolean };
}

describe('the one HTTP client', () => {
  it("answers a request on its own pool and on a given Agent, and Node's internal undici never loads", async () => {
    const out = await inBareNode(`
      const undici = await loadUndici();
      const a = await undici.request(url);
      const agent = new undici.Agent({ connect: { family: 4 } });
      const b = await undici.request(url, { method: 'POST', body: 'x', dispatcher: agent });
      const text = (await a.body.text()) + ' | ' + (await b.body.text());
      await agent.close();
      return { status: a.statusCode, text };
    `);
    expect(out).toEqual({ status: 200, text: 'GET /path?q=1 | POST /path?q=1', nodeCopy: false });
  }, 40_000);

  it("the npm package's entry, by contrast, loads Node's internal copy too", async () => {
    const out = await inBareNode(`
      const undici = await import('undici');
      const a = await undici.request(url);
      return { status: a.statusCode, text: await a.body.text() };
    `);
    expect(out).toEqual({ status: 200, text: 'GET /path?q=1', nodeCopy: true });
  }, 40_000);
});
