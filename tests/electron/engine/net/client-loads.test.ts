/**
 * The one HTTP client (net/client.ts) is Node's own http and https: in a bare node, a GET and a
 * POST made through it load no undici at all, neither the npm package (its modules would sit in
 * the CommonJS cache) nor Node's internal copy (the one inside `fetch`, in moduleLoadList). The
 * npm package's entry, by contrast, shows up in both, so the check is seen to see it. Each case
 * runs in a fresh node, as the runner does.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const NODE_COPY = 'NativeModule internal/deps/undici/undici';

interface Out {
  status: number;
  text: string;
  nodeCopy: boolean;
  npmUndici: boolean;
}

/** Runs `body` (an ES module's text, with `createClient` and `url` in scope) and returns its JSON line. */
async function inBareNode(body: string): Promise<Out> {
  const script = `
    import http from 'node:http';
    import { createRequire } from 'node:module';
    import { createClient } from './electron/engine/net/client.ts';
    const server = http.createServer((q, r) => r.end(q.method + ' ' + q.url));
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const url = 'http://127.0.0.1:' + server.address().port + '/path?q=1';
    const out = await (async () => { ${body} })();
    server.close();
    const cached = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({
      ...out,
      nodeCopy: process.moduleLoadList.includes(${JSON.stringify(NODE_COPY)}),
      npmUndici: cached.some((file) => file.includes('/node_modules/undici/')),
    }));
  `;
  const env = { ...process.env, HTTP_PROXY: '', http_proxy: '', HTTPS_PROXY: '', https_proxy: '' };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, timeout: 30_000, env },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Out;
}

describe('the one HTTP client', () => {
  it('answers a GET and a POST on its keep-alive Agents, and no undici loads', async () => {
    const out = await inBareNode(`
      const client = createClient();
      const a = await client.request({ url, signal: AbortSignal.timeout(5000) });
      const b = await client.request({ url, method: 'POST', body: 'x', family: 4, signal: AbortSignal.timeout(5000) });
      await client.close();
      return { status: a.status, text: a.body + ' | ' + b.body };
    `);
    expect(out).toEqual({ status: 200, text: 'GET /path?q=1 | POST /path?q=1', nodeCopy: false, npmUndici: false });
  }, 40_000);

  it("the npm undici's entry, by contrast, shows in both", async () => {
    const out = await inBareNode(`
      const undici = await import('undici');
      const a = await undici.request(url);
      return { status: a.statusCode, text: await a.body.text() };
    `);
    expect(out).toEqual({ status: 200, text: 'GET /path?q=1', nodeCopy: true, npmUndici: true });
  }, 40_000);
});
