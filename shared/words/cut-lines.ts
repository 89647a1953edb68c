/**
 * Lines of text that must fit a field of bounded size (a Discord embed field holds 1024
 * characters, a tray item less): as many whole lines as fit, then "… and N more" for the rest,
 * the whole within `max` characters, in `words`' language. Pure; the table is in tests/shared/words/cut-lines.test.ts.
 */
import type { Translator } from '../i18n/translator';

export function cutLines(lines: readonly string[], max: number, words: Translator): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const more = words.t('lines.more', { n: lines.length - i });
    if (used + line.length + 1 > max - more.length) {
      kept.push(more);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}
