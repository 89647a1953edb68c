import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { firstLoadScripts, measureBundle } from '../../bench/ui/bundle';
import { seededBytes, seededRandom, testSeed } from '../helpers/random';

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
<link rel="stylesheet" crossorigin href="./assets/index-123.css">
</head><body><div id="root"></div></body></html>`;

describe('first-load JavaScript', () => {
  it('is the entry script and the chunks it preloads, not the stylesheet or lazy pages', () => {
    expect(firstLoadScripts(HTML)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
  });

  it('adds up their gzipped sizes and leaves the lazy chunks out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bundle-'));
    try {
      await mkdir(path.join(dir, 'assets'));
      // Random text, so gzip cannot shrink a file to almost nothing.
      const random = seededRandom(testSeed('ui bundle sizes'));
      const text = (n: number) => seededBytes(random, n).toString('base64');
      const files = { 'index-abc.js': text(5000), 'vendor-def.js': text(3000), 'Charts-1.js': text(9000) };
      for (const [f, text] of Object.entries(files)) await writeFile(path.join(dir, 'assets', f), text);
      await writeFile(path.join(dir, 'index.html'), HTML);
      const r = await measureBundle(
        dir,
        Object.keys(files).map((f) => `assets/${f}`),
      );
      const gz = (t: string) => gzipSync(Buffer.from(t)).length;
      const expected = gz(files['index-abc.js']) + gz(files['vendor-def.js']);
      expect(r.files.map((f) => f.file)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
      expect(r.firstLoadGzipKB).toBe(Math.round((expected / 1024) * 10) / 10);
      expect(r.allChunksGzipKB).toBeGreaterThan(r.firstLoadGzipKB);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
