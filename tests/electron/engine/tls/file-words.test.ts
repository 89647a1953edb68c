/** tlsFileWords (issue 59): every unreadable api.tls file in words that say what to do, never a bare code. */
import { describe, expect, it } from 'vitest';

import { tlsFileWords } from '../../../../electron/engine/tls/file-words';

const err = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

describe('tlsFileWords', () => {
  it.each([
    ['certificate', 'ENOENT', 'the certificate file /x/c.pem does not exist: check api.tls.cert, or remove api.tls'],
    ['key', 'ENOENT', 'the key file /x/c.pem does not exist: check api.tls.key'],
    ['certificate', 'EISDIR', 'the certificate file /x/c.pem is a folder, not a file: set api.tls.cert'],
    ['key', 'ENOTDIR', 'a part of the path of the key file /x/c.pem is a file, not a folder: check api.tls.key'],
    ['certificate', 'EACCES', 'the certificate file /x/c.pem cannot be read by the user IPWatch runs as'],
    ['key', 'EPERM', 'the key file /x/c.pem cannot be read by the user IPWatch runs as'],
    ['certificate', 'ELOOP', 'the certificate file /x/c.pem is a loop of symbolic links'],
  ] as const)('%s, %s', (role, code, words) => {
    const said = tlsFileWords(role, '/x/c.pem', err(code));
    expect(said).toContain(words);
    expect(said).not.toContain(code);
  });

  it('says another error by its message', () => {
    expect(tlsFileWords('key', '/x/k.pem', new Error('the disk said no'))).toBe(
      'the key file /x/k.pem cannot be read: the disk said no',
    );
  });
});
