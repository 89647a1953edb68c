import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { desktopUnavailable } from '../../../../electron/engine/notify';

describe('desktopUnavailable', async () => {
  const bin = await mkdtemp(path.join(tmpdir(), 'ipwatch-bin-'));
  await writeFile(path.join(bin, 'notify-send'), '#!/bin/sh\n', { mode: 0o755 });
  const empty = await mkdtemp(path.join(tmpdir(), 'ipwatch-empty-'));

  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, RegExp | undefined]>([
    ['X11 session with notify-send', { DISPLAY: ':0', PATH: bin }, 'linux', undefined],
    ['Wayland session with notify-send', { WAYLAND_DISPLAY: 'wayland-0', PATH: bin }, 'linux', undefined],
    ['no session (a server)', { PATH: bin }, 'linux', /no desktop session/],
    ['session without notify-send', { DISPLAY: ':0', PATH: empty }, 'linux', /notify-send not found/],
    ['macOS needs neither', {}, 'darwin', undefined],
    ['Windows needs neither', {}, 'win32', undefined],
  ])('%s', (_name, env, platform, expected) => {
    const reason = desktopUnavailable(env, platform);
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });
});
