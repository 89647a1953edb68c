/**
 * What the hook program is told about an event: the engine's event as environment variables
 * (IPWATCH_EVENT, IPWATCH_FAMILY, IPWATCH_OLD, IPWATCH_NEW, IPWATCH_AT...) and as one JSON object
 * on its standard input. Pure, so each event's variables are a table in the test.
 *
 * | event   | IPWATCH_FAMILY | IPWATCH_OLD        | IPWATCH_NEW      | also                              |
 * | ------- | -------------- | ------------------ | ---------------- | --------------------------------- |
 * | change  | 4 or 6         | the old address    | the new address  | IPWATCH_TRIGGER, IPWATCH_SOURCES  |
 * | offline |                |                    |                  | IPWATCH_CAUSE                     |
 * | online  |                |                    |                  | IPWATCH_OFFLINE_MS                |
 * | nat     |                | the old NAT verdict | the new verdict | IPWATCH_ADDRESS (the public IPv4) |
 * | cgnat   | 4              |                    | the address      | IPWATCH_ADDRESS, IPWATCH_SOURCE   |
 * | test    |                |                    |                  | (the Settings page's Test)        |
 *
 * A variable with nothing to say is absent, not empty (IPWATCH_OLD on a first address).
 */
import type { HookEvent } from '../../../shared/settings/watcher';
import type { EngineEvent } from '../../../shared/types';

/** The event as the program sees it: its name, when, and its fields. */
export interface HookPayload {
  event: HookEvent | 'test';
  /** ISO 8601, UTC. */
  at: string;
  family?: 4 | 6;
  old?: string;
  new?: string;
  trigger?: string;
  sources?: string[];
  cause?: string;
  offlineMs?: number;
  address?: string;
  source?: string;
  version: string;
}

/** The payload for an engine event the hook runs on, or null for one it never runs on (check, source-health...). */
export function hookPayload(e: EngineEvent, version: string): HookPayload | null {
  const at = new Date(e.at).toISOString();
  switch (e.type) {
    case 'change':
      return {
        event: 'change',
        at,
        family: e.family,
        ...(e.from === null ? {} : { old: e.from }),
        new: e.to,
        trigger: e.trigger,
        sources: e.sources,
        version,
      };
    case 'offline':
      return { event: 'offline', at, cause: e.cause, version };
    case 'online':
      return { event: 'online', at, offlineMs: e.offlineMs, version };
    case 'nat':
      return {
        event: 'nat',
        at,
        old: e.from,
        new: e.to,
        ...(e.publicAddress ? { address: e.publicAddress } : {}),
        version,
      };
    case 'cgnat':
      return { event: 'cgnat', at, family: e.family, new: e.address, address: e.address, source: e.sourceId, version };
    default:
      return null;
  }
}

/** The test event the Settings page's Test runs the program with. */
export const testPayload = (at: number, version: string): HookPayload => ({
  event: 'test',
  at: new Date(at).toISOString(),
  version,
});

const VARS: [keyof HookPayload, string][] = [
  ['event', 'IPWATCH_EVENT'],
  ['at', 'IPWATCH_AT'],
  ['family', 'IPWATCH_FAMILY'],
  ['old', 'IPWATCH_OLD'],
  ['new', 'IPWATCH_NEW'],
  ['trigger', 'IPWATCH_TRIGGER'],
  ['sources', 'IPWATCH_SOURCES'],
  ['cause', 'IPWATCH_CAUSE'],
  ['offlineMs', 'IPWATCH_OFFLINE_MS'],
  ['address', 'IPWATCH_ADDRESS'],
  ['source', 'IPWATCH_SOURCE'],
  ['version', 'IPWATCH_VERSION'],
];

/** The payload as IPWATCH_* variables; lists joined with commas. */
export function hookVariables(p: HookPayload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of VARS) {
    const v = p[key];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(',') : String(v);
  }
  return out;
}

/**
 * The variables of IPWatch's own environment the program also gets: what a program needs to run
 * (PATH, HOME, the locale, Windows' system folders), never the rest, which may hold the secrets
 * that settings reference by `{ "env": ... }`.
 */
const PASSED_ON =
  /^(PATH|HOME|USER|LOGNAME|LANG|LANGUAGE|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|SystemRoot|windir|ComSpec|PATHEXT|USERPROFILE)$/i;

export function hookEnvironment(p: HookPayload, own: NodeJS.ProcessEnv): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(own)) if (v !== undefined && PASSED_ON.test(k)) base[k] = v;
  return { ...base, ...hookVariables(p) };
}
