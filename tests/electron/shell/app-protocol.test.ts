import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { net, protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveInside, serveRenderer } from '../../../electron/shell/app-protocol';

const ROOT = path.resolve('/srv/renderer');

describe('resolveInside', () => {
  it.each([
    ['/', path.join(ROOT, 'index.html')],
    ['/index.html', path.join(ROOT, 'index.html')],
    ['/assets/index-1.js', path.join(ROOT, 'assets', 'index-1.js')],
    ['/assets/../index.html', path.join(ROOT, 'index.html')],
    ['/../package.json', null],
    ['/..%2F..%2Fetc%2Fpasswd', null],
    ['/%2e%2e/secret', null],
    ['/a%00.js', null],
    ['/%E0%A4%A', null],
  ])('%s -> %s', (pathname, file) => expect(resolveInside(ROOT, pathname)).toBe(file));
});

describe('serveRenderer', () => {
  let dir: string;
  let stop: () => void;
  const handler = () =>
    (protocol as unknown as { handlers: Map<string, (r: Request) => Promise<Response>> }).handlers.get('ipwatch')!;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-renderer-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><p>app</p>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'a.js'), 'export {}');
    await writeFile(path.join(dir, 'secret.txt'), 'not for the page');
    stop = serveRenderer(protocol, net, path.join(dir, 'renderer'));
  });
  afterAll(async () => {
    stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the renderer’s files with the CSP header', async () => {
    const page = await handler()(new Request('ipwatch://app/index.html#/settings'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><p>app</p>');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handler()(new Request('ipwatch://app/assets/a.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript');
  });

  it('refuses whatever is outside it, another host, or missing', async () => {
    for (const url of [
      'ipwatch://app/../secret.txt',
      'ipwatch://app/%2e%2e/secret.txt',
      'ipwatch://other/index.html',
      'ipwatch://app/nope.js',
    ])
      expect((await handler()(new Request(url))).status, url).toBe(404);
  });

  it('stops serving when asked', () => {
    stop();
    expect((protocol as unknown as { handlers: Map<string, unknown> }).handlers.has('ipwatch')).toBe(false);
    stop = serveRenderer(protocol, net, path.join(dir, 'renderer'));
  });
});
