/**
 * What a settings change does to the schedule. Pure.
 *
 * A change of what a family is asked through (its sources) or of whether it is watched checks
 * that family at once: waiting a whole interval would show the old verdict ("No internet",
 * when there were no sources) although the new settings may settle it now. Any other change
 * keeps the check already planned, so saving a label or a channel does not push the next check
 * back; only a shorter interval than the time left brings it forward.
 *
 * | change                                                        | checks now | next check planned              |
 * |---------------------------------------------------------------|------------|---------------------------------|
 * | a family switched on                                          | it         | after that check                |
 * | a watched family's sources: a custom one added/removed/edited,| it         | after that check                |
 * |   built-ins on/off, one of its built-ins switched off or on   |            |                                 |
 * | a family switched off, or sources of an unwatched family      | none       | kept                            |
 * | interval shorter than the time left to the planned check      | none       | one new interval from now       |
 * | interval longer, or shorter but the planned check comes first | none       | kept                            |
 * | anything else (quorum, timeout, channels, DDNS...)             | none       | kept                            |
 */
import type { Settings } from '../../../shared/settings';
import { FAMILIES, type Family } from '../../../shared/types';
import { BUILTIN_SOURCES } from '../sources/builtins';

export interface SettingsCheckPlan {
  /** The families to check at once (its end plans the next check). */
  check: Family[];
  /** Plan the next check this far from now, in place of the one planned; null keeps it. */
  nextInMs: number | null;
}

const watched = (s: Settings, f: Family): boolean => (f === 4 ? s.monitor.ipv4 : s.monitor.ipv6);

/** What `f` is asked through under these sources settings, as comparable text. */
function familySources(sources: Settings['sources'], f: Family): string {
  const disabled = new Set(sources.disabled);
  const builtIns = sources.builtIn ? BUILTIN_SOURCES.filter((b) => b.family === f && !disabled.has(b.id)) : [];
  const custom = sources.custom.filter((c) => c.family === f);
  return JSON.stringify([builtIns.map((b) => b.id), custom]);
}

/**
 * The plan after `before` gave way to `after`; `msLeft` is the time to the check planned
 * (null when none is planned, as while one runs: its end plans the next with the new interval).
 */
export function planAfterSettings(before: Settings, after: Settings, msLeft: number | null): SettingsCheckPlan {
  const check = FAMILIES.filter(
    (f) =>
      watched(after, f) &&
      (!watched(before, f) || familySources(before.sources, f) !== familySources(after.sources, f)),
  );
  if (check.length > 0) return { check, nextInMs: null };
  const intervalMs = after.monitor.intervalSec * 1000;
  const sooner = after.monitor.intervalSec !== before.monitor.intervalSec && msLeft !== null && intervalMs < msLeft;
  return { check, nextInMs: sooner ? intervalMs : null };
}
