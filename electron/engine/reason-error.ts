/**
 * An error whose message is a reason the engine decided (electron/engine/reason.ts): thrown where
 * a builder can only throw (a channel's factory), caught where the reason is kept, so its code
 * reaches a reader in another language beside the English message.
 */
import type { Reason } from '../../shared/reason';
import { inEnglish } from './reason';

export class ReasonError extends Error {
  constructor(readonly reason: Reason) {
    super(inEnglish(reason));
    this.name = 'ReasonError';
  }
}

/** The reason an error carries, when it is a ReasonError. */
export const reasonOfError = (err: unknown): Reason | undefined =>
  err instanceof ReasonError ? err.reason : undefined;
