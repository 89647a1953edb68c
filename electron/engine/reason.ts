/**
 * A reason the engine decided, as the API gives it: the code and its values, and the English
 * field beside it written from that same code (shared/contract/reason.ts), so the two can never
 * say different things.
 */
import type { Reason } from '../../shared/contract/reason';
import { english } from '../../shared/i18n/translators';
import { reasonWords } from '../../shared/words/reason';

export { reason } from '../../shared/reason';

/** The reason in English: the API's and the log's words for it. */
export const inEnglish = (r: Reason): string => reasonWords(r, english);

/**
 * An error whose message is a reason's English: thrown where a builder can only throw (a
 * channel's factory), caught where the reason is kept, so its code reaches a reader in another
 * language beside the English message.
 */
export class ReasonError extends Error {
  constructor(readonly reason: Reason) {
    super(inEnglish(reason));
    this.name = 'ReasonError';
  }
}

/** The reason an error carries, when it is a ReasonError. */
export const reasonOfError = (err: unknown): Reason | undefined =>
  err instanceof ReasonError ? err.reason : undefined;
