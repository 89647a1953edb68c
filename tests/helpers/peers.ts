/**
 * System peers: programs some tests start for real (mosquitto, an Xvfb + D-Bus + dunst
 * desktop, the oldest Node the headless runner supports). On a machine without them those tests are skipped, and the run ends with one
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
  /** Debian packages that provide the commands (apt-get install). */
  packages?: string[];
  /** Another way to get it, when it is no Debian package (a script to run). */
  install?: string;
  /** Commands that must be found in PATH or an sbin folder; default: the peer's name, unless `files` is given. */
  commands?: string[];
  /** Absolute paths of programs that must exist and be executable. */
  files?: string[];
}

export interface Peer {
  /** True when a command is missing and peers are not required: skip the tests. */
  skip: boolean;
  /** The commands not found. */
  missing: string[];
  /** Absolute path of one of the peer's commands or files. */
  path(command: string): string;
}

/** What one skipped test file needed, as written to the records folder. */
export interface PeerRecord {
  peer: string;
  packages: string[];
  install?: string;
  missing: string[];
}

/** Daemons such as mosquitto live in sbin, which a normal user's PATH often lacks. */
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findCommand(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SBIN];
  return dirs.map((dir) => path.join(dir, command)).find(executable) ?? null;
}

export const peersRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.IPWATCH_REQUIRE_PEERS === '1';

export function peer(name: string, opts: PeerOptions, env: NodeJS.ProcessEnv = process.env): Peer {
  const { packages = [], install, files = [] } = opts;
  const commands = opts.commands ?? (files.length ? [] : [name]);
  const found = new Map<string, string | null>([
    ...commands.map((c) => [c, findCommand(c, env)] as const),
    ...files.map((f) => [f, executable(f) ? f : null] as const),
  ]);
  const missing = [...found.keys()].filter((c) => !found.get(c));
  if (missing.length > 0) {
    const how = [packages.length ? `apt-get install ${packages.join(' ')}` : '', install ?? ''].filter(Boolean);
    const why = `system peer "${name}" is missing (${missing.join(', ')} not found; ${how.join(', or ')})`;
    if (peersRequired(env)) throw new Error(`${why}, and IPWATCH_REQUIRE_PEERS=1 requires it`);
    record({ peer: name, packages, ...(install ? { install } : {}), missing });
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
  const peers = [...new Set(records.map((r) => r.peer))].sort();
  const packages = [...new Set(records.flatMap((r) => r.packages))].sort();
  const steps = [
    ...(packages.length ? [`apt-get install ${packages.join(' ')}`] : []),
    ...new Set(records.flatMap((r) => (r.install && !r.packages.length ? [r.install] : []))),
  ];
  return `Skipped the tests that need ${peers.join(', ')}; to run them: ${steps.join('; ')} (docs/development.md, Testing).`;
}
