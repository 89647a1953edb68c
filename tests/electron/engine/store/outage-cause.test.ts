/**
 * An outage's cause as a code (store/outage-cause.ts): every cause connectivity.ts writes, and
 * the one it falls back to, gets the code whose English is that cause, so the Dashboard says it
 * in the page's language; any other text has none (its English stands).
 */
import { describe, expect, it } from 'vitest';

import {
  connectivityStep,
  initialConnectivity,
  offlineCause,
} from '../../../../electron/engine/ip-monitor/connectivity';
import { outageReason } from '../../../../electron/engine/store/outage-cause';
import { english, translator } from '../../../../shared/i18n/translators';
import { reasonWords, sayReason } from '../../../../shared/words/reason';

describe("an outage's cause", () => {
  it.each([[[4]], [[6]], [[4, 6]], [[6, 4]]] as const)('for %j: its code says the same in English', (families) => {
    const cause = offlineCause(families);
    const r = outageReason(cause);
    expect(r).toBeDefined();
    expect(reasonWords(r!, english)).toBe(families.length === 2 ? offlineCause([4, 6]) : cause);
  });

  it("the closing fallback has its code; the engine's outage is said in German and Indonesian", () => {
    const down = connectivityStep(initialConnectivity(), false, [4, 6], 1_000);
    const cause = down.outage!.cause;
    expect(sayReason(outageReason(cause), cause, translator('de'))).toBe(
      'keine Quelle hat eine Adresse für IPv4 und IPv6 geliefert',
    );
    expect(sayReason(outageReason(cause), cause, translator('id'))).toBe(
      'tidak ada sumber yang menjawab dengan alamat untuk IPv4 dan IPv6',
    );
    expect(reasonWords(outageReason('no source answered with an address')!, english)).toBe(
      'no source answered with an address',
    );
    expect(outageReason('the cable was cut')).toBeUndefined();
  });
});
