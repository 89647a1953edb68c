/**
 * A Test's answer: `text` in words; on a failure the engine's error as it gave it (`error`, with
 * where the request went), said after `text` in words with its own text under Details (ErrorText).
 */
export interface TestWords {
  ok: boolean;
  text: string;
  error?: { raw: string; url?: string | undefined };
}
