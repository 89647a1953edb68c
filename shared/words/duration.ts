/**
 * A length of time as people read it, the two largest units, each rounded down: "3 d 4 h",
 * "4 min 18 s", "42 s". One copy for the dashboard, the CLI and the bot, so a figure reads the
 * same everywhere; rounding down keeps a part (offline) from reading longer than its whole
 * (monitored). `units`: how many units at most; the tray's tooltip, short of room, says one
 * ("3 min ago"). Pure.
 *
 * In a language (`words`, shared/i18n/translator.ts), the units are the catalogue's
 * (`duration.*`: "3 Tg. 4 Std.", "4 mnt 18 dtk"). Without one, English as written below: the
 * callers not yet translated (the dashboard, the CLI, the bot) take no catalogue with them, and
 * tests/shared/i18n/format.test.ts holds the two Englishes equal.
 */
import type { MessageId, Translator } from '../i18n/translator';

type Unit = 'day' | 'hour' | 'minute' | 'second';

const ENGLISH: Record<Unit, string> = { day: 'd', hour: 'h', minute: 'min', second: 's' };
const MESSAGE: Record<Unit, MessageId> = {
  day: 'duration.day',
  hour: 'duration.hour',
  minute: 'duration.minute',
  second: 'duration.second',
};

export function formatDuration(ms: number, units: 1 | 2 = 2, words?: Translator): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.floor(ms / 1000);
  const parts: [number, Unit][] = [
    [Math.floor(s / 86_400), 'day'],
    [Math.floor((s % 86_400) / 3600), 'hour'],
    [Math.floor((s % 3600) / 60), 'minute'],
    [s % 60, 'second'],
  ];
  const say = ([n, u]: [number, Unit]) => (words ? words.t(MESSAGE[u], { n }) : `${n} ${ENGLISH[u]}`);
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return say([0, 'second']);
  return parts
    .slice(first, first + units)
    .filter(([n]) => n > 0)
    .map(say)
    .join(' ');
}
