/** The quiet windows' status line (shared/words/quiet.ts) in each language: on with what waits, or off. A table. */
import { describe, expect, it } from 'vitest';

import type { QuietStatus } from '../../../shared/contract/quiet';
import { translator } from '../../../shared/i18n/translators';
import { quietStatusText } from '../../../shared/words/quiet';

const on = (held: number): QuietStatus => ({ on: true, until: 0, windows: [], held });
const off: QuietStatus = { on: false, until: null, windows: [], held: 0 };

describe('quietStatusText', () => {
  it.each([
    ['en', on(0), 'quiet until 03:15: nothing held yet'],
    ['en', on(1), 'quiet until 03:15: 1 notice waits for its summary'],
    ['en', on(3), 'quiet until 03:15: 3 notices wait for their summary'],
    ['en', off, 'no quiet window: notices go out at once'],
    ['de', on(2), 'ruhig bis 03:15: 2 Benachrichtigungen warten auf die Zusammenfassung'],
    ['id', on(2), 'senyap sampai 03:15: 2 notifikasi menunggu ringkasannya'],
  ] as const)('%s: %j', (language, status, said) => {
    expect(quietStatusText(status, translator(language), () => '03:15')).toBe(said);
  });
});
