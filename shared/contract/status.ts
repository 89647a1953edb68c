/**
 * zod schemas of what the contract's status-like methods answer and of the live events, so
 * the HTTP API can publish them in its OpenAPI document. The TypeScript types stay the
 * interfaces of types.ts and notify-types.ts; `Schema<T>` makes the compiler check that each
 * schema's output fits its interface, and the API tests check real answers against them.
 */
import { z } from 'zod';

import { type Health, HEALTH_STATES } from '../health';
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
import { type SitesEvent, sitesEventSchema } from './fleet';
import { apiServingStatusSchema } from './serving';

/** A zod schema whose parsed value is a T. */
export type Schema<T> = z.ZodType<T>;

const family = z.union([z.literal(4), z.literal(6)]);
const trigger = z.enum(TRIGGERS);
const result = z.enum(['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable', 'disabled']);
const breaker = z.enum(['closed', 'open', 'half-open']);
const kind = z.enum(['http', 'dns', 'stun']);
const epochMs = z.number().describe('epoch ms');

const attempt: Schema<Attempt> = z.object({
  sourceId: z.string(),
  provider: z.string(),
  kind,
  ok: z.boolean(),
  ip: z.string().optional(),
  error: z.string().optional(),
  latencyMs: z.number(),
});

const lastCheck: Schema<LastCheck> = z.object({
  at: epochMs,
  trigger,
  result,
  durationMs: z.number(),
  requests: z.number(),
  witness: z.string().optional(),
  attempts: z.array(attempt).optional().describe('what each source asked in this check answered'),
});

const familyStatus: Schema<FamilyStatus> = z.object({
  family,
  enabled: z.boolean(),
  ip: z.string().nullable(),
  since: epochMs.nullable(),
  lastCheck: lastCheck.nullable(),
  cgnat: z.string().nullable(),
  identity: networkIdentitySchema.nullable().optional().describe('AS, organisation, country and VPN flag of `ip`'),
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
  successRate: z.number().nullable(),
  latencyMs: z.number().nullable(),
  lastError: z.string().optional(),
  lastErrorAt: epochMs.optional(),
  lastSuccessAt: epochMs.optional(),
  openUntil: epochMs.optional(),
});

const historyStatus: Schema<HistoryStatus> = z.object({
  path: z.string().nullable(),
  bytes: z.number(),
  lastSaveAt: epochMs.nullable(),
  lastSaveMs: z.number().nullable(),
  lastError: z.string().nullable(),
  revision: z.number(),
  savedRevision: z.number(),
  schemaVersion: z.number(),
  encrypted: z.boolean(),
  recovered: z.object({ from: z.string().nullable(), movedTo: z.string(), at: epochMs, reason: z.string() }).optional(),
});

const interfaceWatch: Schema<InterfaceWatchStatus> = z.object({
  watch: z
    .enum(['netlink', 'route-socket', 'poll', 'off'])
    .describe('netlink: Linux ip monitor; route-socket: macOS route monitor; poll: read every networkPollMs; off'),
  reason: z.string().nullable().describe('while polling: why no event source runs'),
  lastChangeAt: epochMs.nullable(),
});

const engineStatusObject = z.object({
  running: z.boolean(),
  pausedSince: epochMs.nullable(),
  nextCheckAt: epochMs.nullable(),
  online: z.boolean().nullable(),
  offlineSince: epochMs.nullable(),
  families,
  sources: z.array(sourceHealth),
  history: historyStatus.nullable(),
  lastError: z.object({ message: z.string(), at: epochMs, where: z.string() }).nullable(),
  interfaces: interfaceWatch,
});
export const engineStatusSchema: Schema<EngineStatus> = engineStatusObject;

export const channelStatusSchema: Schema<ChannelStatus> = z.object({
  id: z.string(),
  type: z.string(),
  state: z.enum(['ok', 'retrying', 'failing', 'invalid', 'disabled', 'paused', 'removed']),
  reason: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: epochMs.nullable(),
  lastSentAt: epochMs.nullable(),
  failures: z.number(),
  nextAttemptAt: epochMs.nullable(),
  pending: z.number(),
  expired: z.number(),
  sent: z.number(),
  rejected: z.number(),
  note: z.string().nullable(),
  recentExpired: z.array(
    z.object({ key: z.string(), createdAt: epochMs, expiredAt: epochMs.nullable(), error: z.string().nullable() }),
  ),
});

/**
 * The app status: the engine's plus the channels'. Loose, so parts other modules add to
 * AppStatus (the Discord bot's `bot`) pass through without being listed here.
 */
