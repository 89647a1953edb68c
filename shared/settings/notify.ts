/**
 * The `notifications` part of the settings. The policy knobs and each channel's common
 * fields are validated here; a channel's type-specific options stay a loose record and are
 * validated by that channel's own file, so one bad channel is switched off with a reason
 * (shown in its status) instead of rejecting the whole settings file.
 */
import { z } from 'zod';

import { MASK_MODES, NOTIFY_EVENTS } from '../notify-types';
import { isTimeZone } from '../time-zone';
import { channelLanguageSchema } from './language';
import { about, idSchema } from './schema-common';

export { isTimeZone } from '../time-zone';

const channelId = idSchema.meta(about('Channel id', 'A short unique name: letters, digits, dot, dash or underscore.'));

const MASK_WORDS = { none: 'Shown in full', partial: 'Partly hidden (203.0.113.xxx)', hidden: 'Hidden' };

/**
 * One channel: the common fields below, plus its type's own options beside them
 * (e.g. `url` for discord-webhook), checked by the channel itself.
 */
export const channelSettingsSchema = z.looseObject({
  id: channelId,
  /** One of CHANNEL_TYPES; an unknown type switches the channel off with a reason. */
  type: z
    .string()
    .min(1)
    .meta(about('Channel type', 'The service this channel sends to: desktop, Discord, Slack, Telegram, e-mail...')),
  enabled: z
    .boolean()
    .default(true)
    .meta(about('Send through this channel', "Off keeps the channel's settings but sends nothing.")),
  /**
   * The events this channel gets; all but `provider-changed` by default (every change message
   * names its network already, so that one is for routing it apart); `started` also needs `startup`.
   */
  events: z
    .array(z.enum(NOTIFY_EVENTS))
    .default(() => NOTIFY_EVENTS.filter((e) => e !== 'provider-changed'))
    .meta(about('Events sent', 'What this channel is told about; "started" also needs "Notify when IPWatch starts".')),
  mask: z
    .enum(MASK_MODES)
    .default('none')
    .meta(about('Address masking', "How addresses appear in this channel's messages.", MASK_WORDS)),
  language: channelLanguageSchema,
});
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;

export const frequentSchema = z.strictObject({
  count: z
    .number()
    .int()
    .min(2)
    .max(1000)
    .default(3)
    .meta(
      about('Changes that make a warning', 'Address changes of one family within the window that mean a flaky line.'),
    ),
  /** One hour: a healthy line changes its address at most about once a day. */
  windowSec: z
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(3600)
    .meta(about('Within (seconds)', 'The time those changes must fall within.')),
});

export const degradedSchema = z.strictObject({
  uncertainChecks: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(3)
    .meta(
      about('Unconfirmed checks before a warning', 'Checks in a row of one family where the sources did not agree.'),
    ),
  openSources: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(3)
    .meta(about('Set-aside sources before a warning', 'Sources whose circuit breaker is open at the same time.')),
});

export const retrySchema = z.strictObject({
  initialSec: z
    .number()
    .min(0.01)
    .max(3600)
    .default(5)
    .meta(
      about(
        'First retry after (seconds)',
        "Doubles after each failed attempt, with jitter; a service's Retry-After may lengthen a wait, up to 6 h.",
      ),
    ),
  maxSec: z
    .number()
    .min(0.01)
    .max(86_400)
    .default(900)
    .meta(about('Longest wait between attempts (seconds)', 'The cap of that wait; at least the first retry.')),
  failingAfter: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(3)
    .meta(
      about(
        'Failures before "failing"',
        'Failed attempts in a row after which a channel shows as failing, not retrying.',
      ),
    ),
  timeoutSec: z
    .number()
    .min(0.1)
    .max(300)
    .default(15)
    .meta(about('Delivery timeout (seconds)', 'How long one delivery attempt may take.')),
});

export const notificationsSchema = z
  .strictObject({
    timezone: z
      .string()
      .default('')
      .refine((tz) => tz === '' || isTimeZone(tz), 'unknown time zone (expected e.g. Europe/Berlin)')
      .meta(
        about(
          'Time zone of messages',
          "The IANA zone for times in messages, e.g. Europe/Berlin; empty: this machine's.",
        ),
      ),
    offlineAfterSec: z
      .number()
      .int()
      .min(0)
      .max(86_400)
      .default(60)
      .meta(
        about(
          'Report offline after (seconds)',
          'Time without a connection before an offline notice; short blips stay quiet.',
        ),
      ),
    /**
     * Flap suppression: a change is held this long, s, so A -> B -> A within it is one "flap"
     * notice rather than two changes. 0 (the default) sends every change at once, which is
     * what most users watch an IP for; 120 covers a PPPoE/DHCP reconnect. The tray and the
     * status always update at once.
     */
    flapWindowSec: z
      .number()
      .int()
      .min(0)
      .max(3600)
      .default(0)
      .meta(
        about(
          'Hold changes for (seconds)',
          'A change back within this time is one flap notice; 0 sends each change at once.',
        ),
      ),
    frequent: frequentSchema
      .default(() => frequentSchema.parse({}))
      .meta(about('Frequent changes', 'Warn of a flaky connection when the address changes often.')),
    degraded: degradedSchema
      .default(() => degradedSchema.parse({}))
      .meta(about('Unreliable detection', 'Warn when the address cannot be confirmed reliably.')),
    startup: z
      .boolean()
      .default(false)
      .meta(about('Notify when IPWatch starts', 'Send a "started" notice with the current addresses at each start.')),
    maxAgeHours: z
      .number()
      .min(0.001)
      .max(24 * 30)
      .default(24)
      .meta(about('Give up delivering after (hours)', 'A notification not delivered by then is marked expired.')),
    retry: retrySchema
      .default(() => retrySchema.parse({}))
      .meta(about('Delivery retries', 'How a delivery that failed is tried again.')),
    outboxKeepDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(30)
      .meta(
        about('Keep delivered notifications (days)', 'Days sent and expired notifications stay listed in the outbox.'),
      ),
    /** Desktop notifications are on out of the box; every other channel is opt-in. */
    channels: z
      .array(channelSettingsSchema)
      .default(() => [channelSettingsSchema.parse({ id: 'desktop', type: 'desktop' })])
      .meta(
        about(
          'Notification channels',
          'Where notifications go: desktop, Discord, Slack, Telegram, e-mail, webhooks...',
        ),
      ),
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
