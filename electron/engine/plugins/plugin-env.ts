/**
 * The environment a plugin starts with: only what finding and starting a program needs (PATH, a
 * home, a language for its output; on Windows the few variables the system's own libraries
 * read), and its own name. Nothing else of IPWatch's environment is passed: secret references
 * ({ "env": NAME }) point into it, so a plugin given the whole of it could read every other
 * plugin's and channel's secrets. Its settings and its own secrets come on stdin instead. Pure.
 */

const POSIX_KEPT = ['PATH', 'HOME', 'TMPDIR'] as const;
const WINDOWS_KEPT = ['PATH', 'Path', 'SystemRoot', 'SYSTEMROOT', 'TEMP', 'TMP', 'USERPROFILE', 'PATHEXT', 'COMSPEC'];

export function pluginEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, name: string): Record<string, string> {
  const kept = platform === 'win32' ? WINDOWS_KEPT : POSIX_KEPT;
  const out: Record<string, string> = {};
  for (const key of kept) {
    const value = env[key];
    if (value !== undefined) out[key] = value;
  }
  if (out.PATH === undefined && platform !== 'win32') out.PATH = '/usr/local/bin:/usr/bin:/bin';
  // The language of its output: UTF-8 whatever the user's locale, and no translation of it.
  if (platform !== 'win32') out.LANG = 'C.UTF-8';
  out.IPWATCH_PLUGIN = name;
  return out;
}
