/**
 * A stand-in event source for the network watchers: a real child process (node) that copies
 * what the test writes to its stdout, or to its stderr for text that starts with `!`. Each run
 * of the child connects back over a unix socket, so a test sees every start, writes lines
 * whenever it likes, and kills the child by its pid to see it die.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import type { WatchKind, WatchSpec } from '../../electron/engine/netwatch';

const RELAY = `
const s = require('node:net').connect(process.argv[1], () => s.write(process.pid + '\\n'));
s.setEncoding('utf8');
s.on('data', (d) => (d.startsWith('!') ? process.stderr.write(d.slice(1)) : process.stdout.write(d)));
s.on('close', () => process.exit(0));
`;

export interface LineRelay {
  /** Runs of the child so far (each connects once). */
  readonly runs: number;
  /** The newest run's process id. */
  pid(): number;
  /** A spec that runs the relay child, reading its lines with `reader`. */
  spec(reader: WatchSpec['reader'], kind?: WatchKind): WatchSpec;
  /** Resolves once `n` runs have connected. */
  connected(n: number): Promise<void>;
  /** Writes to the newest run's stdout (or stderr, for text that starts with `!`). */
  write(text: string): void;
  close(): Promise<void>;
}

export async function startLineRelay(): Promise<LineRelay> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ipw-relay-'));
  const socketPath = path.join(dir, 'relay.sock');
  const sockets: net.Socket[] = [];
  const pids: number[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  // A run counts once it has said its pid (the first line it sends).
  const server = net.createServer((s) => {
    s.on('error', () => undefined);
    s.setEncoding('utf8');
    s.once('data', (d: string) => {
      pids.push(Number.parseInt(d, 10));
      sockets.push(s);
      for (const w of waiters.filter((w) => sockets.length >= w.n)) w.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    get runs() {
      return sockets.length;
    },
    pid() {
      const pid = pids.at(-1);
      if (pid === undefined) throw new Error('no relay child has connected');
      return pid;
    },
    spec: (reader, kind = 'netlink') => ({
      kind,
      command: process.execPath,
      args: ['-e', RELAY, socketPath],
      env: process.env,
      reader,
    }),
    connected: (n) =>
      sockets.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
    write(text) {
      const s = sockets.at(-1);
      if (!s) throw new Error('no relay child has connected');
      s.write(text);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
