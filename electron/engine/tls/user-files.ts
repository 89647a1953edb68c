/**
 * The certificate and key the user names in api.tls: read at start (a bad pair stops the start
 * with the reason), then followed. A change to either file, or to the folder entry naming it
 * (certbot and most tools replace a file by renaming a new one over it, which a watch on the old
 * file would miss), reads both again; a good pair is handed on, a bad one is reported and the
 * pair in use stays.
 */
import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { TlsFiles } from '../../../shared/settings/api';
import { type TlsFileRole, tlsFileWords } from './file-words';
import { checkPair, type TlsFacts, type TlsPair } from './pair';

/** Two writes (certificate, then key) usually come together: read once they have settled. */
const SETTLE_MS = 250;

const where = (f: TlsFiles) => `api.tls (${f.cert}, ${f.key})`;

/** Reads and checks the user's pair; rejects with the reason in words. */
export async function readUserPair(files: TlsFiles): Promise<{ pair: TlsPair; facts: TlsFacts }> {
  const read = (role: TlsFileRole, file: string) =>
    readFile(file, 'utf8').catch((err: unknown) => {
      throw new Error(`api.tls: ${tlsFileWords(role, file, err)}`, { cause: err });
    });
  const pair: TlsPair = { cert: await read('certificate', files.cert), key: await read('key', files.key) };
  return { pair, facts: checkPair(pair, where(files), false) };
}

export interface FollowEvents {
  /** A new good pair, read after a change. */
  changed(pair: TlsPair, facts: TlsFacts): void;
  /** The files changed into a pair that cannot be served; the one in use stays. */
  failed(error: Error): void;
}

/** Watches both files' folders; returns what stops watching. */
export function followUserPair(files: TlsFiles, current: TlsPair, on: FollowEvents): () => void {
  let timer: NodeJS.Timeout | null = null;
  let inUse = current;
  let stopped = false;
  const reread = async () => {
    timer = null;
    try {
      const next = await readUserPair(files);
      if (stopped || (next.pair.cert === inUse.cert && next.pair.key === inUse.key)) return;
      inUse = next.pair;
      on.changed(next.pair, next.facts);
    } catch (err) {
      if (!stopped) on.failed(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const names = new Set([path.basename(files.cert), path.basename(files.key)]);
  const watchers: FSWatcher[] = [];
  for (const dir of new Set([path.dirname(files.cert), path.dirname(files.key)])) {
    const w = watch(dir, { persistent: false }, (_event, name) => {
      if (name !== null && !names.has(String(name)) && !String(name).startsWith('..')) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reread(), SETTLE_MS);
    });
    w.on('error', (err) => on.failed(new Error(`${where(files)}: cannot follow ${dir} (${err.message})`)));
    watchers.push(w);
  }
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
