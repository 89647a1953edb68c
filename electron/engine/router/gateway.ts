/**
 * Finding the default gateway without a native module: Linux reads /proc (falling back to
 * `ip route`), macOS and the BSDs ask `route -n get default`, Windows `route print`. The
 * parsing lives in gateway-parse.ts; this file only fetches the text. Nothing is cached: the
 * caller asks again after a network change.
 */
import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';

import type { Family } from '../../../shared/types';
import { runCommand, windowsRoute } from '../run-command';
import {
  parseIpRouteDefault,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrintV4,
  parseRoutePrintV6,
} from './gateway-parse';
import type { FindGateway, Gateway, RouterFailure } from './types';

export interface GatewayFinderDeps {
  platform?: NodeJS.Platform;
  readText?: (path: string) => Promise<string>;
  /** Runs a command and resolves with its standard output; rejects when it fails. */
  run?: (command: string, args: string[], signal: AbortSignal) => Promise<string>;
  /**
   * The interface chosen to leave from (monitor.fromV4/fromV6, issue 76), by its names and
   * addresses: a default route by it is preferred. macOS names one route only (`route get`).
   */
  prefer?: (family: Family) => readonly string[];
}

export function createGatewayFinder(deps: GatewayFinderDeps = {}): FindGateway {
  const platform = deps.platform ?? process.platform;
  const readText = deps.readText ?? ((path: string) => readFile(path, 'utf8'));
  const run = deps.run ?? runCommand;

  return async (family, signal) => {
    const prefer = deps.prefer?.(family) ?? [];
    if (platform === 'linux' || platform === 'android') return linux(family, signal, prefer);
    if (platform === 'win32') {
      const out = await run(windowsRoute(), ['print', family === 4 ? '-4' : '-6'], signal);
      return family === 4 ? parseRoutePrintV4(out, prefer) : parseRoutePrintV6(out, prefer);
    }
    // macOS and the BSDs share /sbin/route; "not in table" (no default route) exits non-zero.
    const out = await run('/sbin/route', ['-n', 'get', family === 4 ? '-inet' : '-inet6', 'default'], signal).catch(
      (err: unknown) => (/not in table/i.test(String(err)) ? '' : Promise.reject(err)),
    );
    return parseRouteGet(out, family);
  };

  async function linux(family: Family, signal: AbortSignal, prefer: readonly string[]): Promise<Gateway | null> {
    const file = family === 4 ? '/proc/net/route' : '/proc/net/ipv6_route';
    const text = await readText(file).catch(() => null);
    if (text !== null)
      return family === 4 ? parseProcNetRoute(text, endianness(), prefer) : parseProcIpv6Route(text, prefer);
    // /proc can be hidden (a sandbox); iproute2 asks the kernel over netlink instead.
    const out = await run('ip', [family === 4 ? '-4' : '-6', 'route', 'show', 'default'], signal);
    return parseIpRouteDefault(out, family, prefer);
  }
}

/** The gateway a protocol should ask, or the failure to report when there is none. */
export async function gatewayOrFailure(
  find: FindGateway,
  family: Family,
  signal: AbortSignal,
): Promise<{ ok: true; gateway: Gateway } | { ok: false; error: RouterFailure }> {
  try {
    const gateway = await find(family, signal);
    if (gateway) return { ok: true, gateway };
    return { ok: false, error: { code: 'no-gateway', message: `no default IPv${family} gateway (offline?)` } };
  } catch (err) {
    if (signal.aborted) return { ok: false, error: { code: 'cancelled', message: 'cancelled' } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'network', message: `cannot find the default gateway: ${message}` } };
  }
}
