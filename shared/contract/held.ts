/**
 * The notices the alert policy holds (issue 51): news it waits on before telling, in case the
 * condition clears (an address that may change back, another site's loss that may be a blip).
 * They are not channel sends, so the outbox's listing leaves them out; this is their own list,
 * the same for the API, `notify list --json` and the dashboard. No address: the notice carries
 * it when it is sent. The words are shared/words/held.ts's.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { reasonSchema } from './reason';

const epochMs = described(z.number(), 'epoch ms');

/** What kind of news waits; `unreadable`: a row this version cannot read (its time is unknown). */
export const HELD_KINDS = ['address-change', 'site-offline', 'site-changed', 'unreadable'] as const;
export type HeldKind = (typeof HELD_KINDS)[number];

export const heldNoticeSchema = z.object({
  kind: z.enum(HELD_KINDS),
  family: described(
    z.nullable(z.union([z.literal(4), z.literal(6)])),
    "an address change of this machine: its family; null for a site's notice",
  ),
  site: described(z.nullable(z.string()), 'the site of the fleet the notice is about; null for this machine'),
  heldAt: described(epochMs, 'when the policy began holding it'),
  dueAt: described(z.nullable(epochMs), 'when it is sent unless the condition clears first; null: unknown'),
  words: described(
    z.string(),
    'the notice in words, its time in UTC: "office offline, sent at 2026-11-20 10:06:30 UTC unless it returns"',
  ),
  why: described(z.string(), 'why the policy holds it, from the notification settings'),
  reason: described(z.optional(reasonSchema), '`why` as a code and its values, for a reader in another language'),
});
export type HeldNotice = z.output<typeof heldNoticeSchema>;
