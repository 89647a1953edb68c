/**
 * The online enrichment's providers (ipinfo.io, ifconfig.co): one file each behind the registry
 * (registry.ts), each built from its service's documentation. A provider only asks and reads the
 * answer; when to ask, the cache and the limits are the enricher's (../enrich.ts).
 */
import type { OnlineProviderId } from '../../../../shared/settings/identity';
import type { Family } from '../../../../shared/types';
import type { HttpClient } from '../../net/types';
import type { OnlineIdentity } from '../merge';

export interface AskContext {
  http: HttpClient;
  /** The service's address without a trailing slash: the provider's own, or the user's. */
  base: string;
  /** The family the request goes out over (IPv4 while the machine has an IPv4 address). */
  family: Family;
  token?: string | undefined;
  signal: AbortSignal;
  userAgent: string;
  /** Epoch ms now (the engine's clock), to read an HTTP-date Retry-After. */
  now: () => number;
}

/**
 * What asking came to. `answer`: what the service knows (maybe nothing: kept, never asked again).
 * `later`: the service is busy or over a limit; ask no other address for a while: the etiquette's
 * backoff (net/etiquette.ts), with `afterMs` (the service's Retry-After, or its quota's wait) on top.
 * `stop`: the service refuses us (a bad token): no more questions until the settings change.
 * `failed`: this one question failed (bad answer, timeout); the next address may be asked.
 */
export type AskOutcome =
  | { kind: 'answer'; identity: OnlineIdentity }
  | { kind: 'later'; reason: string; afterMs?: number }
  | { kind: 'stop'; reason: string }
  | { kind: 'failed'; reason: string };

export interface OnlineProvider {
  readonly id: OnlineProviderId;
  /** The service's own address. */
  readonly defaultBase: string;
  ask(ip: string, ctx: AskContext): Promise<AskOutcome>;
}
