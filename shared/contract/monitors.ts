/**
 * The contract's service monitors part (issue 42): each monitor's state as the status, the
 * dashboard, the tray and `/status` show it; the Settings page's Test (a saved monitor or one as
 * edited, checked once, nothing recorded); and each monitor's changes of state from the history.
 * The monitors' settings are service-monitor-settings.ts. Pure.
 */
import * as z from 'zod/mini';

import { MONITOR_STATES } from '../monitor-states';
import { idSchema } from '../settings/schema-common';
import { MONITOR_TYPES, serviceMonitorSchema } from '../settings/service-monitor';
import { described } from './described';
import { GET, method, POST } from './method';
import { reasonSchema } from './reason';
import type { Schema } from './status';

export { MONITOR_STATES, type MonitorState } from '../monitor-states';

const epochMs = described(z.number(), 'epoch ms');

export const monitorStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(MONITOR_TYPES),
  /** What is checked, in one line: `192.168.1.10:22`, a URL, `A home.example.org`. */
  target: z.string(),
  state: z.enum(MONITOR_STATES),
  /** Why it is down (or the last failure while still counted up); null when fine. */
  why: z.nullable(z.string()),
  /** `why` as a code and its values (shared/contract/reason.ts); none for a failure kept before codes (issue 62). */
  reason: z.optional(reasonSchema),
  /** How long the last passing check took, ms. */
  latencyMs: z.nullable(z.number()),
  /** When it was last checked, and since when it has been in its state. */
  checkedAt: z.nullable(epochMs),
  since: z.nullable(epochMs),
  /** The change of state came after a confirmed address change that it had not yet answered ("down after a change"). */
  afterChange: z.boolean(),
  /** It checks this host on a port the router (UPnP-IGD) has no enabled TCP mapping for: unreachable from outside. */
  notForwarded: z.optional(z.boolean()),
});
export type MonitorStatus = z.infer<typeof monitorStatusSchema>;

export const monitorsStatusSchema = z.object({ items: z.array(monitorStatusSchema) });
export type MonitorsStatus = z.infer<typeof monitorsStatusSchema>;

/** A saved monitor by id, or one as it is being edited (Test before saving). */
export const testMonitorInputSchema = z.union([
  z.strictObject({ monitorId: described(idSchema, 'a configured monitor') }),
  z.strictObject({ monitor: described(serviceMonitorSchema, 'a monitor as it would be configured') }),
]);

export const monitorTestResultSchema = z.object({
  ok: z.boolean(),
  /** What passed, or why it failed, in words. */
  detail: z.string(),
  /** `detail` as a code and its values (shared/contract/reason.ts). */
  reason: z.optional(reasonSchema),
  ms: z.number(),
});
export type MonitorTestResult = z.infer<typeof monitorTestResultSchema>;

/** One change of state kept in the history. */
export const monitorChangeSchema = z.object({
  monitor: z.string(),
  at: epochMs,
  state: z.enum(MONITOR_STATES),
  why: z.nullable(z.string()),
  /** `why` as a code and its values; none for a change kept before codes (issue 62). */
  reason: z.optional(reasonSchema),
  latencyMs: z.nullable(z.number()),
  /** Down after a confirmed address change (see monitorStatusSchema). */
  afterChange: z.boolean(),
});
export type MonitorChange = z.infer<typeof monitorChangeSchema>;

export const monitorHistoryInputSchema = z.strictObject({
  monitorId: described(z.optional(idSchema), 'one monitor; all when absent'),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1)).check(z.lte(1000)), 100),
});

export const monitorsApi = {
  /** Checks a monitor once, recording nothing. */
  testMonitor: method({
    summary: 'Test a service monitor',
    http: POST('/monitors/test'),
    mutates: false,
    acts: true,
    input: testMonitorInputSchema,
    output: monitorTestResultSchema as Schema<MonitorTestResult>,
  }),
  /** The latest changes of state, newest first. */
  getMonitorHistory: method({
    summary: "Service monitors' changes of state",
    http: GET('/monitors/history'),
    mutates: false,
    input: monitorHistoryInputSchema,
    output: z.array(monitorChangeSchema) as Schema<MonitorChange[]>,
  }),
};
