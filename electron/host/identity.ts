/**
 * The identity lookup of a data folder: the databases shipped with IPWatch, each replaced by a
 * newer copy of the same name in DATA_DIR/identity/ when the user put one there (docs/identity.md).
 * One per process: the store stamps runs with it and the monitor shows it, over the same files.
 */
import { join } from 'node:path';

import { createIdentityLookup, dataFiles, type IdentityLookup } from '../engine/identity';

export const IDENTITY_FOLDER = 'identity';

export function identityLookupFor(dataDir: string): IdentityLookup {
  return createIdentityLookup(dataFiles(join(dataDir, IDENTITY_FOLDER)));
}
