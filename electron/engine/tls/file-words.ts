/**
 * Why a certificate or key file named in api.tls cannot be read, in words that say what to do
 * (issue 59), never a bare system code such as "(ENOENT)". Pure.
 *
 * | code          | words                                                                             |
 * |---------------|-----------------------------------------------------------------------------------|
 * | ENOENT        | the certificate file F does not exist: check api.tls.cert, or remove api.tls ... |
 * | EISDIR        | the certificate file F is a folder, not a file: name the PEM file in it           |
 * | ENOTDIR       | a part of the path F is a file, not a folder: check api.tls.cert                  |
 * | EACCES, EPERM | the certificate file F cannot be read by the user IPWatch runs as: ...            |
 * | ELOOP         | the certificate file F is a loop of symbolic links: ...                           |
 * | anything else | the certificate file F cannot be read: <the error's message>                      |
 */

/** Which file of the pair, and the setting that names it. */
export type TlsFileRole = 'certificate' | 'key';

const SETTING: Record<TlsFileRole, string> = { certificate: 'api.tls.cert', key: 'api.tls.key' };

const codeOf = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** The words for `err`, met reading `file` as the pair's `role`. */
export function tlsFileWords(role: TlsFileRole, file: string, err: unknown): string {
  const it = `the ${role} file ${file}`;
  const setting = SETTING[role];
  switch (codeOf(err)) {
    case 'ENOENT':
      return `${it} does not exist: check ${setting}, or remove api.tls to let IPWatch make and serve its own certificate`;
    case 'EISDIR':
      return `${it} is a folder, not a file: set ${setting} to the PEM file in it`;
    case 'ENOTDIR':
      return `a part of the path of ${it} is a file, not a folder: check ${setting}`;
    case 'EACCES':
    case 'EPERM':
      return `${it} cannot be read by the user IPWatch runs as: let that user read it (its owner, group or mode), or copy it where it can`;
    case 'ELOOP':
      return `${it} is a loop of symbolic links: point ${setting} at the file itself`;
    default:
      return `${it} cannot be read: ${err instanceof Error ? err.message : String(err)}`;
  }
}
