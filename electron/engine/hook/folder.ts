/**
 * The folder the hook's program runs in: fixed, never wherever IPWatch happened to be started (a
 * runner started from a shared or world-writable folder would otherwise hand the program that folder,
 * and a program that writes or reads a relative path would work there). As cron does: the home folder
 * of the user IPWatch runs as (`HOME`, on Windows `USERPROFILE`), when it is an absolute path to a
 * folder that exists; else the system's root (`/`, on Windows the system drive's root), which a service
 * account with no home still has.
 */
import path from 'node:path';

export function hookFolder(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  isFolder: (p: string) => boolean,
): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const home = platform === 'win32' ? env['USERPROFILE'] : env['HOME'];
  if (home && paths.isAbsolute(home) && isFolder(home)) return home;
  if (platform !== 'win32') return '/';
  const drive = env['SystemDrive'] ?? (env['SystemRoot'] ? paths.parse(env['SystemRoot']).root : '');
  return /^[A-Za-z]:\\?$/.test(drive) ? `${drive.slice(0, 2)}\\` : 'C:\\';
}
