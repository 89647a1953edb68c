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
import { offlineEvent } from '../../electron/engine/store/outage-cause';
import type { ApiEvent } from '../../renderer/src/api/types';
import { activityLines, describeEvent } from '../../renderer/src/pages/activity-lines';
import { english, translator } from '../../shared/i18n/translators';
import type { EngineEvent } from '../../shared/types';

const T = 1_790_000_000_000;

/** The engine's offline event for `families` unanswered, as the live feed passes it on. */
function live(families: (4 | 6)[]): ApiEvent {
  const step = connectivityStep(initialConnectivity(), false, families, T);
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
    const both = live([4, 6]);
    expect(describeEvent(both, english)).toBe('Offline: no source answered with an address for IPv4 and IPv6');
    expect(describeEvent(both, translator('de'))).toBe(
      'Offline: keine Quelle hat eine Adresse für IPv4 und IPv6 geliefert',
    );
    expect(describeEvent(live([6]), translator('id'))).toBe(
      'Terputus: tidak ada sumber yang menjawab dengan alamat untuk IPv6',
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
