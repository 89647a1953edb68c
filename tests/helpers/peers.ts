/**
 * System peers: programs some tests start for real (mosquitto, an Xvfb + D-Bus + dunst
 * desktop). On a machine without them those tests are skipped, and the run ends with one
 * line naming the packages that would enable them (tests/global-setup.ts prints it from the
 * records written here; the test workers are separate processes). With
 * IPWATCH_REQUIRE_PEERS=1 (CI) a missing peer fails the test file instead.
 *
 * @example
 *   const mosquitto = peer('mosquitto', { packages: ['mosquitto'] });
 *   describe.skipIf(mosquitto.skip)('mqtt channel', () => { ... });
 */
import { accessSync, constants, writeFileSync } from 'node:fs';
import path from 'node:path';

import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder where test files record the peers they miss, read back after the run. */
    peerRecordsDir: string;
  }
}

export interface PeerOptions {
  /** Debian packages that provide the commands. */
  packages: string[];
  /** Commands that must be found; default: the peer's name. */
  commands?: string[];
}

export interface Peer {
  /** True when a command is missing and peers are not required: skip the tests. */
  skip: boolean;
  /** The commands not found. */
  missing: string[];
  /** Absolute path of one of the peer's commands (found in PATH or an sbin folder). */
  path(command: string): string;
}

/** What one skipped test file needed, as written to the records folder. */
export interface PeerRecord {
  peer: string;
  packages: string[];
  missing: string[];
}

/** Daemons such as mosquitto live in sbin, which a normal user's PATH often lacks. */
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

export function findCommand(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SBIN];
  for (const dir of dirs) {
    const file = path.join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here; the next folder
    }
  }
  return null;
}

export const peersRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.IPWATCH_REQUIRE_PEERS === '1';

export function peer(name: string, opts: PeerOptions, env: NodeJS.ProcessEnv = process.env): Peer {
  const commands = opts.commands ?? [name];
  const found = new Map(commands.map((c) => [c, findCommand(c, env)]));
  const missing = commands.filter((c) => !found.get(c));
  if (missing.length > 0) {
    const why = `system peer "${name}" is missing (${missing.join(', ')} not found; apt-get install ${opts.packages.join(' ')})`;
    if (peersRequired(env)) throw new Error(`${why}, and IPWATCH_REQUIRE_PEERS=1 requires it`);
    record({ peer: name, packages: opts.packages, missing });
  }
  return {
    skip: missing.length > 0,
    missing,
    path(command) {
      const file = found.get(command);
      if (!file) throw new Error(`${command} is not a command of peer "${name}", or it is missing`);
      return file;
    },
  };
}

function record(r: PeerRecord): void {
  const dir = inject('peerRecordsDir');
  // A name per process and peer: workers write at once, never to the same file.
  writeFileSync(path.join(dir, `${process.pid}-${r.peer}.json`), JSON.stringify(r));
}

/** The one line that ends a run with skipped tests, or null when nothing was skipped. */
export function peerSummary(records: PeerRecord[]): string | null {
  if (records.length === 0) return null;
  const byPeer = new Map(records.map((r) => [r.peer, r.packages]));
  const peers = [...byPeer.keys()].sort().map((p) => `${p} (${byPeer.get(p)!.join(' ')})`);
  const packages = [...new Set(records.flatMap((r) => r.packages))].sort();
  return `Skipped the tests that need ${peers.join(', ')}: apt-get install ${packages.join(' ')} runs them (README, Testing).`;
}
