/**
 * zod schemas of what the contract's status-like methods answer and of the live events, so
 * the HTTP API can publish them in its OpenAPI document. The TypeScript types stay the
 * interfaces of types.ts and notify-types.ts; `Schema<T>` makes the compiler check that each
 * schema's output fits its interface, and the API tests check real answers against them.
 */
import * as z from 'zod/mini';

import { CHECK_CAUSES } from '../check-cause';
import { type Health, HEALTH_STATES } from '../health';
import { LANGUAGE_CHOICES, LANGUAGES } from '../i18n/languages';
import { networkIdentitySchema } from '../identity';
import { type Nat, NAT_VERDICTS } from '../nat';
import type { ChannelStatus, TestResult } from '../notify-types';
import {
  type Attempt,
  type CheckReport,
  DDNS_NOTICES,
  type EngineEvent,
  type EngineStatus,
  type FamilyStatus,
  type HistoryStatus,
  type InterfaceWatchStatus,
  type LastCheck,
  type ProcessStatus,
  type RouterStatus,
  type SourceHealth,
  TRIGGERS,
} from '../types';
import { described } from './described';
import { type SitesEvent, sitesEventSchema } from './fleet';
import { quietStatusSchema } from './quiet';
import { reasonSchema } from './reason';
import type { Schema } from './schema';
import { apiServingStatusSchema } from './serving';

/** Where the contract's files first found it. */
export type { Schema } from './schema';

const family = z.union([z.literal(4), z.literal(6)]);
const trigger = z.enum(TRIGGERS);
const result = z.enum(['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable', 'disabled']);
const breaker = z.enum(['closed', 'open', 'half-open']);
const kind = z.enum(['http', 'dns', 'stun', 'interface']);
const epochMs = described(z.number(), 'epoch ms');
const cause = described(
  z.optional(z.enum(CHECK_CAUSES)),
  'why no address was confirmed, one cause for every reader (shared/check-cause.ts); absent when one was',
);

const attempt: Schema<Attempt> = z.object({
  sourceId: z.string(),
  provider: z.string(),
  kind,
  ok: z.boolean(),
  ip: z.optional(z.string()),
  error: z.optional(z.string()),
  errorCode: described(z.optional(reasonSchema), '`error` as a code and its values'),
  replied: described(z.optional(z.boolean()), 'a failed request got a reply (not a failure to connect)'),
  filtered: described(z.optional(z.boolean()), 'the address given is outside the ranges allowed (never taken)'),
  unbound: described(z.optional(z.boolean()), 'the interface or address to leave from could not be used'),
  latencyMs: z.number(),
});

const lastCheck: Schema<LastCheck> = z.object({
  at: epochMs,
  trigger,
  result,
  durationMs: z.number(),
  requests: z.number(),
  witness: z.optional(z.string()),
  attempts: described(z.optional(z.array(attempt)), 'what each source asked in this check answered'),
  cause,
});

const familyStatus: Schema<FamilyStatus> = z.object({
  family,
  enabled: z.boolean(),
  ip: z.nullable(z.string()),
  since: z.nullable(epochMs),
  lastCheck: z.nullable(lastCheck),
  cgnat: z.nullable(z.string()),
  identity: described(z.optional(z.nullable(networkIdentitySchema)), 'AS, organisation, country and VPN flag of `ip`'),
});

const families = z.object({ v4: familyStatus, v6: familyStatus });

const sourceHealth: Schema<SourceHealth> = z.object({
  id: z.string(),
  provider: z.string(),
  kind,
  family,
  state: breaker,
  successes: z.number(),
  failures: z.number(),
  consecutiveFailures: z.number(),
  successRate: z.nullable(z.number()),
  latencyMs: z.nullable(z.number()),
  lastError: z.optional(z.string()),
  lastErrorCode: described(z.optional(reasonSchema), '`lastError` as a code and its values'),
  lastErrorAt: z.optional(epochMs),
  lastSuccessAt: z.optional(epochMs),
  openUntil: z.optional(epochMs),
  own: described(z.optional(z.boolean()), "the user's own source (sources.custom), not a built-in"),
});

const historyStatus: Schema<HistoryStatus> = z.object({
  path: z.nullable(z.string()),
  bytes: z.number(),
  lastSaveAt: z.nullable(epochMs),
  lastSaveMs: z.nullable(z.number()),
  lastError: z.nullable(z.string()),
  revision: z.number(),
  savedRevision: z.number(),
  schemaVersion: z.number(),
  encrypted: z.boolean(),
  recovered: z.optional(
    z.object({ from: z.nullable(z.string()), movedTo: z.string(), at: epochMs, reason: z.string() }),
  ),
});

