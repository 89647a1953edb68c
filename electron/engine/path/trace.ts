/**
 * One trace of the path: the tool found in PATH (tracepath first: it needs no privilege; then
 * traceroute), run with numeric output, at most MAX_HOPS hops, within TRACE_TIMEOUT_MS and
 * MAX_OUTPUT bytes, never through a shell; its output parsed and each hop's network looked up
 * in the offline table. What cannot be traced is said as a reason, never thrown.
 */
import { delimiter } from 'node:path';

import ipaddr from 'ipaddr.js';

import type { NetworkIdentity } from '../../../shared/identity';
import type { PathTool, PathTrigger, TracedPath } from '../../../shared/path';
import { runCommand } from '../run-command';
import { findInPath } from '../which';
import { parseTracepath } from './tracepath-output';
import { parseTraceroute } from './traceroute-output';

export const MAX_HOPS = 20;
export const TRACE_TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024;
const SBIN = ['/usr/sbin', '/sbin'];

export type TraceOutcome =
  | { ok: true; path: TracedPath }
  | { ok: false; reason: 'no-tool' }
  | { ok: false; reason: 'bad-target' }
  | { ok: false; reason: 'failed'; detail: string };

export interface PathTracerDeps {
  /** The environment whose PATH is searched (the process's). */
  env: NodeJS.ProcessEnv;
  /** The offline lookup: a hop's AS. */
  identify: (ip: string) => NetworkIdentity | null;
  /** Wall clock, to stamp the trace. */
  now: () => number;
  /** Folders searched after PATH (default: the sbin folders, where Debian puts traceroute and a user's PATH may not reach). */
  alsoIn?: readonly string[];
  /** Hops at most (default MAX_HOPS), and the time a trace may take (default TRACE_TIMEOUT_MS). */
  maxHops?: number;
  timeoutMs?: number;
}

export interface PathTracer {
  /** The tool that would run now, or null when neither is installed. */
  tool(): { tool: PathTool; file: string } | null;
  trace(target: string, trigger: PathTrigger, signal: AbortSignal): Promise<TraceOutcome>;
}

function argsOf(tool: PathTool, target: string, family: 4 | 6, maxHops: number): string[] {
  return tool === 'tracepath'
    ? ['-n', `-${family}`, '-m', String(maxHops), target]
    : ['-n', `-${family}`, '-q', '1', '-w', '2', '-m', String(maxHops), target];
}

export function createPathTracer(deps: PathTracerDeps): PathTracer {
  const maxHops = deps.maxHops ?? MAX_HOPS;
  const tool = (): { tool: PathTool; file: string } | null => {
    for (const name of ['tracepath', 'traceroute'] as const) {
      const dirs = [deps.env.PATH ?? '', ...(deps.alsoIn ?? SBIN)].filter(Boolean).join(delimiter);
      const file = findInPath(name, { PATH: dirs });
      if (file) return { tool: name, file };
    }
    return null;
  };
  return {
    tool,
    async trace(target, trigger, signal) {
      if (!ipaddr.isValid(target)) return { ok: false, reason: 'bad-target' };
      const found = tool();
      if (!found) return { ok: false, reason: 'no-tool' };
      const family = ipaddr.parse(target).kind() === 'ipv4' ? 4 : 6;
      const at = deps.now();
      let out: string;
      try {
        out = await runCommand(found.file, argsOf(found.tool, target, family, maxHops), signal, {
          timeoutMs: deps.timeoutMs ?? TRACE_TIMEOUT_MS,
          maxBytes: MAX_OUTPUT,
          outputOnExitCode: true,
        });
      } catch (err) {
        return { ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) };
      }
      const parsed = found.tool === 'tracepath' ? parseTracepath(out) : parseTraceroute(out, target);
      const hops = parsed.hops.map((h) => ({ ...h, asn: h.address ? (deps.identify(h.address)?.asn ?? null) : null }));
      return { ok: true, path: { at, trigger, tool: found.tool, target, reached: parsed.reached, hops } };
    },
  };
}
