/**
 * The `notifications` part of the settings. The policy knobs and each channel's common
 * fields are validated here; a channel's type-specific options stay a loose record and are
 * validated by that channel's own file, so one bad channel is switched off with a reason
 * (shown in its status) instead of rejecting the whole settings file.
 */
import { z } from 'zod';

import { MASK_MODES, NOTIFY_EVENTS } from './notify-types';
import { idSchema } from './schema-common';
import { isTimeZone } from './time-zone';

export { isTimeZone } from './time-zone';

const channelId = idSchema;

/**
 * One channel: the common fields below, plus its type's own options beside them
 * (e.g. `url` for discord-webhook), checked by the channel itself.
 */
export const channelSettingsSchema = z.looseObject({
  id: channelId,
  /** One of CHANNEL_TYPES; an unknown type switches the channel off with a reason. */
  type: z.string().min(1),
  enabled: z.boolean().default(true),
  /** The events this channel gets; all by default (`started` also needs `startup`). */
  events: z.array(z.enum(NOTIFY_EVENTS)).default(() => [...NOTIFY_EVENTS]),
  /** How addresses appear in this channel's messages. */
  mask: z.enum(MASK_MODES).default('none'),
});
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;

export const frequentSchema = z.strictObject({
  /** Changes of one family within `windowSec` that make a "flaky connection" warning. */
  count: z.number().int().min(2).max(1000).default(3),
  /** One hour: a healthy line changes its address at most about once a day. */
  windowSec: z
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(3600),
});

export const degradedSchema = z.strictObject({
  /** Consecutive checks of one family without a quorum ('uncertain') before warning. */
  uncertainChecks: z.number().int().min(1).max(1000).default(3),
  /** Sources with an open circuit breaker at once before warning. */
  openSources: z.number().int().min(1).max(1000).default(3),
});

export const retrySchema = z.strictObject({
  /** First retry delay, s; doubles per failed attempt, with jitter. Retry-After wins when given. */
  initialSec: z.number().min(0.01).max(3600).default(5),
  /** Longest delay between two attempts, s. */
  maxSec: z.number().min(0.01).max(86_400).default(900),
  /** Failed attempts in a row after which a channel shows as "failing" rather than "retrying". */
  failingAfter: z.number().int().min(1).max(100).default(3),
  /** Timeout of one delivery attempt, s. */
  timeoutSec: z.number().min(0.1).max(300).default(15),
});

export const notificationsSchema = z
  .strictObject({
    /** IANA time zone for times in messages; empty = the system's. */
    timezone: z
      .string()
      .default('')
      .refine((tz) => tz === '' || isTimeZone(tz), 'unknown time zone (expected e.g. Europe/Berlin)'),
    /** Report "offline" only after this long without a connection, s (short blips stay quiet). */
    offlineAfterSec: z.number().int().min(0).max(86_400).default(60),
    /**
     * Flap suppression: a change is held this long, s, so A -> B -> A within it is one "flap"
     * notice rather than two changes. 0 (the default) sends every change at once, which is
     * what most users watch an IP for; 120 covers a PPPoE/DHCP reconnect. The tray and the
     * status always update at once.
     */
    flapWindowSec: z.number().int().min(0).max(3600).default(0),
    frequent: frequentSchema.default(() => frequentSchema.parse({})),
    degraded: degradedSchema.default(() => degradedSchema.parse({})),
    /** Send a "started" notice with the current addresses when the monitor starts. */
    startup: z.boolean().default(false),
    /** A notification not delivered within this many hours is marked expired (and shown). */
    maxAgeHours: z
      .number()
      .min(0.001)
      .max(24 * 30)
      .default(24),
    retry: retrySchema.default(() => retrySchema.parse({})),
    /** Days sent and expired notifications stay in the outbox (the status counts and lists them). */
    outboxKeepDays: z.number().int().min(1).max(3650).default(30),
    /** Desktop notifications are on out of the box; every other channel is opt-in. */
    channels: z
      .array(channelSettingsSchema)
      .default(() => [channelSettingsSchema.parse({ id: 'desktop', type: 'desktop' })]),
  })
  .superRefine((s, ctx) => {
    // Outbox rows and the status are keyed by channel id: two channels cannot share one.
    const seen = new Set<string>();
    s.channels.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'id'], message: `duplicate channel id "${c.id}"` });
      seen.add(c.id);
    });
    if (s.retry.maxSec < s.retry.initialSec) {
      ctx.addIssue({ code: 'custom', path: ['retry', 'maxSec'], message: 'must be at least retry.initialSec' });
    }
  });

export type NotificationSettings = z.infer<typeof notificationsSchema>;
export type NotificationSettingsInput = z.input<typeof notificationsSchema>;
export type ChannelSettingsInput = z.input<typeof channelSettingsSchema>;