const interfaceWatch: Schema<InterfaceWatchStatus> = z.object({
  watch: described(
    z.enum(['netlink', 'route-socket', 'poll', 'off']),
    'netlink: Linux ip monitor; route-socket: macOS route monitor; poll: read every networkPollMs; off',
  ),
  reason: described(z.nullable(z.string()), 'while polling: why no event source runs'),
  reasonCode: described(z.optional(reasonSchema), '`reason` as a code and its values'),
  lastChangeAt: z.nullable(epochMs),
});

const engineStatusObject = z.object({
  running: z.boolean(),
  pausedSince: z.nullable(epochMs),
  nextCheckAt: z.nullable(epochMs),
  online: z.nullable(z.boolean()),
  offlineSince: z.nullable(epochMs),
  families,
  sources: z.array(sourceHealth),
  history: z.nullable(historyStatus),
  lastError: z.nullable(z.object({ message: z.string(), at: epochMs, where: z.string() })),
  interfaces: interfaceWatch,
});
export const engineStatusSchema: Schema<EngineStatus> = engineStatusObject;

export const channelStatusSchema: Schema<ChannelStatus> = z.object({
  id: z.string(),
  type: z.string(),
  state: z.enum(['ok', 'retrying', 'failing', 'invalid', 'disabled', 'paused', 'removed']),
  reason: z.nullable(z.string()),
  reasonCode: described(
    z.optional(reasonSchema),
    "`reason` as a code and its values, when IPWatch worded it: the roster's refusal, a desktop without a session",
  ),
  lastError: z.nullable(z.string()),
  lastErrorCode: described(z.optional(reasonSchema), '`lastError` as a code and its values, when IPWatch worded it'),
  lastErrorAt: z.nullable(epochMs),
  lastSentAt: z.nullable(epochMs),
  failures: z.number(),
  nextAttemptAt: z.nullable(epochMs),
  pending: z.number(),
  expired: z.number(),
  sent: z.number(),
  rejected: z.number(),
  note: z.nullable(z.string()),
  recentExpired: z.array(
    z.object({ key: z.string(), createdAt: epochMs, expiredAt: z.nullable(epochMs), error: z.nullable(z.string()) }),
  ),
});

/**
 * The app status: the engine's plus the channels'. Loose, so parts other modules add to
 * AppStatus (the Discord bot's `bot`) pass through without being listed here.
 */
export const processStatusSchema: Schema<ProcessStatus> = z.object({
  uptimeSec: described(z.number(), 'seconds since the process started'),
  rssBytes: described(z.number(), 'resident memory'),
  heapUsedBytes: described(z.number(), 'V8 heap in use'),
  heapTotalBytes: described(z.number(), 'V8 heap reserved'),
  nativeBytes: described(
    z.number(),
    "resident memory outside the V8 heap (rssBytes - heapTotalBytes): node's code, malloc, buffers, wasm",
  ),
  externalBytes: described(
    z.number(),
    "memory held by JS objects outside the V8 heap (buffers, the store's wasm memory)",
  ),
  arrayBuffersBytes: described(z.number(), 'the part of externalBytes in ArrayBuffers and Buffers'),
  wasmMemoryBytes: described(z.number(), "the store's SQLite wasm memory (never shrinks; not all of it resident)"),
});

export const healthSchema: Schema<Health> = described(
  z.object({
    state: z.enum(HEALTH_STATES),
    label: described(z.string(), 'one or two words, as the badge shows them'),
    reason: described(z.string(), 'the cause in a few words'),
    detail: described(z.string(), 'one line: what the state means and what to do'),
  }),
  'the one health state shown everywhere (badge, tray, /status); see shared/health.ts',
);

export const routerStatusSchema: Schema<RouterStatus> = described(
  z.object({
    state: z.enum(['off', 'searching', 'ok', 'none', 'error']),
    protocol: described(z.nullable(z.enum(['natpmp', 'pcp', 'upnp'])), 'the protocol that answered'),
    externalAddress: described(z.nullable(z.string()), "the router's WAN address; may be private or 100.64/10"),
    checkedAt: z.nullable(epochMs),
    error: z.nullable(z.string()),
  }),
  'what the home router says its external IPv4 address is (NAT-PMP, PCP, UPnP-IGD)',
);

export const natSchema: Schema<Nat> = described(
  z.object({ verdict: z.enum(NAT_VERDICTS), label: z.string(), detail: z.string() }),
  "direct, NAT, double NAT or CGNAT, from the router's address and the confirmed one",
);

