import type { ErrorWords } from '../../../../shared/words/error';

/**
 * A Test's answer: `text` in words; on a failure the engine's error as it gave it (`error`, with
 * where the request went), said after `text` in words with its own text under Details (ErrorText).
 * `said`: the error already in words (from the engine's reason code), not read from its text.
 */
export interface TestWords {
  ok: boolean;
  text: string;
  error?: { raw: string; url?: string | undefined; said?: ErrorWords };
}
