/**
 * The `notifications` part of the settings. The policy knobs and each channel's common
 * fields are validated here; a channel's type-specific options stay a loose record and are
 * validated by that channel's own file, so one bad channel is switched off with a reason
 * (shown in its status) instead of rejecting the whole settings file.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { MASK_MODES, NOTIFY_EVENTS } from '../notify-types';
import { isTimeZone } from '../time-zone';
import { channelLanguageSchema } from './language';
import { QUIET_WINDOWS_MAX, quietWindowSchema } from './quiet';
import { about, idSchema, withMeta } from './schema-common';

export { isTimeZone } from '../time-zone';

const channelId = withMeta(
  idSchema,
  about('Channel id', 'A short unique name: letters, digits, dot, dash or underscore.'),
);

const MASK_WORDS = { none: 'Shown in full', partial: 'Partly hidden (203.0.113.xxx)', hidden: 'Hidden' };

/**
 * One channel: the common fields below, plus its type's own options beside them
 * (e.g. `url` for discord-webhook), checked by the channel itself.
 */
export const channelSettingsSchema = z.looseObject({
  id: channelId,
  /** One of CHANNEL_TYPES; an unknown type switches the channel off with a reason. */
  type: withMeta(
    z.string().check(z.minLength(1)),
    about('Channel type', 'The service this channel sends to: desktop, Discord, Slack, Telegram, e-mail...'),
  ),
  enabled: withMeta(
    z._default(z.boolean(), true),
    about('Send through this channel', "Off keeps the channel's settings but sends nothing."),
  ),
  /**
   * The events this channel gets; all but `provider-changed` by default (every change message
   * names its network already, so that one is for routing it apart); `started` also needs `startup`.
   */
  events: withMeta(
    z._default(z.array(z.enum(NOTIFY_EVENTS)), () => NOTIFY_EVENTS.filter((e) => e !== 'provider-changed')),
    about('Events sent', 'What this channel is told about; "started" also needs "Notify when IPWatch starts".'),
  ),
  mask: withMeta(
    z._default(z.enum(MASK_MODES), 'none'),
    about('Address masking', "How addresses appear in this channel's messages.", MASK_WORDS),
  ),
  language: channelLanguageSchema,
});
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;

export const frequentSchema = z.strictObject({
  count: withMeta(
    z._default(z.number().check(z.int(), z.gte(2), z.lte(1000)), 3),
    about('Changes that make a warning', 'Address changes of one family within the window that mean a flaky line.'),
  ),
  /** One hour: a healthy line changes its address at most about once a day. */
  windowSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(60), z.lte(7 * 86_400)), 3600),
    about('Within (seconds)', 'The time those changes must fall within.'),
  ),
});

export const degradedSchema = z.strictObject({
  uncertainChecks: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 3),
    about('Unconfirmed checks before a warning', 'Checks in a row of one family where the sources did not agree.'),
  ),
  openSources: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 3),
    about('Set-aside sources before a warning', 'Sources whose circuit breaker is open at the same time.'),
  ),
});

export const retrySchema = z.strictObject({
  initialSec: withMeta(
    z._default(z.number().check(z.gte(0.01), z.lte(3600)), 5),
    about(
      'First retry after (seconds)',
      "Doubles after each failed attempt, with jitter; a service's Retry-After may lengthen a wait, up to 6 h.",
    ),
  ),
  maxSec: withMeta(
    z._default(z.number().check(z.gte(0.01), z.lte(86_400)), 900),
    about('Longest wait between attempts (seconds)', 'The cap of that wait; at least the first retry.'),
  ),
  failingAfter: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 3),
    about(
      'Failures before "failing"',
      'Failed attempts in a row after which a channel shows as failing, not retrying.',
    ),
  ),
  timeoutSec: withMeta(
    z._default(z.number().check(z.gte(0.1), z.lte(300)), 15),
    about('Delivery timeout (seconds)', 'How long one delivery attempt may take.'),
  ),
});

export const notificationsSchema = z
  .strictObject({
    timezone: withMeta(
      z
        ._default(z.string(), '')
        .check(z.refine((tz) => tz === '' || isTimeZone(tz), SAYS['settings.schemaSays.timeZone'])),
      about('Time zone of messages', "The IANA zone for times in messages, e.g. Europe/Berlin; empty: this machine's."),
    ),
    offlineAfterSec: withMeta(
      z._default(z.number().check(z.int(), z.gte(0), z.lte(86_400)), 60),
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
    flapWindowSec: withMeta(
      z._default(z.number().check(z.int(), z.gte(0), z.lte(3600)), 0),
      about(
        'Hold changes for (seconds)',
        'A change back within this time is one flap notice; 0 sends each change at once.',
      ),
    ),
    frequent: withMeta(
      z._default(frequentSchema, () => frequentSchema.parse({})),
      about('Frequent changes', 'Warn of a flaky connection when the address changes often.'),
    ),
    degraded: withMeta(
      z._default(degradedSchema, () => degradedSchema.parse({})),
      about('Unreliable detection', 'Warn when the address cannot be confirmed reliably.'),
    ),
    startup: withMeta(
      z._default(z.boolean(), false),
      about('Notify when IPWatch starts', 'Send a "started" notice with the current addresses at each start.'),
    ),
    maxAgeHours: withMeta(
      z._default(z.number().check(z.gte(0.001), z.lte(24 * 30)), 24),
      about(
        'Give up delivering after (hours)',
        'A notification that has waited this long (while IPWatch runs) expires at its next failed try, never untried.',
      ),
    ),
    retry: withMeta(
      z._default(retrySchema, () => retrySchema.parse({})),
      about('Delivery retries', 'How a delivery that failed is tried again.'),
    ),
    outboxKeepDays: withMeta(
      z._default(z.number().check(z.int(), z.gte(1), z.lte(3650)), 30),
      about('Keep delivered notifications (days)', 'Days sent and expired notifications stay listed in the outbox.'),
    ),
    /** Desktop notifications are on out of the box; every other channel is opt-in. */
    channels: withMeta(
      z._default(z.array(channelSettingsSchema), () => [
        channelSettingsSchema.parse({ id: 'desktop', type: 'desktop' }),
      ]),
      about('Notification channels', 'Where notifications go: desktop, Discord, Slack, Telegram, e-mail, webhooks...'),
    ),
    quietWindows: withMeta(
      z._default(z.array(quietWindowSchema).check(z.maxLength(QUIET_WINDOWS_MAX)), () => []),
      about(
        'Recurring quiet windows',
        'Times notices wait and are told in one summary when the window ends, e.g. a nightly reconnect.',
      ),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      // Outbox rows and the status are keyed by channel id: two channels cannot share one.
      const seen = new Set<string>();
      s.channels.forEach((c, i) => {
        if (seen.has(c.id))
          ctx.addIssue({ code: 'custom', path: ['channels', i, 'id'], message: `duplicate channel id "${c.id}"` });
        seen.add(c.id);
      });
      const windows = new Set<string>();
      s.quietWindows.forEach((w, i) => {
        if (windows.has(w.id))
          ctx.addIssue({ code: 'custom', path: ['quietWindows', i, 'id'], message: `duplicate id ${w.id}` });
        windows.add(w.id);
      });
      if (s.retry.maxSec < s.retry.initialSec) {
        ctx.addIssue({ code: 'custom', path: ['retry', 'maxSec'], message: 'must be at least retry.initialSec' });
      }
    }),
  );

export type NotificationSettings = z.infer<typeof notificationsSchema>;
export type NotificationSettingsInput = z.input<typeof notificationsSchema>;
export type ChannelSettingsInput = z.input<typeof channelSettingsSchema>;
