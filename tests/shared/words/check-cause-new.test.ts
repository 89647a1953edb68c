/**
 * The causes of issue 76 said by every door (shared/words/check-cause.ts): the detection filter's
 * and the unusable way out's, each with what a person can do, in English, German and Indonesian.
 */
import { describe, expect, it } from 'vitest';

import { translator } from '../../../shared/i18n/translators';
import { causeNote, offlineLine } from '../../../shared/words/check-cause';

describe('the new causes in words', () => {
  it.each([
    [
      'en',
      'IPv6: every address the sources gave is outside the ranges you allow. Check the ranges to take in Settings › Sources.',
      'IPv4: the interface or address chosen to leave from cannot be used. Check "Leave from" in Settings › Monitoring.',
    ],
    [
      'de',
      'IPv6: jede Adresse der Quellen liegt außerhalb der erlaubten Bereiche. Prüfen Sie die zu nehmenden Bereiche unter Einstellungen › Quellen.',
      'IPv4: die gewählte Schnittstelle oder Adresse für ausgehende Verbindungen ist nicht nutzbar. Prüfen Sie „Ausgehend über“ unter Einstellungen › Überwachung.',
    ],
  ] as const)('%s', (language, filtered, noEgress) => {
    const words = translator(language);
    expect(causeNote(6, 'filtered', words)).toBe(filtered);
    expect(causeNote(4, 'no-egress', words)).toBe(noEgress);
  });

  it('Indonesian has its own words, and the offline line names the way out', () => {
    expect(causeNote(4, 'no-egress', translator('id'))).toContain('Keluar lewat');
    expect(offlineLine('no-egress', translator('en'))).toBe(
      'No internet: the interface or address chosen to leave from cannot be used. Checks retry by themselves. Check "Leave from" in Settings › Monitoring.',
    );
  });
});
