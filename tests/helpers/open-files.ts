/**
 * The files this process holds open whose path matches (Linux's /proc/self/fd), sorted: a test
 * that opens and closes files compares them before and after. vitest runs each test file in a
 * process of its own (pool 'forks'), so other files' tests do not count.
 */
import { readdirSync, readlinkSync } from 'node:fs';

export function openFiles(path: RegExp): string[] {
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (path.test(target)) open.push(target);
    } catch {
      // The fd readdir itself used, closed by now.
    }
  }
  return open.sort();
}

/** The identity databases' files: the AS tables and the country MMDBs. */
export const IDENTITY_FILES = /asn-ipv[46]-num\.csv$|\.mmdb$/;
