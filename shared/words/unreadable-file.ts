/**
 * A file that could not be read, in words a person reads first, the system's reason only when it
 * has none (the fleet's certificates and keys, the identity databases). Pure.
 */

/** Why a file could not be read, in words. */
const FILE_CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'this runner may not read it',
  EPERM: 'this runner may not read it',
  EISDIR: 'it is a folder',
};

/** A file that could not be read, named by its path (never its contents), and why in words. */
export function unreadableWords(what: string, file: string, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const why = typeof code === 'string' ? FILE_CODES[code] : undefined;
  return `cannot read the ${what} ${file}: ${why ?? (err instanceof Error ? err.message : String(err))}`;
}
