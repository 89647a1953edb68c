#!/usr/bin/env node
/**
 * The IPWatch image's HEALTHCHECK: GET /healthz of the runner in this container, on loopback.
 * Exit 0 when it answers `{"ok":true}`, else 1 with one line saying why (Docker shows the last
 * lines in `docker inspect`). Plain Node (the slim image has no curl), no dependencies.
 *
 *   IPWATCH_API_PORT            the runner's port (default 8787), as the runner reads it
 *   IPWATCH_HEALTH_MAX_AGE_SEC  also unhealthy when the last check is older than this (unset: not
 *                               checked; a paused monitor is never stale)
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const port = Number(process.env.IPWATCH_API_PORT || 8787);
const maxAgeSec = Number(process.env.IPWATCH_HEALTH_MAX_AGE_SEC || 0);

/** Why a /healthz answer is unhealthy, or null when it is healthy. Pure. */
export function problemOf(status, body, maxAge) {
  if (status !== 200) return `HTTP ${status}`;
  if (body?.ok !== true) return 'the runner did not say ok';
  const age = body.lastCheckAgeSec;
  if (maxAge > 0 && !body.paused && typeof age === 'number' && age > maxAge)
    return `the last check was ${age} s ago (more than ${maxAge})`;
  return null;
}

async function main() {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
    const body = await res.json().catch(() => null);
    const problem = problemOf(res.status, body, maxAgeSec);
    if (problem) throw new Error(problem);
    const age = body.lastCheckAgeSec === null ? 'no check yet' : `last check ${body.lastCheckAgeSec} s ago`;
    process.stdout.write(`healthy: IPWatch ${body.version}, ${age}\n`);
    return 0;
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    process.stdout.write(`unhealthy: ${err instanceof Error ? err.message : String(err)}${cause}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
