/**
 * What the bot's reply to a failed command says went wrong, in the member's language (issue 62):
 * a reason the engine decided (a ReasonError) by its code; a code of Node or a library (ECONNREFUSED,
 * a settings file's ENOENT) in shared/words/error.ts's words; only text with neither (a
 * library's own sentence) is quoted as it came. English says a reason as its message did.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { knownErrorInLine } from '../../../shared/words/error';
import { reasonWords } from '../../../shared/words/reason';
import { reasonOfError } from '../reason';

/** The error and the errors it was caused by, outermost first (a few levels: a cycle must not hang). */
function chain(err: unknown): unknown[] {
  const seen: unknown[] = [];
  let e = err;
  while (e !== undefined && e !== null && seen.length < 5 && !seen.includes(e)) {
    seen.push(e);
    e = e instanceof Error ? e.cause : undefined;
  }
  return seen;
}

/** `err` in `words`: its reason, else its code in words, else its own text. */
export function failureWords(err: unknown, words: Translator): string {
  for (const e of chain(err)) {
    const why = reasonOfError(e);
    if (why) return reasonWords(why, words);
  }
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  // A Node error's code may be only in `code` (a message of its own words): the words go by the code then.
  return (
    knownErrorInLine(message, words) ??
    (typeof code === 'string' ? knownErrorInLine(`${code}: ${message}`, words) : null) ??
    message
  );
}
