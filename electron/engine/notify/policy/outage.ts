/**
 * Offline / back online. A short blip stays quiet: "offline" goes out only once the outage
 * has lasted `afterMs`, and "online" only for an outage at least that long.
 *
 * Truth table (A = afterMs, S = the open outage {since, reported}):
 *
 *   outage       | input                           | notices out       | outage after
 *   -------------+---------------------------------+-------------------+---------------------
 *   none         | offline @t, A = 0               | offline           | {t, reported}
 *   none         | offline @t, A > 0               | -                 | {t, not reported}
 *   S            | offline again                   | -                 | S (keeps the first since)
 *   S unreported | tick, t >= since + A            | offline           | S reported
 *   S unreported | tick, t < since + A             | -                 | S
 *   S reported   | online (offlineMs)              | online (offlineMs)| none
 *   S unreported | online, offlineMs < A           | -                 | none
 *   S unreported | online, offlineMs >= A (late)   | online (offlineMs)| none
 *   none         | online, offlineMs >= A          | online (offlineMs)| none  (offline began before a restart)
 *   none         | online, offlineMs < A           | -                 | none
 */
import type { OfflineEvent, OnlineEvent } from '../../../../shared/types';
import type { OfflineNotice, OnlineNotice } from '../types';

export interface Outage {
  since: number;
  cause: string;
  reported: boolean;
}

type Out = OfflineNotice | OnlineNotice;

const offlineNotice = (o: Outage, at: number): OfflineNotice => ({
  kind: 'offline',
  key: `offline@${o.since}`,
  at,
  since: o.since,
  cause: o.cause,
});

export function outageTick(outage: Outage | null, now: number, afterMs: number): { outage: Outage | null; out: Out[] } {
  if (outage && !outage.reported && now >= outage.since + afterMs) {
    return { outage: { ...outage, reported: true }, out: [offlineNotice(outage, now)] };
  }
  return { outage, out: [] };
}

export function outageOffline(
  outage: Outage | null,
  e: OfflineEvent,
  afterMs: number,
): { outage: Outage | null; out: Out[] } {
  if (outage) return { outage, out: [] };
  return outageTick({ since: e.at, cause: e.cause, reported: false }, e.at, afterMs);
}

export function outageOnline(
  outage: Outage | null,
  e: OnlineEvent,
  afterMs: number,
): { outage: Outage | null; out: Out[] } {
  const worth = outage?.reported === true || e.offlineMs >= afterMs;
  if (!worth) return { outage: null, out: [] };
  return { outage: null, out: [{ kind: 'online', key: `online@${e.at}`, at: e.at, offlineMs: e.offlineMs }] };
}

export const outageWake = (outage: Outage | null, afterMs: number): number | null =>
  outage && !outage.reported ? outage.since + afterMs : null;
