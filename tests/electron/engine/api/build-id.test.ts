/**
 * The server names the dashboard build it serves (electron/engine/api/dashboard/build-id.ts): in a header
 * on the dashboard's answers only, read again when index.html is replaced while it runs.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';

import { buildIdHeader } from '../../../../electron/engine/api/dashboard/build-id';
import { BUILD_ID_HEADER } from '../../../../shared/build-id';

const page = (entry: string) => `<!doctype html><html><head>
  <script type="module" crossorigin src="./assets/${entry}"></script></head><body></body></html>`;

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildIdHeader', () => {
  it('names the served build on the dashboard, not on the API, and sees a new build', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-build-id-'));
    const index = path.join(dir, 'index.html');
    await writeFile(index, page('index-AAAA.js'));
    const app = Fastify();
    // On the dashboard's route only, as dashboard-route.ts registers it.
    app.get('/', { onSend: buildIdHeader(index) }, async () => 'page');
    app.get('/api/v1/status', async () => ({ ok: true }));

    const first = await app.inject({ method: 'GET', url: '/' });
    expect(first.headers[BUILD_ID_HEADER]).toBe('index-AAAA.js');
    const head = await app.inject({ method: 'HEAD', url: '/?x=1' });
    expect(head.headers[BUILD_ID_HEADER]).toBe('index-AAAA.js');
    expect((await app.inject({ method: 'GET', url: '/api/v1/status' })).headers[BUILD_ID_HEADER]).toBeUndefined();

    // A new build written while the server runs (its time set apart, whatever the clock's grain).
    await writeFile(index, page('index-BBBB.js'));
    const later = new Date(Date.now() + 60_000);
    await utimes(index, later, later);
    expect((await app.inject({ method: 'GET', url: '/' })).headers[BUILD_ID_HEADER]).toBe('index-BBBB.js');

    // No index.html (a build under way): no header rather than an old name.
    await rm(index);
    expect((await app.inject({ method: 'GET', url: '/' })).headers[BUILD_ID_HEADER]).toBeUndefined();
    await app.close();
  });
});
