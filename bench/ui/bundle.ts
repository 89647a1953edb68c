/**
 * The JavaScript a browser downloads before the dashboard can run: the entry script of the built
 * out/renderer/index.html and the chunks it preloads, gzipped (as a server would send them). The
 * other pages' chunks load only when opened.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  files: { file: string; bytes: number; gzipBytes: number }[];
  firstLoadGzipKB: number;
  firstLoadKB: number;
  /** Every JS chunk of the build, gzipped: what all pages together would cost. */
  allChunksGzipKB: number;
}

/** The scripts index.html loads at once: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function firstLoadScripts(html: string): string[] {
  const found = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(found)];
}

export async function measureBundle(outDir: string, allJs: string[]): Promise<BundleFigures> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const sized = async (file: string) => {
    const bytes = await readFile(path.join(outDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  };
  const files = await Promise.all(firstLoadScripts(html).map((f) => sized(f.replace(/^\.?\//, ''))));
  const all = await Promise.all(allJs.map(sized));
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    files,
    firstLoadGzipKB: kb(files.reduce((n, f) => n + f.gzipBytes, 0)),
    firstLoadKB: kb(files.reduce((n, f) => n + f.bytes, 0)),
    allChunksGzipKB: kb(all.reduce((n, f) => n + f.gzipBytes, 0)),
  };
}
