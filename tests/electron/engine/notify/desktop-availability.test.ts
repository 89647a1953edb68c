import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { desktopUnavailable } from '../../../../electron/engine/notify';

describe('desktopUnavailable', async () => {
  const bin = await mkdtemp(path.join(tmpdir(), 'ipwatch-bin-'));
  await writeFile(path.join(bin, 'notify-send'), '#!/bin/sh\n', { mode: 0o755 });
  const empty = await mkdtemp(path.join(tmpdir(), 'ipwatch-empty-'));
  // A Wayland session has its socket in the runtime folder.
  const run = await mkdtemp(path.join(tmpdir(), 'ipwatch-run-'));
  await writeFile(path.join(run, 'wayland-0'), '');

  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, RegExp | undefined]>([
    ['X11 session with notify-send', { DISPLAY: ':0', PATH: bin }, 'linux', undefined],
    [
      'Wayland session with notify-send',
      { WAYLAND_DISPLAY: 'wayland-0', XDG_RUNTIME_DIR: run, PATH: bin },
      'linux',
      undefined,
    ],
    ['no session (a server)', { PATH: bin }, 'linux', /no desktop session/],
    ['a stale WAYLAND_DISPLAY (no socket)', { WAYLAND_DISPLAY: 'wayland-0', PATH: bin }, 'linux', /no desktop session/],
    ['session without notify-send', { DISPLAY: ':0', PATH: empty }, 'linux', /notify-send not found/],
    ['macOS needs neither', {}, 'darwin', undefined],
    ['Windows needs neither, in a session', { SESSIONNAME: 'Console' }, 'win32', undefined],
    ['a Windows service has no desktop', {}, 'win32', /no desktop session/],
  ])('%s', (_name, env, platform, expected) => {
    const reason = desktopUnavailable(env, platform);
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });
});
