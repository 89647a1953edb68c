/**
 * The network identity of a data folder: the databases shipped with IPWatch, each replaced by a
 * newer copy of the same name in DATA_DIR/identity/ when the user put one there (docs/identity.md),
 * and the online enrichment's answers kept in DATA_DIR/identity/online.json (written atomically,
 * readable by its owner only). One per process: the store stamps runs with it and the monitor shows it.
 */
import { readFileSync, renameSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import {
  createIdentityLookup,
  createIdentityService,
  dataFiles,
  type IdentityLookup,
  type IdentityService,
  OnlineCache,
} from '../engine/identity';
import { writeFileAtomic } from '../engine/store/atomic-file';

export const IDENTITY_FOLDER = 'identity';
export const ONLINE_ANSWERS_FILE = 'online.json';

export function identityLookupFor(dataDir: string): IdentityLookup {
  return createIdentityLookup(dataFiles(join(dataDir, IDENTITY_FOLDER)));
}

/** The identity service of a data folder: offline lookup, the trace's WARP word, the kept online answers. */
export function identityServiceFor(dataDir: string): IdentityService {
  const dir = join(dataDir, IDENTITY_FOLDER);
  const file = join(dir, ONLINE_ANSWERS_FILE);
  const cache = new OnlineCache({
    load() {
      try {
        return readFileSync(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    setAside() {
      const kept = `${file}.unreadable-${Date.now()}`;
      try {
        renameSync(file, kept);
        return kept;
      } catch {
        return null;
      }
    },
    async save(text) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, Buffer.from(text, 'utf8'));
    },
  });
  return createIdentityService(identityLookupFor(dataDir), cache);
}