export const processStatusSchema: Schema<ProcessStatus> = z.object({
  uptimeSec: z.number().describe('seconds since the process started'),
  rssBytes: z.number().describe('resident memory'),
  heapUsedBytes: z.number().describe('V8 heap in use'),
  heapTotalBytes: z.number().describe('V8 heap reserved'),
  nativeBytes: z
    .number()
    .describe("resident memory outside the V8 heap (rssBytes - heapTotalBytes): node's code, malloc, buffers, wasm"),
  externalBytes: z
    .number()
    .describe("memory held by JS objects outside the V8 heap (buffers, the store's wasm memory)"),
  arrayBuffersBytes: z.number().describe('the part of externalBytes in ArrayBuffers and Buffers'),
  wasmMemoryBytes: z.number().describe("the store's SQLite wasm memory (never shrinks; not all of it resident)"),
});

export const healthSchema: Schema<Health> = z
  .object({
    state: z.enum(HEALTH_STATES),
    label: z.string().describe('one or two words, as the badge shows them'),
    reason: z.string().describe('the cause in a few words'),
    detail: z.string().describe('one line: what the state means and what to do'),
  })
  .describe('the one health state shown everywhere (badge, tray, /status); see shared/health.ts');

export const routerStatusSchema: Schema<RouterStatus> = z
  .object({
    state: z.enum(['off', 'searching', 'ok', 'none', 'error']),
    protocol: z.enum(['natpmp', 'pcp', 'upnp']).nullable().describe('the protocol that answered'),
    externalAddress: z.string().nullable().describe("the router's WAN address; may be private or 100.64/10"),
    checkedAt: epochMs.nullable(),
    error: z.string().nullable(),
  })
  .describe('what the home router says its external IPv4 address is (NAT-PMP, PCP, UPnP-IGD)');

export const natSchema: Schema<Nat> = z
  .object({ verdict: z.enum(NAT_VERDICTS), label: z.string(), detail: z.string() })
  .describe("direct, NAT, double NAT or CGNAT, from the router's address and the confirmed one");

export const appStatusSchema = z.looseObject({
  ...engineStatusObject.shape,
  health: healthSchema,
  notifications: z.array(channelStatusSchema),
  process: processStatusSchema,
  router: routerStatusSchema,
  nat: natSchema,
  api: apiServingStatusSchema.optional(),
});

export const checkReportSchema: Schema<CheckReport> = z.object({
  at: epochMs,
  trigger,
  online: z.boolean().nullable(),
  families,
});

export const testResultSchema: Schema<TestResult> = z.union([
  z.object({ ok: z.literal(true), ms: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const at = { at: epochMs };
export const engineEventSchema: Schema<EngineEvent> = z.discriminatedUnion('type', [
  z.object({
    ...at,
    type: z.literal('check'),
    family,
    trigger,
    result,
    ip: z.string().nullable(),
    requests: z.number(),
    durationMs: z.number(),
    attempts: z.array(attempt),
    witness: z.string().optional(),
  }),
  z.object({
    ...at,
    type: z.literal('change'),
    family,
    from: z.string().nullable(),
    to: z.string(),
    fromSince: epochMs.nullable(),
    trigger,
    sources: z.array(z.string()),
    identity: networkIdentitySchema.nullable().optional(),
    fromIdentity: networkIdentitySchema.nullable().optional(),
  }),
  z.object({ ...at, type: z.literal('offline'), cause: z.string() }),
  z.object({ ...at, type: z.literal('online'), offlineMs: z.number() }),
  z.object({
    ...at,
    type: z.literal('source-health'),
    sourceId: z.string(),
    from: breaker,
    to: breaker,
    reason: z.string(),
  }),
  z.object({ ...at, type: z.literal('cgnat'), family, address: z.string(), sourceId: z.string() }),
  z.object({
    ...at,
    type: z.literal('nat'),
    from: z.enum(NAT_VERDICTS),
    to: z.enum(NAT_VERDICTS),
    routerAddress: z.string().nullable(),
    publicAddress: z.string().nullable(),
  }),
  z.object({ ...at, type: z.literal('monitoring'), paused: z.boolean() }),
  z.object({
    ...at,
    type: z.literal('ddns-state'),
    record: z.string(),
    name: z.string(),
    recordType: z.string(),
    provider: z.string(),
    from: z.string().describe("the record's state before (contract-ddns.ts DDNS_STATES)"),
    to: z.string().describe('its state now'),
    why: z.string().nullable(),
    address: z.string().nullable(),
    notice: z.enum(DDNS_NOTICES).nullable().describe('the notice this change is worth; null: none'),
    troubleMs: z.number().nullable(),
    nextAttemptAt: epochMs.nullable(),
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
