/**
 * Activity's line for an outage's start in the reader's language (issue 75): the engine writes the
 * cause in English (ip-monitor/connectivity.ts) and keeps it so in the history; the live feed
 * (api/streams/events.ts) and the kept events (store/recent-events.ts) give its code beside it, so
 * a German or Indonesian page says it in its own words, and a cause of no code (another engine's
 * text) stands as given. The event is the engine's own, through the real feed.
 */
import { describe, expect, it } from 'vitest';

import { createEventFeed } from '../../electron/engine/api/streams/events';
import { connectivityStep, initialConnectivity } from '../../electron/engine/ip-monitor/connectivity';
import { outageReason } from '../../electron/engine/store/outage-cause';
import type { ApiEvent } from '../../renderer/src/api/types';
import { activityLines, describeEvent } from '../../renderer/src/pages/activity-lines';
import type { OutageCause } from '../../shared/check-cause';
import { english, translator } from '../../shared/i18n/translators';
import type { EngineEvent } from '../../shared/types';

/** A kept outage as store/recent-events.ts gives it: its cause and, when the engine wrote it, its code. */
const offlineEvent = <E extends { at: number; cause: string }>(e: E) => {
  const reason = outageReason(e.cause);
  return reason ? { ...e, reason } : e;
};

const T = 1_790_000_000_000;

/** The engine's offline event for `families` unanswered, as the live feed passes it on. */
function live(cause: OutageCause): ApiEvent {
  const step = connectivityStep(initialConnectivity(), false, cause, T);
  let listener: ((e: EngineEvent) => void) | undefined;
  const feed = createEventFeed({
    on: (l) => ((listener = l), () => undefined),
    channels: () => [],
    clock: { now: () => T },
  });
  const got: ApiEvent[] = [];
  const off = feed.subscribe((e) => got.push(e));
  listener!(step.event!);
  off();
  feed.close();
  return got.find((e) => e.type === 'offline')!;
}

describe("Activity's offline line in the reader's language", () => {
  it('live: German and Indonesian words, the English as the engine wrote it', () => {
    const down = live('network');
    expect(describeEvent(down, english)).toBe(
      'Offline: no source could be reached: the network is down or has no way out',
    );
    expect(describeEvent(down, translator('de'))).toBe(
      'Offline: keine Quelle erreichbar: das Netzwerk ist getrennt oder hat keinen Weg nach draußen',
    );
    expect(describeEvent(live('no-address'), translator('id'))).toBe(
      'Terputus: sumber membalas, tetapi tanpa alamat: mungkin ada halaman masuk atau filter yang menghalangi',
    );
  });

  it('kept: an outage of the history reads the same; a cause of no code stands as given', () => {
    const kept = offlineEvent({
      type: 'offline' as const,
      at: T,
      cause: 'no source answered with an address for IPv4',
    });
    const other = { type: 'offline' as const, at: T - 1000, cause: 'a cause of another version' };
    const lines = activityLines([kept, offlineEvent(other)], [], translator('de')).map((l) => l.text);
    expect(lines).toEqual([
      'Offline: keine Quelle hat eine Adresse für IPv4 geliefert',
      'Offline: a cause of another version',
    ]);
  });
});
