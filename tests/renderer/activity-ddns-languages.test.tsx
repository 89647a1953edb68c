// @vitest-environment happy-dom
/**
 * Activity's line for a DNS record's change of state in the page's language (issue 62): the
 * event carries its why as a code beside the English, so the line says it in German, Indonesian
 * or the pseudo-language; English is as before, and an older event (its English why alone) keeps
 * that English in every language. The page itself, in German and the pseudo-language, shows the
 * line of a live event.
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { ApiEvent } from '../../renderer/src/api/types';
import type { Words } from '../../renderer/src/i18n/I18n';
import { describeEvent } from '../../renderer/src/pages/activity-lines';
import { de } from '../../shared/i18n/catalogues/de';
import { english, translator } from '../../shared/i18n/translators';
import { reason } from '../../shared/reason';
import type { DdnsStateEvent } from '../../shared/types';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const label = 'Cloudflare home.example.org A';
const refused = reason('reason.ddns.http', { label, meaning: 'credentials', statusName: 'HTTP 403 Forbidden' });
const event: DdnsStateEvent = {
  type: 'ddns-state',
  at: Date.now(),
  record: 'home',
  name: 'home.example.org',
  recordType: 'A',
  provider: 'cloudflare',
  from: 'updating',
  to: 'stopped',
  why: reasonWords(refused, english),
  reason: refused,
  address: '81.2.69.142',
  notice: 'stopped',
  troubleMs: null,
  nextAttemptAt: null,
};
const older: DdnsStateEvent = { ...event, why: 'the provider answered 503', to: 'waiting', notice: 'waiting' };
delete older.reason;

describe("Activity's line for a DNS record's change", () => {
  it('in English, as before', () => {
    expect(describeEvent(event, english)).toBe(
      `home.example.org A: switched off (${label} refused the credentials (HTTP 403 Forbidden))`,
    );
  });

  it('in German and Indonesian, from its code', () => {
    expect(describeEvent(event, translator('de'))).toBe(
      `home.example.org A: abgeschaltet (${label} hat die Zugangsdaten abgelehnt (HTTP 403 Forbidden))`,
    );
    expect(describeEvent(event, translator('id'))).toContain(reasonWords(refused, translator('id')));
    expect(describeEvent(event, translator('id'))).not.toContain('refused the credentials');
  });

  it('in the pseudo-language, every word from the catalogue', () => {
    const data = ['home.example.org', 'A', label, 'HTTP 403 Forbidden'];
    const line = describeEvent(event, pseudoTranslator());
    expect(unmarkedText(line, data)).toEqual([]);
    expect(line).toContain(reasonWords(refused, pseudoTranslator()));
    expect(line).not.toContain('refused the credentials');
  });

  it('an older event without a code: its English in any language', () => {
    expect(describeEvent(older, translator('de'))).toBe(
      'home.example.org A: wartet auf neuen Versuch (the provider answered 503)',
    );
  });
});

async function activityShows(words: Words): Promise<string> {
  const fake = fakeEngine();
  renderApp(fake, '#/activity', { words });
  await screen.findAllByRole('region');
  act(() => fake.emit(event as ApiEvent));
  const line = await screen.findByText(
    (_, el) =>
      el?.tagName === 'LI' && el.getAttribute('data-kind') !== null && el.textContent!.includes('home.example'),
  );
  return line.textContent!;
}

describe("the Activity page shows a DNS record's change", () => {
  it('in German', async () => {
    expect(await activityShows({ language: 'de', messages: de })).toContain(
      `${label} hat die Zugangsdaten abgelehnt (HTTP 403 Forbidden)`,
    );
  });

  it('in the pseudo-language', async () => {
    const shown = await activityShows(pseudoWords());
    expect(shown).toContain(reasonWords(refused, pseudoTranslator()));
    expect(shown).not.toContain('refused the credentials');
  });
});
