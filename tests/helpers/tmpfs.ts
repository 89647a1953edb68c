/**
 * A small tmpfs of the test's own (Linux, root: `mount -t tmpfs -o size=NNk`), to fill for real:
 * a disk that answers ENOSPC as a full one does, not a write wrapped to throw. Unmounted by
 * close(), or when the process exits, whatever happened. `tmpfsSupport` says whether a test can
 * have one (skip otherwise, naming what is missing, unless IPWATCH_REQUIRE_PEERS=1 asks for a failure).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { peer, peersRequired } from './peers';

export function tmpfsSupport(): { skip: boolean; why: string | null } {
  if (process.platform !== 'linux') return { skip: true, why: 'tmpfs is Linux only' };
  const mount = peer('mount', { packages: ['mount'], commands: ['mount', 'umount'] });
  if (mount.skip) return { skip: true, why: 'mount (util-linux) is missing' };
  if (process.getuid?.() !== 0) {
    const why = 'mounting a tmpfs needs root';
    if (peersRequired()) throw new Error(`${why}, and IPWATCH_REQUIRE_PEERS=1 requires it`);
    return { skip: true, why };
  }
  return { skip: false, why: null };
}

export interface Tmpfs {
  dir: string;
  /** Writes a filler file until the tmpfs answers ENOSPC; returns its name. */
  fill(): string;
  /** Removes the filler: the space is back. */
  free(): void;
  close(): void;
}

const mounted = new Set<string>();
process.on('exit', () => {
  for (const dir of mounted) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
});

export function mountTmpfs(sizeKb: number): Tmpfs {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir]);
  mounted.add(dir);
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      try {
        // Large pieces, then a page at a time, then single bytes: every last byte taken.
        for (const size of [1 << 16, 4096, 1]) {
          const piece = Buffer.alloc(size, 1);
          for (;;) {
            try {
              writeSync(fd, piece);
            } catch (err) {
              if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw err;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
      return filler;
    },
    free: () => unlinkSync(filler),
    close() {
      execFileSync('umount', [dir]);
      mounted.delete(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
