/**
 * Recurring quiet windows in the settings (shared/settings/quiet.ts): a cron pattern croner cannot
 * read, or a zone Intl does not know, is refused at save in words (and in the page's language, as
 * the Settings page says a schema's own words); two windows cannot share an id. A table.
 */
import { describe, expect, it } from 'vitest';

import { authorWords } from '../../../renderer/src/settings/author-words';
import { translator } from '../../../shared/i18n/translators';
import { notificationsSchema } from '../../../shared/settings/notify';
import { formatIssues } from '../../../shared/settings/schema-common';

const refusal = (windows: unknown[]) => {
  const r = notificationsSchema.safeParse({ quietWindows: windows });
  return r.success ? [] : formatIssues(r.error);
};

describe('quiet windows in the settings', () => {
  it('takes a daily window with its defaults: 15 minutes, every channel, no expected change', () => {
    const s = notificationsSchema.parse({
      quietWindows: [{ id: 'night', cron: '0 3 * * *', timezone: 'Europe/Berlin' }],
    });
    expect(s.quietWindows).toEqual([
      { id: 'night', cron: '0 3 * * *', timezone: 'Europe/Berlin', minutes: 15, channels: [], expected: false },
    ]);
    expect(notificationsSchema.parse({}).quietWindows).toEqual([]);
  });

  it.each([
    [
      'a minute past 59',
      { cron: '61 3 * * *' },
      'quietWindows.0.cron: not a cron pattern (expected e.g. 0 3 * * * for 03:00 every day)',
    ],
    [
      'words, not a pattern',
      { cron: 'every night' },
      'quietWindows.0.cron: not a cron pattern (expected e.g. 0 3 * * * for 03:00 every day)',
    ],
    [
      'an unknown zone',
      { timezone: 'Mars/Olympus' },
      'quietWindows.0.timezone: unknown time zone (expected e.g. Europe/Berlin)',
    ],
    ['a window over a day', { minutes: 1441 }, 'quietWindows.0.minutes: Too big: expected number to be <=1440'],
  ])('refuses %s', (_, over, said) => {
    expect(refusal([{ id: 'night', cron: '0 3 * * *', ...over }])).toContain(said);
  });

  it('refuses two windows of one id', () => {
    const w = { id: 'night', cron: '0 3 * * *' };
    expect(refusal([w, w])).toEqual(['quietWindows.1.id: duplicate id night']);
  });

  it('says the refusal in the reader language', () => {
    const [line] = refusal([{ id: 'night', cron: 'every night' }]);
    const message = line!.slice(line!.indexOf(': ') + 2);
    expect(authorWords(message, translator('de'))).toBe(
      'kein Cron-Muster (erwartet z. B. 0 3 * * * für täglich 03:00 Uhr)',
    );
  });
});
