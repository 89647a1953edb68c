/**
 * electron/engine/host-addresses: this host's own IPv6 addresses with the flags that tell a
 * stable address from a temporary (privacy) one, read from the OS without a native module: one
 * short command per OS (linux.ts `ip -j -6 addr`, macos.ts `ifconfig`, windows.ts PowerShell's
 * Get-NetIPAddress), each with a pure reader of its output. Node's os.networkInterfaces() has
 * no flags, so it cannot tell them apart. ddns/ picks the address an AAAA record holds from these.
 */
import { runCommand } from '../run-command';
import { findInPath } from '../which';
import { linuxSource } from './linux';
import { macosSource } from './macos';
import type { HostAddress, HostAddressSource } from './types';
import { windowsSource } from './windows';

export type { HostAddress, HostAddressSource } from './types';

/** This platform's way to list the addresses, or why there is none. */
export function osHostAddresses(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): { source: HostAddressSource; none: null } | { source: null; none: string } {
  if (platform === 'linux') {
    const ip = findInPath('ip', env);
    return ip ? { source: linuxSource(ip), none: null } : { source: null, none: 'ip (iproute2) is not in PATH' };
  }
  if (platform === 'darwin') return { source: macosSource(), none: null };
  if (platform === 'win32') return { source: windowsSource(env.SystemRoot), none: null };
  return { source: null, none: `no way to list this host's addresses on ${platform}` };
}

/** Runs the source's command (bounded, never through a shell) and reads its output. */
export async function readHostAddresses(source: HostAddressSource, signal: AbortSignal): Promise<HostAddress[]> {
  return source.parse(await runCommand(source.command, [...source.args], signal));
}
