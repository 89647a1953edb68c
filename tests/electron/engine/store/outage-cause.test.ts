/**
 * An outage's cause as a code (store/outage-cause.ts): every cause connectivity.ts writes, and
 * the one it falls back to, gets the code whose English is that cause, so the Dashboard says it
 * in the page's language; any other text has none (its English stands).
 */
import { describe, expect, it } from 'vitest';

import { connectivityStep, initialConnectivity } from '../../../../electron/engine/ip-monitor/connectivity';
import { outageReason } from '../../../../electron/engine/store/outage-cause';
import { english, translator } from '../../../../shared/i18n/translators';
import { reasonWords, sayReason } from '../../../../shared/words/reason';

describe("an outage's cause", () => {
  // The sentences the engine wrote before issue 75, kept in histories for years.
  it.each([
    'no source answered with an address for IPv4',
    'no source answered with an address for IPv6',
    'no source answered with an address for IPv4 and IPv6',
  ])('kept before issue 75, %j: its code says the same in English', (cause) => {
    const r = outageReason(cause);
    expect(r).toBeDefined();
    expect(reasonWords(r!, english)).toBe(cause);
  });

  it.each(['network', 'no-address'] as const)('the engine writes %s: read back to the code it came from', (why) => {
    const down = connectivityStep(initialConnectivity(), false, why, 1_000);
    expect(outageReason(down.outage!.cause)).toEqual(down.event?.type === 'offline' && down.event.reason);
  });

  it("the engine's outage is said in German and Indonesian", () => {
    const down = connectivityStep(initialConnectivity(), false, 'network', 1_000);
    const cause = down.outage!.cause;
    expect(sayReason(outageReason(cause), cause, translator('de'))).toBe(
      'keine Quelle erreichbar: das Netzwerk ist getrennt oder hat keinen Weg nach draußen',
    );
    expect(sayReason(outageReason(cause), cause, translator('id'))).toBe(
      'tidak ada sumber yang bisa dihubungi: jaringan terputus atau tidak punya jalan keluar',
    );
    expect(reasonWords(outageReason('no source answered with an address')!, english)).toBe(
      'no source answered with an address',
    );
    expect(outageReason('the cable was cut')).toBeUndefined();
  });
});
