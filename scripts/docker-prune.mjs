#!/usr/bin/env node
/**
 * Prunes a production install (`npm ci --omit=dev`) to what the headless runner reads, for the
 * Docker image (build/docker/Dockerfile runs it in the runtime stage):
 *
 * - the Electron-only packages (the app's settings store, its updater and its log rotation, which
 *   only electron/shell imports) and every package only they need, found from package-lock.json;
 * - the identity data the lookup never reads (engine/identity/lookup.ts reads the per-family
 *   `*-num.csv` and per-family MMDBs): the readable CSVs and the combined MMDB, about 40 MB.
 *
 *   node scripts/docker-prune.mjs [DIR]    (DIR holds package-lock.json and node_modules; default .)
 * Prints what it removed and how many bytes that was. Plain Node, no dependencies.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** Imported by electron/shell alone: the runner never loads them. */
export const ELECTRON_ONLY = ['electron-store', 'electron-updater', 'rotating-file-stream'];

/** The identity packages' files the lookup never reads (paths under node_modules). */
export const IDENTITY_UNREAD = [
  '@ip-location-db/asn/asn-ipv4.csv',
  '@ip-location-db/asn/asn-ipv6.csv',
  '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb',
];

/** world-atlas's files the runner never reads: the bot's /map reads countries-110m.json alone (electron/engine/bot/map-image.ts). */
export const ATLAS_UNREAD = [
  'world-atlas/countries-10m.json',
  'world-atlas/countries-50m.json',
  'world-atlas/land-10m.json',
  'world-atlas/land-50m.json',
  'world-atlas/land-110m.json',
];

/**
 * The lockfile's installed paths (`node_modules/a`, `node_modules/a/node_modules/b`) that only the
 * `drop` packages need: everything a production install holds that the root's other production
 * dependencies do not reach. Pure; resolution as Node's: the nearest node_modules upward.
 */
export function onlyNeededBy(lock, drop) {
  const pkgs = lock.packages ?? {};
  const root = pkgs[''] ?? {};
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
      const at = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (pkgs[at]) return at;
      if (!dir) return null;
    }
  };
  const reached = new Set();
  const visit = (at) => {
    if (!at || reached.has(at)) return;
    reached.add(at);
    const p = pkgs[at];
    for (const name of Object.keys({ ...p.dependencies, ...p.optionalDependencies, ...p.peerDependencies }))
      visit(resolve(at, name));
  };
  for (const name of Object.keys({ ...root.dependencies, ...root.optionalDependencies }))
    if (!drop.includes(name)) visit(resolve('', name));
  return Object.keys(pkgs).filter((at) => at !== '' && !pkgs[at].dev && !pkgs[at].link && !reached.has(at));
}

async function bytesOf(p) {
  const s = statSync(p, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.size;
  let n = 0;
  for (const e of await readdir(p)) n += await bytesOf(path.join(p, e));
  return n;
}

/** Removes what the runner never reads from `dir`; resolves with the paths removed and their bytes. */
export async function prune(dir) {
  const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  const unread = [...IDENTITY_UNREAD, ...ATLAS_UNREAD].map((f) => `node_modules/${f}`);
  const targets = [...onlyNeededBy(lock, ELECTRON_ONLY), ...unread].filter((rel) => existsSync(path.join(dir, rel)));
  let bytes = 0;
  for (const rel of targets) {
    bytes += await bytesOf(path.join(dir, rel));
    rmSync(path.join(dir, rel), { recursive: true, force: true });
  }
  return { removed: targets, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { removed, bytes } = await prune(path.resolve(process.argv[2] ?? '.'));
  process.stdout.write(`${removed.join('\n')}\nremoved ${removed.length} paths, ${(bytes / 1e6).toFixed(1)} MB\n`);
}
