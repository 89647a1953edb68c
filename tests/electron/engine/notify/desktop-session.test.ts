import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  type DesktopFacts,
  type DesktopSession,
  hasDesktop,
  readDesktopFacts,
} from '../../../../electron/engine/notify/desktop-session';

const host: DesktopFacts = { container: false, waylandSocket: null };
const boxed: DesktopFacts = { container: true, waylandSocket: null };
const YES: DesktopSession = { desktop: true, reason: null };
const no = (why: RegExp) => ({ desktop: false, reason: expect.stringMatching(why) as unknown as string });

const cases: [string, NodeJS.ProcessEnv, NodeJS.Platform, DesktopFacts, DesktopSession][] = [
  ['Linux, X11', { DISPLAY: ':0' }, 'linux', host, YES],
  ['Linux, Wayland with its socket', { WAYLAND_DISPLAY: 'wayland-0' }, 'linux', { ...host, waylandSocket: true }, YES],
  [
    'Linux, a stale WAYLAND_DISPLAY without a socket',
    { WAYLAND_DISPLAY: 'wayland-0' },
    'linux',
    { ...host, waylandSocket: false },
    no(/^no desktop session: WAYLAND_DISPLAY names no socket/),
  ],
  ['Linux server (ssh, systemd)', { PATH: '/usr/bin' }, 'linux', host, no(/^no desktop session: DISPLAY and WAYLAND/)],
  ['Linux, an empty DISPLAY', { DISPLAY: '' }, 'linux', host, no(/^no desktop session/)],
  ['a container', {}, 'linux', boxed, no(/^no desktop session: running in a container/)],
  ['a container with a display forwarded', { DISPLAY: ':0' }, 'linux', boxed, YES],
  ['Windows, a logged-in session', { SESSIONNAME: 'Console' }, 'win32', host, YES],
  ['Windows, over remote desktop', { SESSIONNAME: 'RDP-Tcp#3' }, 'win32', host, YES],
  ['Windows, a service (session 0)', {}, 'win32', host, no(/^no desktop session: running as a Windows service/)],
  ['macOS', {}, 'darwin', host, YES],
];

describe('hasDesktop', () => {
  it.each(cases)('%s', (_name, env, platform, facts, want) => {
    expect(hasDesktop(env, platform, facts)).toEqual(want);
  });
});

describe('readDesktopFacts', () => {
  it('finds a Wayland socket under XDG_RUNTIME_DIR, or says there is none', async () => {
    const run = await mkdtemp(path.join(tmpdir(), 'ipwatch-run-'));
    await writeFile(path.join(run, 'wayland-1'), '');
    const facts = (env: NodeJS.ProcessEnv) => readDesktopFacts(env, 'linux').waylandSocket;
    expect(facts({ XDG_RUNTIME_DIR: run, WAYLAND_DISPLAY: 'wayland-1' })).toBe(true);
    expect(facts({ XDG_RUNTIME_DIR: run, WAYLAND_DISPLAY: 'wayland-9' })).toBe(false);
    expect(facts({ WAYLAND_DISPLAY: path.join(run, 'wayland-1') })).toBe(true);
    expect(facts({ WAYLAND_DISPLAY: 'wayland-1' })).toBe(false);
    expect(facts({})).toBeNull();
  });

  it('asks nothing of the file system off Linux', () => {
    expect(readDesktopFacts({}, 'win32')).toEqual({ container: false, waylandSocket: null });
  });
});
