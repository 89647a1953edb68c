/**
 * Asking the OS whether the connection is metered (metered.ts reads the answers): NetworkManager
 * on Linux for the device of the default route, the connection profile's cost on Windows, and
 * nothing on macOS. A missing program or a failed command is "unknown", never an error: the test
 * then runs, and the status says why it could not tell.
 */
import { readFile } from 'node:fs/promises';

import type { MeteredReading } from '../../../shared/contract/speed';
import type { Family } from '../../../shared/types';
import { procDefaultRoutes4, procDefaultRoutes6, RTF_UP } from '../net/proc-routes';
import { reason } from '../reason';
import { runCommand } from '../run-command';
import { findInPath } from '../which';
import { MACOS_READING, parseNmcliMetered, parseWindowsCost, reading } from './metered';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export type ReadMetered = (family: Family, signal: AbortSignal) => Promise<MeteredReading>;

const WINDOWS_COST_SCRIPT =
  '$p = [Windows.Networking.Connectivity.NetworkInformation,Windows.Networking.Connectivity,ContentType=WindowsRuntime]::GetInternetConnectionProfile(); ' +
  'if ($p) { $p.GetConnectionCost().NetworkCostType.ToString() }';

/** The interface of the default route of `family` (lowest metric), from procfs. */
async function defaultDevice(family: Family): Promise<string | null> {
  const text = await readFile(family === 4 ? '/proc/net/route' : '/proc/net/ipv6_route', 'utf8').catch(() => '');
  const routes = (family === 4 ? procDefaultRoutes4 : procDefaultRoutes6)(text).filter((r) => r.flags & RTF_UP);
  routes.sort((a, b) => a.metric - b.metric);
  return routes[0]?.iface ?? null;
}

async function linux(family: Family, signal: AbortSignal): Promise<MeteredReading> {
  const nmcli = findInPath('nmcli', process.env);
  if (!nmcli) return reading('unknown', reason('reason.metered.nmMissing'));
  const device = await defaultDevice(family);
  if (!device) return reading('unknown', reason('reason.metered.noRoute', { family }));
  try {
    return parseNmcliMetered(
      await runCommand(nmcli, ['-t', '-f', 'GENERAL.METERED', 'dev', 'show', device], signal),
      device,
    );
  } catch (err) {
    return reading('unknown', reason('reason.metered.nmFailed', { said: messageOf(err) }));
  }
}

async function windows(signal: AbortSignal): Promise<MeteredReading> {
  // By its full path: a powershell.exe planted in the current folder would run first.
  const ps = `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
  try {
    return parseWindowsCost(
      await runCommand(ps, ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_COST_SCRIPT], signal),
    );
  } catch (err) {
    return reading('unknown', reason('reason.metered.windowsFailed', { said: messageOf(err) }));
  }
}

export const readMetered: ReadMetered = (family, signal) => {
  if (process.platform === 'linux') return linux(family, signal);
  if (process.platform === 'win32') return windows(signal);
  if (process.platform === 'darwin') return Promise.resolve(MACOS_READING);
  return Promise.resolve(reading('unknown', reason('reason.metered.noWay', { platform: process.platform })));
};
