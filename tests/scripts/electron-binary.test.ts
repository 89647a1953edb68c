/**
 * Why Electron's installer failed, in words (scripts/electron-binary.mjs `installerFailure`): each
 * row is what @electron/get 5 prints (its error's name and message, then the stack) for one cause.
 */
import { describe, expect, it } from 'vitest';

import { installerFailure } from '../../scripts/electron-binary.mjs';

const stack = '    at async FetchDownloader.download (file:///x/@electron/get/dist/FetchDownloader.js:46:30)';

const ROWS: [string, string, RegExp][] = [
  ['no network', `TypeError: fetch failed\n${stack}`, /^the download server could not be reached: no network/],
  ['a name that does not resolve', 'Error: getaddrinfo ENOTFOUND github.com', /could not be reached/],
  ['a refused connection', 'Error: connect ECONNREFUSED 127.0.0.1:9', /could not be reached/],
  [
    'a missing release file',
    'HTTPError: Response code 404 (Not Found) for http://127.0.0.1:1/v45.5.0/electron-v45.5.0-linux-x64.zip',
    /^the download server has no such file/,
  ],
  [
    'a server error',
    'HTTPError: Response code 503 (Service Unavailable) for https://x/',
    /^the download server refused/,
  ],
  [
    'a checksum that does not match',
    'Error: Generated checksum for "x.zip" did not match expected checksum',
    /checksum/,
  ],
  ['a full disk', 'Error: ENOSPC: no space left on device, write', /^the disk is full$/],
  ['no permission', "Error: EACCES: permission denied, mkdir '/x/dist'", /^no permission to write/],
  ['nothing known', 'SyntaxError: Unexpected token', /^Electron's installer failed for a reason it did not say/],
  ['nothing at all', '', /^Electron's installer failed for a reason it did not say/],
];

describe("Electron's installer failure, in words", () => {
  it.each(ROWS)('%s', (_what, stderr, words) => {
    const said = installerFailure(stderr);
    expect(said).toMatch(words);
    // Words, never the raw error: no error name, code or address of the installer's line.
    expect(said).not.toMatch(/Error|fetch failed|ENOTFOUND|ECONNREFUSED|EACCES|ENOSPC|\d{3}|127\.0\.0\.1/);
  });

  it('an installer that could not be started says so', () => {
    expect(installerFailure(null, Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' }))).toBe(
      "Electron's installer could not be started",
    );
  });
});
