/**
 * The contract's part for the change hook and the heartbeat (issue 42): their last runs for the
 * status, and the Settings page's Test of each (run with the saved settings, a test event). Their
 * settings are watcher-settings.ts. Pure.
 */
import * as z from 'zod/mini';

import { HEARTBEAT_PROVIDERS, HOOK_EVENTS } from '../settings/watcher';
import { described } from './described';
import { method, none, POST } from './method';
import { reasonSchema } from './reason';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');

/** One run of the hook program. */
export const hookRunSchema = z.object({
  /** The event it ran for; `test` for the Settings page's Test. */
  event: z.enum([...HOOK_EVENTS, 'test']),
  at: epochMs,
  durationMs: z.number(),
  /** The program's exit code; null when it was killed or did not start. */
  exitCode: z.nullable(z.number()),
  /** The signal that ended it (SIGKILL at the timeout), or null. */
  signal: z.nullable(z.string()),
  timedOut: z.boolean(),
  /** Why it did not run or failed (not found, not executable, exit code 3), or null when it exited 0. */
  error: z.nullable(z.string()),
  /** `error` as a code (issue 62); absent when it exited 0, or from an engine before codes. */
  reason: z.optional(reasonSchema),
});
export type HookRun = z.infer<typeof hookRunSchema>;

export const hookStatusSchema = z.object({
  enabled: z.boolean(),
  /** A run under way. */
  running: z.boolean(),
  /** Events waiting for the run under way to end (one run at a time, in order; the oldest are dropped past a bound). */
  queued: z.number(),
  /** Events dropped because too many waited. */
  dropped: z.number(),
  lastRun: z.nullable(hookRunSchema),
});
export type HookStatus = z.infer<typeof hookStatusSchema>;

/** ok: the last ping was accepted; failing: the last ping failed (error says why); waiting: none sent yet; off. */
export const HEARTBEAT_STATES = ['ok', 'failing', 'waiting', 'off'] as const;

/** One ping: `up` after good checks, `down` when IPWatch is offline (Healthchecks /fail, Kuma status=down). */
export const heartbeatPingSchema = z.object({
  at: epochMs,
  signal: z.enum(['up', 'down']),
  ok: z.boolean(),
  /** What the service answered ("OK", "{ok:true}"), or why the ping failed. */
  detail: z.string(),
  /** `detail` as a code and its values, when IPWatch (not the service) worded it (shared/contract/reason.ts). */
  reason: z.optional(reasonSchema),
  ms: z.number(),
});
export type HeartbeatPing = z.infer<typeof heartbeatPingSchema>;

export const heartbeatStatusSchema = z.object({
  state: z.enum(HEARTBEAT_STATES),
  provider: z.enum(HEARTBEAT_PROVIDERS),
  lastPing: z.nullable(heartbeatPingSchema),
  /** When the last accepted ping was sent. */
  lastOkAt: z.nullable(epochMs),
  /** Pings that failed in a row. */
  failures: z.number(),
});
export type HeartbeatStatus = z.infer<typeof heartbeatStatusSchema>;

/** The hook's and the heartbeat's last runs. */
export const watcherStatusSchema = z.object({ hook: hookStatusSchema, heartbeat: heartbeatStatusSchema });
export type WatcherStatus = z.infer<typeof watcherStatusSchema>;

/**
 * What a Test came to: what happened in words (`reason`: those words as a code and its values, when
 * IPWatch worded them; a service's or a program's own words have none), and how long it took.
 */
export const watcherTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string(), reason: z.optional(reasonSchema), ms: z.number() }),
  z.object({ ok: z.literal(false), error: z.string(), reason: z.optional(reasonSchema), ms: z.number() }),
]);
export type WatcherTestResult = z.infer<typeof watcherTestResultSchema>;

export const watcherApi = {
  /** Runs the saved hook program once with a `test` event, and says how it ended. */
  testHook: method({
    summary: 'Run the change hook once with a test event',
    http: POST('/hook/test'),
    mutates: true,
    input: none,
    output: watcherTestResultSchema as Schema<WatcherTestResult>,
  }),
  /** Sends one `up` ping with the saved heartbeat settings, and says what the service answered. */
  testHeartbeat: method({
    summary: 'Send one heartbeat ping',
    http: POST('/heartbeat/test'),
    mutates: false,
    acts: true,
    input: none,
    output: watcherTestResultSchema as Schema<WatcherTestResult>,
  }),
};
