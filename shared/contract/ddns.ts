/**
 * The contract's dynamic DNS part: each record's state as the status, the dashboard, the tray,
 * `/status` and the runner's `--json` lines show it, and the Settings page's Test (credentials
 * and the record read, nothing changed). The records' settings are ddns-settings.ts. Pure.
 */
import * as z from 'zod/mini';

import { DDNS_PROVIDERS, DDNS_RECORD_TYPES } from '../settings/ddns';
import { idSchema } from '../settings/schema-common';
import { described } from './described';
import { method, POST } from './method';
import { reasonSchema } from './reason';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');

/**
 * A record's state, each with `why` in words a person understands:
 * - in-step: every authoritative server this host can reach answers the address (for a record
 *   Cloudflare proxies, the API says the record holds it: why says so);
 * - updating: an update is being sent;
 * - propagating: the provider accepted it; the servers in `waitingFor` still answer something else;
 * - waiting: the last attempt did not go through (why says what happened); the next is due at
 *   `nextAttemptAt`;
 * - stopped: trying again cannot help until a person acts (refused credentials, a name not in the
 *   account, a block, another program writing the record): IPWatch switched the record off, why
 *   says what to do; an edit of the record, or retryDdnsRecord ("Try again"), switches it on;
 * - failed: a server this host can reach still answers another address after the deadline, or no
 *   server can be reached at all; still looked at again, so it heals when the servers do;
 * - off: switched off in the settings.
 */
export const DDNS_STATES = ['in-step', 'updating', 'propagating', 'waiting', 'stopped', 'failed', 'off'] as const;
export type DdnsState = (typeof DDNS_STATES)[number];

export const ddnsRecordStatusSchema = z.object({
  id: z.string(),
  provider: z.enum(DDNS_PROVIDERS),
  /** The host name the record is for, e.g. home.example.org. */
  name: z.string(),
  type: z.enum(DDNS_RECORD_TYPES),
  state: z.enum(DDNS_STATES),
  /** Why it is updating again, waits, stopped, failed or is off, or how in step is known when not by the servers; null otherwise. */
  why: z.nullable(z.string()),
  reason: described(z.optional(reasonSchema), '`why` as a code and its values, for a reader in another language'),
  /**
   * The address the record is to hold: the confirmed one of its family (an AAAA record's target);
   * null before the first. Wanted, not known to be held: see `holds`.
   */
  address: z.nullable(z.string()),
  /**
   * The address the record is known to hold: read through the provider's API, answered by every
   * authoritative server asked, or written and accepted by the provider. null: not known (not set
   * by IPWatch yet, its update refused, or not read yet), never a guess from `address`.
   */
  holds: z.nullable(z.string()),
  /** Servers still answering something else while propagating. */
  waitingFor: z.array(z.string()),
  /** Authoritative servers not asked from here ("ns1.example.org (2001:db8::53)"): this host has no route to them. */
  notAsked: z.array(z.string()),
  /**
   * Why the record holds another address than its setting asks for: a `stable` AAAA record that
   * publishes the observed address ("no stable address of this host in 2001:db8:1:2::/64"), or one
   * on a named prefix (`@eth1`) that publishes nothing ("no address of this host on eth1").
   * Absent when it holds what it asks for.
   */
  addressNote: z.optional(z.string()),
  addressReason: described(
    z.optional(reasonSchema),
    '`addressNote` as a code and its values, for a reader in another language',
  ),
  /** When the next attempt is due while waiting to retry; null in every other state. */
  nextAttemptAt: z.nullable(epochMs),
  /** When the provider last accepted an update. */
  lastUpdateAt: z.nullable(epochMs),
  /** How long the last update took to be answered by every authoritative server, ms. */
  lastPropagationMs: z.nullable(z.number()),
  /** When the authoritative servers were last asked. */
  lastLookAt: z.nullable(epochMs),
});
export type DdnsRecordStatus = z.infer<typeof ddnsRecordStatusSchema>;

export const ddnsStatusSchema = z.object({
  records: z.array(ddnsRecordStatusSchema),
  /** Update attempts since the start, by result (updated, unchanged, retry, stopped): /metrics' ipwatch_ddns_updates_total. */
  updates: z.optional(z.record(z.string(), z.number())),
});
export type DdnsStatus = z.infer<typeof ddnsStatusSchema>;

/**
 * A saved record by id, or a record as it is being edited (Test before saving): a secret left
 * as `{ "set": true }` is the stored record's with the same id.
 */
export const testDdnsInputSchema = z.union([
  z.strictObject({ recordId: described(idSchema, 'a configured record') }),
  z.strictObject({
    // Loose here: a stored secret comes back as its `{ "set": true }` marker, which the full
    // record schema refuses; the handler restores it and then checks the record whole.
    record: described(
      z.looseObject({ id: idSchema, provider: z.enum(DDNS_PROVIDERS) }),
      'a record as it would be configured (ddns-settings.ts)',
    ),
  }),
]);

/** `detail` or `error` as a code (issue 62): absent when IPWatch does not word it, or from an engine before codes. */
const testReason = described(
  z.optional(reasonSchema),
  'the words beside it as a code, for a reader in another language',
);

/**
 * ok: the credentials work; `holds` says whether the record already holds the current address
 * (null: the provider cannot tell without changing it).
 */
export const ddnsTestResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    holds: z.nullable(z.boolean()),
    detail: z.string(),
    reason: testReason,
    ms: z.number(),
  }),
  z.object({ ok: z.literal(false), error: z.string(), reason: testReason, ms: z.number() }),
]);
export type DdnsTestResult = z.infer<typeof ddnsTestResultSchema>;

/** A record IPWatch stopped (switched off until a person acts), to be tried again. */
export const retryDdnsInputSchema = z.strictObject({ recordId: described(idSchema, 'a configured record') });

export const ddnsApi = {
  /** Checks a record's credentials and reads it, changing nothing. */
  testDdnsRecord: method({
    summary: 'Test a dynamic DNS record',
    http: POST('/ddns/test'),
    mutates: false,
    acts: true,
    input: testDdnsInputSchema,
    output: ddnsTestResultSchema as Schema<DdnsTestResult>,
  }),
  /**
   * Tries a stopped record again ("Try again"): the stop is cleared and the record is brought to
   * the current address at once, its settings left as they are. Any other state is left alone.
   * Answers the record's status after it.
   */
  retryDdnsRecord: method({
    summary: 'Try a stopped dynamic DNS record again',
    http: POST('/ddns/retry'),
    mutates: true,
    input: retryDdnsInputSchema,
    output: ddnsRecordStatusSchema as Schema<DdnsRecordStatus>,
  }),
};
