/**
 * A part measured alone in a fresh node (issue 49's start-parts.ts and alternatives.ts): the
 * part's code runs as an ES module in the repository's folder, then MEMORY waits 1.5 s and
 * prints the process's RSS (anonymous and file-mapped, from /proc) and V8 heap as one JSON line.
 * A part may leave a note in `globalThis.extra`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { REPO_ROOT } from '../engine/remote-world';

export const MEMORY = `
await new Promise((r) => setTimeout(r, 1500));
const s = (await import('node:fs')).readFileSync('/proc/self/status', 'utf8');
const kb = (f) => Number(new RegExp(f + ':\\\\s+(\\\\d+) kB').exec(s)[1]) / 1024;
const m = process.memoryUsage();
console.log(JSON.stringify({ rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile'),
  heapUsed: m.heapUsed / 1048576, heapTotal: m.heapTotal / 1048576, external: m.external / 1048576, extra: globalThis.extra ?? '' }));
process.exit(0);`;

/** One child's reading, in MB (but `extra`). */
export interface Reading {
  rss: number;
  anon: number;
  file: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  extra: string;
}

/** Runs `code` in a fresh node (in a block of its own, so its names cannot meet MEMORY's), then MEMORY; its reading. */
export async function measure(code: string): Promise<Reading> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', `{\n${code}\n}\n${MEMORY}`],
    {
      cwd: REPO_ROOT,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Reading;
}
