/**
 * Whether this process runs inside a desktop session, where a desktop notification can be
 * seen: decided by a pure function over the environment, the platform and a few facts read
 * from the file system (readDesktopFacts), so every case is a row of a table test.
 *
 * | platform | facts / environment                                       | desktop | reason                         |
 * |----------|-----------------------------------------------------------|---------|--------------------------------|
 * | linux    | DISPLAY set                                               | yes     |                                |
 * | linux    | WAYLAND_DISPLAY set, its socket exists                    | yes     |                                |
 * | linux    | WAYLAND_DISPLAY set, no socket (a stale variable)         | no      | no desktop session             |
 * | linux    | neither (a server, ssh, systemd service)                  | no      | no desktop session             |
 * | any      | in a container (/.dockerenv, /run/.containerenv, cgroup)  | no      | in a container                 |
 * |          | and no display reaches it                                 |         |                                |
 * | win32    | no SESSIONNAME (a service, session 0)                     | no      | a Windows service              |
 * | win32    | SESSIONNAME set (Console, RDP-Tcp#1)                      | yes     |                                |
 * | darwin   | (launchd agents run in the user's session)                | yes     |                                |
 *
 * A display wins over the container: whoever forwards one into a container means it to be used.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Reason } from '../../../shared/reason';
import { inEnglish, reason } from '../reason';

export interface DesktopFacts {
  /** /.dockerenv or /run/.containerenv exists, or PID 1's cgroup names a container runtime. */
  container: boolean;
  /** $XDG_RUNTIME_DIR/$WAYLAND_DISPLAY (or the absolute WAYLAND_DISPLAY) exists; null: not asked. */
  waylandSocket: boolean | null;
}

export interface DesktopSession {
  desktop: boolean;
  /** Why there is none, in words for the channel's state; null with a desktop. */
  reason: string | null;
}

/** Why there is no desktop session, as a code (the table above); null with one. */
export function noDesktopReason(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, facts: DesktopFacts): Reason | null {
  const display = platform === 'linux' && (!!env.DISPLAY || (!!env.WAYLAND_DISPLAY && facts.waylandSocket === true));
  if (display) return null;
  if (facts.container) return reason('reason.desktop.container');
  if (platform === 'linux')
    return env.WAYLAND_DISPLAY
      ? reason('reason.desktop.waylandNoSocket', { display: env.WAYLAND_DISPLAY })
      : reason('reason.desktop.noDisplay');
  if (platform === 'win32' && !env.SESSIONNAME) return reason('reason.desktop.windowsService');
  return null;
}

export function hasDesktop(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, facts: DesktopFacts): DesktopSession {
  const none = noDesktopReason(env, platform, facts);
  return none ? { desktop: false, reason: inEnglish(none) } : { desktop: true, reason: null };
}

/** Container runtimes as PID 1's cgroup names them. */
const CONTAINER_CGROUP = /docker|kubepods|containerd|libpod|lxc/;

/** The facts hasDesktop() needs, read from this machine; any file that cannot be read counts as absent. */
export function readDesktopFacts(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): DesktopFacts {
  if (platform !== 'linux') return { container: false, waylandSocket: null };
  let cgroup = '';
  try {
    cgroup = readFileSync('/proc/1/cgroup', 'utf8');
  } catch {
    // not readable: no evidence of a container
  }
  const container = existsSync('/.dockerenv') || existsSync('/run/.containerenv') || CONTAINER_CGROUP.test(cgroup);
  const name = env.WAYLAND_DISPLAY;
  const socket = !name
    ? null
    : path.isAbsolute(name)
      ? name
      : env.XDG_RUNTIME_DIR
        ? path.join(env.XDG_RUNTIME_DIR, name)
        : null;
  return { container, waylandSocket: socket === null ? (name ? false : null) : existsSync(socket) };
}

/** Why this process has no desktop session, as a code; null with one. */
export const noDesktopSession = (env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform) =>
  noDesktopReason(env, platform, readDesktopFacts(env, platform));

/** This process's desktop session. */
export const desktopSession = (env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform) =>
  hasDesktop(env, platform, readDesktopFacts(env, platform));
