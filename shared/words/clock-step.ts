/**
 * A step of the wall clock, either way, in words (runtime/clock-step.ts finds it): on Activity and
 * in the runner's log alike. Forward may be a sleep as well as a setting: on Linux and macOS the
 * monotonic clock the engine compares with stands still while the machine sleeps.
 */
import type { Translator } from '../i18n/translator';
import { formatDuration } from './duration';

export function clockStepLine(stepMs: number, words: Translator): string {
  const duration = formatDuration(Math.abs(stepMs), 2, words);
  return words.t(stepMs >= 0 ? 'web.activity.clockForward' : 'web.activity.clockBack', { duration });
}
