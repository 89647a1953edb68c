/**
 * The interface that traffic to the internet leaves by, asked of the OS: Linux `ip route get`
 * (which follows routing rules, as wg-quick sets them; /proc/net/route's main table when `ip`
 * cannot run), macOS and the BSDs `route get`, Windows `route print` (its interface address named
 * by os.networkInterfaces). A route lookup sends no packet. The NAT verdict (shared/nat.ts) reads
 * it: a tunnel there is a VPN, whatever the router says. Parsing lives in egress-parse.ts.
 */
import { readFile } from 'node:fs/promises';
import os, { endianness } from 'node:os';

import { runCommand, windowsRoute } from '../run-command';
import { parseIpRouteGet, parseProcRouteEgress, parseRouteGetInterface, parseRoutePrintEgress } from './egress-parse';

/** The interface's name, or null when there is no route out (offline) or the OS would not say. */
export type FindEgress = (signal: AbortSignal) => Promise<string | null>;

/** Any public address would do: the lookup asks which way such traffic goes, and sends nothing there. */
export const EGRESS_PROBE = '1.1.1.1';

export interface EgressFinderDeps {
  platform?: NodeJS.Platform;
  readText?: (path: string) => Promise<string>;
  run?: (command: string, args: string[], signal: AbortSignal) => Promise<string>;
  interfaces?: () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;
}

export function createEgressFinder(deps: EgressFinderDeps = {}): FindEgress {
  const platform = deps.platform ?? process.platform;
  const run = deps.run ?? runCommand;
  const readText = deps.readText ?? ((path: string) => readFile(path, 'utf8'));
  const interfaces = deps.interfaces ?? os.networkInterfaces;

  return async (signal) => {
    if (platform === 'linux' || platform === 'android') {
      const out = await run('ip', ['-4', '-o', 'route', 'get', EGRESS_PROBE], signal).catch(() => null);
      if (out !== null) return parseIpRouteGet(out);
      const text = await readText('/proc/net/route');
      return parseProcRouteEgress(text, EGRESS_PROBE, endianness());
    }
    if (platform === 'win32') {
      const address = parseRoutePrintEgress(await run(windowsRoute(), ['print', '-4'], signal), EGRESS_PROBE);
      return address === null ? null : nameOf(address, interfaces());
    }
    const out = await run('/sbin/route', ['-n', 'get', '-inet', EGRESS_PROBE], signal).catch((err: unknown) =>
      /not in table/i.test(String(err)) ? '' : Promise.reject(err),
    );
    return parseRouteGetInterface(out);
  };
}

/** The adapter's name (its friendly name on Windows) that holds this address. */
function nameOf(address: string, all: NodeJS.Dict<os.NetworkInterfaceInfo[]>): string | null {
  for (const [name, list] of Object.entries(all)) if (list?.some((a) => a.address === address)) return name;
  return null;
}
