/**
 * Recurring quiet windows (issue 78): a cron pattern in a time zone says when each starts, and it
 * lasts so many minutes; per channel or for all. While one is on, monitoring, history and DNS go
 * on, notices wait in the outbox and one summary per channel goes out when it ends. An "expected
 * change" window says so in the status (the history's mark is to come). A pattern croner cannot
 * read, or a zone Intl does not know, is refused at save in words.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { isCronPattern } from '../quiet-cron';
import { isTimeZone } from '../time-zone';
import { about, idSchema, withMeta } from './schema-common';

/** One day: a window longer than the gap between its starts would never end. */
export const QUIET_MAX_MINUTES = 1440;
/** Windows kept in the settings: each one is read at every notice. */
export const QUIET_WINDOWS_MAX = 20;

export const quietWindowSchema = z
  .strictObject({
    id: withMeta(idSchema, about('Window id', 'A short unique name: letters, digits, dot, dash or underscore.')),
    cron: withMeta(
      z.string().check(z.minLength(1), z.maxLength(120)),
      about(
        'Starts (cron)',
        'When each window starts, as cron: minute hour day month weekday, e.g. 0 3 * * * for 03:00 every day.',
      ),
    ),
    timezone: withMeta(
      z
        ._default(z.string(), '')
        .check(z.refine((tz) => tz === '' || isTimeZone(tz), SAYS['settings.schemaSays.timeZone'])),
      about('Time zone of the window', "The IANA zone the cron is read in, e.g. Europe/Berlin; empty: this machine's."),
    ),
    minutes: withMeta(
      z._default(z.number().check(z.int(), z.gte(1), z.lte(QUIET_MAX_MINUTES)), 15),
      about('Lasts (minutes)', 'How long each window stays quiet.'),
    ),
    channels: withMeta(
      z._default(z.array(idSchema).check(z.maxLength(100)), () => []),
      about('Channels kept quiet', 'The channel ids this window holds; none listed: every channel.'),
    ),
    expected: withMeta(
      z._default(z.boolean(), false),
      about(
        'Expected change',
        'The window is for a change you expect, such as a nightly reconnect: the status says so.',
      ),
    ),
  })
  .check(
    z.superRefine((w, ctx) => {
      // Read in its own zone: a zone already refused says so above, the pattern is judged alone then.
      if (!isCronPattern(w.cron, isTimeZone(w.timezone) ? w.timezone : ''))
        ctx.addIssue({ code: 'custom', path: ['cron'], message: SAYS['settings.schemaSays.cron'] });
    }),
  );

export type QuietWindowSettings = z.infer<typeof quietWindowSchema>;
