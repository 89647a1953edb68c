/**
 * The gate every outgoing connection passes (issue 63). A site asks `open` with the host, port
 * and protocol it will really connect to (parsed once: the values it then hands to the socket),
 * before it connects, and ends the passage with the outcome. The gate records each destination
 * since the process started (count, last time, last result and error code, whether its name was
 * looked up by the system's resolver) and each name the system's resolver was asked for. Only
 * hosts and ports are kept: no path, query, user or secret ever reaches it.
 *
 * Its policy comes from the runtime (use): the inventory for the current settings and whether
 * undeclared connections are refused (egress.enforce). Refused: the site gets an
 * EgressRefusedError before any packet leaves, and the log says why in words; not refused: the
 * connection goes ahead and is recorded, and logged once, as undeclared. Without a policy (a
 * command-line tool, a test of one client) everything goes ahead and is recorded.
 *
 * The name is checked before the lookup, and the addresses after it (`admit`, egress-match.ts
 * `localRefused`): the lookup handed to the socket (egress-lookup.ts, resolve.ts `forcedLookup`,
 * a proxy tunnel's, the UDP client's) gives the socket only the addresses admitted, so what it
 * connects to is what the rule compared, never a second lookup's answer. The zone's servers are
 * the addresses its NS names resolved to (`learnZoneServers`), not any host on port 53.
 */
import type {
  DeclaredDestination,
  EgressContact,
  EgressLookup,
  EgressReport,
  EgressResult,
} from '../../../shared/contract/egress';
import { parseAddress } from '../../../shared/ip';
import { type EgressAsk, localRefused, matching, normalHost } from './egress-match';
import { errorCode } from './errors';

export interface EgressPolicy {
  declared: readonly DeclaredDestination[];
  enforce: boolean;
  /**
   * Says, in words, a refusal or the first connection to an undeclared destination; `local`: a
   * name that resolved to `address`, a local address it is not declared for (refused with enforce).
   */
  say(kind: 'refused' | 'undeclared' | 'local', ask: EgressAsk, address?: string): void;
}

/** A connection under way: `end()` when it was made (or its exchange done), `end(err)` when it failed. */
export interface Passage {
  end(err?: unknown): void;
}

export class EgressRefusedError extends Error {
  readonly code: string = 'EEGRESSREFUSED';
  constructor(ask: EgressAsk) {
    super(`the connection to ${ask.host} port ${ask.port} (${ask.protocol}) is not declared and egress.enforce is on`);
    this.name = 'EgressRefusedError';
  }
}

/** A public name resolved only to local addresses it is not declared for (DNS rebinding), with egress.enforce on. */
export class EgressLocalError extends EgressRefusedError {
  override readonly code = 'EEGRESSLOCAL';
  constructor(name: string, address: string) {
    super({ host: name, port: 0, protocol: 'tcp' });
    this.message = `${name} resolved to ${address}, a local address it is not declared for, and egress.enforce is on`;
    this.name = 'EgressLocalError';
  }
}

export interface EgressGate {
  /** Before connecting: throws an EgressRefusedError when refused, else gives the passage to end. */
  open(ask: EgressAsk): Passage;
  /** A name handed to the system's resolver. */
  lookup(name: string): void;
  /**
   * After `name`'s lookup: the addresses the socket may connect to (in their order); throws an
   * EgressLocalError when every one is in local space and the name is not declared local.
   */
  admit(name: string, addresses: readonly string[]): string[];
  /** The addresses a configured zone's NS names resolved to: the only `zone-servers` (ddns/propagation.ts). */
  learnZoneServers(zone: string, addresses: readonly string[]): void;
  /** The runtime's policy (null: none, everything recorded and let through). */
  use(policy: EgressPolicy | null): void;
  report(): EgressReport;
}

/** The longest list kept of each kind: a host that changes every request cannot grow it without end. */
export const MAX_KEPT = 500;

