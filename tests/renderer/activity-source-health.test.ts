/**
 * Activity's line for a source set aside (issue 62): its reason said from the error's code
 * (reasons-2) in the page's language, English as before, and a raw request error still worded by
 * shared/words/error.ts.
 */
import { describe, expect, it } from 'vitest';

import { describeEvent } from '../../renderer/src/pages/activity-lines';
import { english, translator } from '../../shared/i18n/translators';
import { validateAnswer } from '../../shared/ip';
import type { SourceHealthEvent } from '../../shared/types';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const v = validateAnswer('<html>portal</html>', 4);
if (v.ok) throw new Error('the page was taken');
const event: SourceHealthEvent = {
  type: 'source-health',
  at: 0,
  sourceId: 'ipify',
  from: 'closed',
  to: 'open',
  reason: v.detail,
  reasonCode: v.why,
};

describe('Activity: a source set aside for an answer it gave', () => {
  it('in English, as before', () => {
    expect(describeEvent(event, english)).toBe('Source ipify rests after failures: An HTML page, not an address.');
  });

  it('in German and Indonesian, from its code', () => {
    expect(describeEvent(event, translator('de'))).toBe(
      'Quelle ipify pausiert nach Fehlern: Eine HTML-Seite statt einer Adresse.',
    );
    expect(describeEvent(event, translator('id'))).toBe(
      'Sumber ipify diistirahatkan setelah gagal: Halaman HTML, bukan alamat.',
    );
  });

  it('in the pseudo-language, every word from the catalogue', () => {
    expect(unmarkedText(describeEvent(event, pseudoTranslator()), ['ipify'])).toEqual([]);
  });

  it('a raw request error with its code: worded by error.ts, as before', () => {
    const reason = 'network: connect ECONNREFUSED 127.0.0.1:9';
    const raw = { ...event, reason, reasonCode: { code: 'reason.source.failed', values: { said: reason } } };
    expect(describeEvent(raw, translator('de'))).toBe(
      describeEvent({ ...raw, reasonCode: undefined } as SourceHealthEvent, translator('de')),
    );
  });
});
