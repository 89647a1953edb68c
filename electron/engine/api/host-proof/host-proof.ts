/**
 * electron/engine/api/host-proof: how the person at the host proves it: the CLI's host proof and
 * its route (host-proof.ts, host-proof-route.ts), and the one-time link `ipwatch open` makes with it,
 * which makes a browser's session this host's (host-link.ts, host-link-route.ts).
 *
 * How the CLI proves it runs on this host (issue 50): at each start the API writes 32 random
 * bytes to DATA_DIR/host-proof, mode 0600, so only the user the runner runs as (and root) can
 * read it; the CLI sends them in the X-IPWatch-Host-Proof header, and the API believes it only
 * over loopback (the request's own socket address, never a header). A stolen token alone, used
 * from another machine or by another local user, proves nothing. A token sign-in (POST
 * /api/v1/session) sent with the proof makes a session of this host (auth-hook.ts); without it,
 * loopback or not, the session counts as the token. A new run makes a new proof; the file goes at
 * a clean stop.
 *
 * The same value lets the CLI know it speaks to the runner of its data folder before it sends
 * anything (issue 58): it sends a random challenge to HOST_PROOF_PATH (public, loopback only) and
 * the runner answers with an HMAC of it, and of the port it was asked on, keyed by the proof
 * (hostProofAnswer). Another program on the runner's port (the runner stopped, or crashed and
 * left the file) cannot answer, and one that relays the challenge to the runner on another port
 * gets an answer for that port; so neither ever sees the token or the proof.
 *
 * Once the API listens it writes where: DATA_DIR/runner.json (RUNNER_FILE, mode 0600: the port on
 * 127.0.0.1 and its pid), so the CLI finds the runner of its data folder whatever port the runner
 * was given (IPWATCH_API_PORT in its own environment, a port of the moment), and proves it with
 * the challenge before it believes it (issue 75). It goes with the proof at a clean stop.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

import { API_BASE } from '../../../../shared/contract';
import { writeFileAtomic } from '../../store/atomic-file';
import { loopbackAddress } from '../access/guards';
import { tokenMatches } from '../tokens/auth';

export const HOST_PROOF_FILE = 'host-proof';
/** Where this run's API listens, for the CLI: `{ port, pid }` (mode 0600). */
export const RUNNER_FILE = 'runner.json';
export const HOST_PROOF_HEADER = 'x-ipwatch-host-proof';
/** Where the CLI sends its challenge (GET, `?challenge=`); public, answered over loopback only. */
export const HOST_PROOF_PATH = `${API_BASE}/host-proof`;
/** A challenge: 32 random bytes or more, base64url, as the CLI makes them. */
export const HOST_PROOF_CHALLENGE = /^[\w-]{43,128}$/;

/** The answer to a challenge asked on `port`: HMAC-SHA256 keyed by the proof, base64url. */
export const hostProofAnswer = (proof: string, challenge: string, port: number): string =>
  createHmac('sha256', proof).update(`ipwatch host proof 1\n${challenge}\n${port}`).digest('base64url');

/** A new challenge for the CLI to send. */
export const newHostProofChallenge = (): string => randomBytes(32).toString('base64url');

export interface HostProof {
  /** True when the header holds this run's proof and the request came over loopback. */
  holds(header: string | string[] | undefined, remoteAddress: string | undefined): boolean;
  /** This run's answer to a challenge asked on `port`; null without a data folder (no proof). */
  answer(challenge: string, port: number): string | null;
  /** Says in the data folder that this run's API listens on 127.0.0.1:port (RUNNER_FILE). */
  listening(port: number): Promise<void>;
  close(): Promise<void>;
}

export async function createHostProof(dataDir: string | null): Promise<HostProof> {
  if (dataDir === null)
    return { holds: () => false, answer: () => null, listening: async () => undefined, close: async () => undefined };
  const file = path.join(dataDir, HOST_PROOF_FILE);
  const where = path.join(dataDir, RUNNER_FILE);
  const value = randomBytes(32).toString('base64url');
  // The house's one writer: a new file (0600) renamed over whatever was there, so its mode is ours.
  await writeFileAtomic(file, new TextEncoder().encode(`${value}\n`));
  return {
    holds: (header, remote) =>
      typeof header === 'string' && loopbackAddress(remote) && tokenMatches(header.trim(), value),
    answer: (challenge, port) => hostProofAnswer(value, challenge, port),
    listening: (port) =>
      writeFileAtomic(where, new TextEncoder().encode(`${JSON.stringify({ port, pid: process.pid })}\n`)),
    close: async () => {
      await Promise.all([unlink(where).catch(() => undefined), unlink(file).catch(() => undefined)]);
    },
  };
}

/** The CLI's side: this run's proof, or null when no runner has written one. */
export const readHostProof = (dataDir: string): Promise<string | null> =>
  readFile(path.join(dataDir, HOST_PROOF_FILE), 'utf8').then(
    (s) => s.trim(),
    () => null,
  );

/** Where the runner of `dataDir` said its API listens; null when no runner said it, or it cannot be read. */
export async function readRunnerFile(dataDir: string): Promise<{ port: number; pid: number } | null> {
  try {
    const v = JSON.parse(await readFile(path.join(dataDir, RUNNER_FILE), 'utf8')) as { port?: unknown; pid?: unknown };
    const whole = (n: unknown, max: number): n is number =>
      Number.isInteger(n) && (n as number) > 0 && (n as number) <= max;
    return whole(v.port, 65535) && whole(v.pid, 2 ** 31) ? { port: v.port, pid: v.pid } : null;
  } catch {
    return null;
  }
}