export const appStatusSchema = z.looseObject({
  ...engineStatusObject.shape,
  health: healthSchema,
  notifications: z.array(channelStatusSchema),
  process: processStatusSchema,
  router: routerStatusSchema,
  nat: natSchema,
  api: z.optional(apiServingStatusSchema),
  quiet: z.optional(quietStatusSchema),
  language: described(
    z.object({ chosen: z.enum(LANGUAGE_CHOICES), speaks: z.enum(LANGUAGES) }),
    "the language setting, and the language the app speaks by it ('auto' resolved from the OS)",
  ),
});

export const checkReportSchema: Schema<CheckReport> = z.object({
  at: epochMs,
  trigger,
  online: z.nullable(z.boolean()),
  families,
});

export const testResultSchema: Schema<TestResult> = z.union([
  z.object({ ok: z.literal(true), ms: z.number() }),
  z.object({
    ok: z.literal(false),
    error: z.string(),
    errorCode: described(z.optional(reasonSchema), '`error` as a code and its values, when IPWatch worded it'),
  }),
]);

const at = { at: epochMs };
export const engineEventSchema: Schema<EngineEvent> = z.discriminatedUnion('type', [
  z.object({
    ...at,
    type: z.literal('check'),
    family,
    trigger,
    result,
    ip: z.nullable(z.string()),
    requests: z.number(),
    durationMs: z.number(),
    attempts: z.array(attempt),
    cause,
    witness: z.optional(z.string()),
  }),
  z.object({
    ...at,
    type: z.literal('change'),
    family,
    from: z.nullable(z.string()),
    to: z.string(),
    fromSince: z.nullable(epochMs),
    trigger,
    sources: z.array(z.string()),
    identity: z.optional(z.nullable(networkIdentitySchema)),
    fromIdentity: z.optional(z.nullable(networkIdentitySchema)),
  }),
  z.object({
    ...at,
    type: z.literal('offline'),
    cause: z.string(),
    reason: described(z.optional(reasonSchema), '`cause` as a code (reason.cause.*)'),
  }),
  z.object({ ...at, type: z.literal('online'), offlineMs: z.number() }),
  z.object({
    ...at,
    type: z.literal('clockStep'),
    stepMs: described(z.number(), 'how far the wall clock stepped, ms: positive forward, negative back'),
  }),
  z.object({
    ...at,
    type: z.literal('source-health'),
    sourceId: z.string(),
    from: breaker,
    to: breaker,
    reason: z.string(),
    reasonCode: described(z.optional(reasonSchema), '`reason` as a code and its values, when it is an error'),
  }),
  z.object({ ...at, type: z.literal('cgnat'), family, address: z.string(), sourceId: z.string() }),
  z.object({
    ...at,
    type: z.literal('nat'),
    from: z.enum(NAT_VERDICTS),
    to: z.enum(NAT_VERDICTS),
    routerAddress: z.nullable(z.string()),
    publicAddress: z.nullable(z.string()),
  }),
  z.object({ ...at, type: z.literal('monitoring'), paused: z.boolean() }),
  z.object({
    ...at,
    type: z.literal('ddns-state'),
    record: z.string(),
    name: z.string(),
    recordType: z.string(),
    provider: z.string(),
    from: described(z.string(), "the record's state before (contract-ddns.ts DDNS_STATES)"),
    to: described(z.string(), 'its state now'),
    why: z.nullable(z.string()),
    reason: described(z.optional(reasonSchema), '`why` as a code and its values, for a reader in another language'),
    address: z.nullable(z.string()),
    notice: described(z.nullable(z.enum(DDNS_NOTICES)), 'the notice this change is worth; null: none'),
    troubleMs: z.nullable(z.number()),
    nextAttemptAt: z.nullable(epochMs),
  }),
]);

/** The channels' delivery state changed (a notice sent, queued, retried, expired): every channel's status. */
export interface DeliveriesEvent {
  type: 'deliveries';
  at: number;
  channels: ChannelStatus[];
}

/**
 * What the live stream (`subscribe`, SSE at /api/v1/events) carries: engine events, delivery
 * updates and the fleet's `sites` word (contract/fleet.ts).
 */
export type ApiEvent = EngineEvent | DeliveriesEvent | SitesEvent;

export const apiEventSchema: Schema<ApiEvent> = z.union([
  engineEventSchema,
  z.object({ type: z.literal('deliveries'), at: epochMs, channels: z.array(channelStatusSchema) }),
  sitesEventSchema,
]);
