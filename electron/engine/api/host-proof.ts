/**
 * How the CLI proves it runs on this host (issue 50): at each start the API writes 32 random
 * bytes to DATA_DIR/host-proof, mode 0600, so only the user the runner runs as (and root) can
 * read it; the CLI sends them in the X-IPWatch-Host-Proof header, and the API believes it only
 * over loopback (the request's own socket address, never a header). A stolen token alone, used
 * from another machine or by another local user, proves nothing. A token sign-in (POST
 * /api/v1/session) sent with the proof makes a session of this host (auth-hook.ts); without it,
 * loopback or not, the session counts as the token. A new run makes a new proof; the file goes at
 * a clean stop.
 */
import { randomBytes } from 'node:crypto';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { tokenMatches } from './auth';
import { loopbackAddress } from './guards';

export const HOST_PROOF_FILE = 'host-proof';
export const HOST_PROOF_HEADER = 'x-ipwatch-host-proof';

export interface HostProof {
  /** True when the header holds this run's proof and the request came over loopback. */
  holds(header: string | string[] | undefined, remoteAddress: string | undefined): boolean;
  close(): Promise<void>;
}

export async function createHostProof(dataDir: string | null): Promise<HostProof> {
  if (dataDir === null) return { holds: () => false, close: async () => undefined };
  const file = path.join(dataDir, HOST_PROOF_FILE);
  const value = randomBytes(32).toString('base64url');
  await unlink(file).catch(() => undefined); // a new file, so its mode is ours whatever was there
  await writeFile(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return {
    holds: (header, remote) =>
      typeof header === 'string' && loopbackAddress(remote) && tokenMatches(header.trim(), value),
    close: () => unlink(file).catch(() => undefined),
  };
}

/** The CLI's side: this run's proof, or null when no runner has written one. */
export const readHostProof = (dataDir: string): Promise<string | null> =>
  readFile(path.join(dataDir, HOST_PROOF_FILE), 'utf8').then(
    (s) => s.trim(),
    () => null,
  );