export function createEgressGate(now: () => number = Date.now): EgressGate {
  const since = now();
  const contacts = new Map<string, EgressContact>();
  const lookups = new Map<string, EgressLookup>();
  const said = new Set<string>();
  /** Each zone server's address, with the zones whose NS it is. */
  const zoneServers = new Map<string, Set<string>>();
  const zonesOf = (address: string): ReadonlySet<string> => zoneServers.get(normalHost(address)) ?? new Set();
  let policy: EgressPolicy | null = null;

  const record = (ask: EgressAsk, found: DeclaredDestination[], result: EgressResult): EgressContact =>
    recordContact(contacts, ask, found, result, now());

  function sayOnce(kind: 'refused' | 'undeclared' | 'local', ask: EgressAsk, address?: string): void {
    const key = `${kind}|${ask.protocol}|${normalHost(ask.host)}|${ask.port}|${address ?? ''}`;
    if (said.has(key) || !policy) return;
    if (said.size >= MAX_KEPT) said.clear();
    said.add(key);
    policy.say(kind, ask, address);
  }

  return {
    open(ask) {
      const found = policy ? matching(policy.declared, ask, zonesOf) : [];
      if (policy && found.length === 0) {
        if (policy.enforce) {
          record(ask, found, 'refused');
          sayOnce('refused', ask);
          throw new EgressRefusedError(ask);
        }
        sayOnce('undeclared', ask);
      }
      const c = record(ask, found, 'open');
      let ended = false;
      return {
        end(err) {
          if (ended) return;
          ended = true;
          // Refused after the lookup (admit): the connection never left.
          c.lastResult = err === undefined ? 'ok' : err instanceof EgressRefusedError ? 'refused' : 'failed';
          const code = err === undefined ? undefined : failureCode(err);
          if (code) c.lastError = code;
        },
      };
    },
    lookup(name) {
      const key = normalHost(name);
      if (parseAddress(key)) return;
      const l = lookups.get(key) ?? { name: key, via: 'system' as const, count: 0, lastAt: 0 };
      if (!lookups.has(key) && lookups.size >= MAX_KEPT) lookups.delete(lookups.keys().next().value!);
      l.count += 1;
      l.lastAt = now();
      lookups.set(key, l);
    },
    admit(name, addresses) {
      if (!policy) return [...addresses];
      const { allowed, local } = localRefused(policy.declared, name, addresses);
      if (local.length === 0) return allowed;
      const ask = { host: normalHost(name), port: 0, protocol: 'tcp' } as const;
      sayOnce('local', ask, local[0]);
      if (!policy.enforce) return [...addresses];
      if (allowed.length === 0) throw new EgressLocalError(ask.host, local[0]!);
      return allowed;
    },
    learnZoneServers(zone, addresses) {
      for (const address of addresses) {
        const key = normalHost(address);
        if (!zoneServers.has(key) && zoneServers.size >= MAX_KEPT) zoneServers.delete(zoneServers.keys().next().value!);
        zoneServers.set(key, (zoneServers.get(key) ?? new Set()).add(normalHost(zone)));
      }
    },
    use(next) {
      policy = next;
      said.clear();
    },
    report: () => ({
      at: now(),
      since,
      enforce: policy?.enforce ?? false,
      declared: [...(policy?.declared ?? [])],
      contacted: [...contacts.values()].map((c) => ({ ...c })),
      lookups: [...lookups.values()].map((l) => ({ ...l })),
    }),
  };
}

/** Counts one contact of `ask` in `contacts` (at most MAX_KEPT, the oldest forgotten first). */
function recordContact(
  contacts: Map<string, EgressContact>,
  ask: EgressAsk,
  found: DeclaredDestination[],
  result: EgressResult,
  at: number,
): EgressContact {
  const host = normalHost(ask.host);
  const key = `${ask.protocol}|${host}|${ask.port}`;
  let c = contacts.get(key);
  if (!c) {
    if (contacts.size >= MAX_KEPT) contacts.delete(contacts.keys().next().value!);
    c = {
      host,
      port: ask.port,
      protocol: ask.protocol,
      declared: [],
      purposes: [],
      count: 0,
      lastAt: 0,
      lastResult: result,
      lookup: parseAddress(host) ? 'none' : 'system',
    };
    contacts.set(key, c);
  }
  c.declared = found.map((d) => d.id);
  c.purposes = [...new Set(found.map((d) => d.purpose))];
  c.count += 1;
  c.lastAt = at;
  c.lastResult = result;
  delete c.lastError;
  if (ask.from) c.from = ask.from;
  else delete c.from;
  return c;
}

const named = (e: unknown, name: string): boolean => e instanceof Error && e.name === name;

/**
 * What a passage's failure is recorded as: a time limit that passed (net/deadline's TimeoutError,
 * thrown as it is or as the cause of Node's ABORT_ERR) as `TimeoutError`, any other abort (the
 * caller's cancel, a stop) as `ABORT_ERR`, else the error's own code. An abort's error carries no
 * string code of its own when it is the signal's reason (a DOMException's is a number).
 */
export function failureCode(err: unknown): string | undefined {
  const cause = err instanceof Error ? err.cause : undefined;
  if (named(err, 'TimeoutError') || named(cause, 'TimeoutError')) return 'TimeoutError';
  if (named(err, 'AbortError')) return 'ABORT_ERR';
  return errorCode(err);
}

/**
 * The process's gate. One per process rather than one per runtime, on purpose: the connections a
 * firewall, Pi-hole or tcpdump sees are the process's, and several are opened by clients no
 * runtime hands anything to (net/client.ts `sharedClient`, the system resolver, the command line).
 * The runtime gives it its policy when it starts and on each settings change, and takes it back
 * when it closes (runtime/egress.ts).
 */
export const processGate: EgressGate = createEgressGate();

/**
 * `run` (the connection and its exchange) through `gate`: the passage is opened before it starts
 * and ended with its outcome; a refusal rejects before `run` is called. `failure` reads a failure a
 * resolved value stands for (a probe that resolves "down"), so the record says failed.
 */
export async function passThrough<T>(
  gate: EgressGate,
  ask: EgressAsk,
  run: () => Promise<T>,
  failure: (value: T) => unknown = () => undefined,
): Promise<T> {
  const passage = gate.open(ask);
  try {
    const value = await run();
    passage.end(failure(value));
    return value;
  } catch (err) {
    passage.end(err);
    throw err;
  }
}
