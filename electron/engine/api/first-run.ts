/**
 * The contract's first-run methods over the mark the host keeps for the data folder
 * (electron/host/first-run.ts headless; the app's own wizard flag in the app). Ending it is
 * audited once; ending it again changes nothing.
 */
import type { ApiHandlers, CallContext } from '../../../shared/contract';
import type { FirstRunOutcome } from '../../../shared/contract/first-run';

export interface FirstRunMark {
  pending(): boolean;
  /** Records the outcome, so the first-run steps are not shown again. */
  end(outcome: FirstRunOutcome): Promise<void>;
}

/** A store without a data folder (tests, a bench) has nothing to set up. */
export const NO_FIRST_RUN: FirstRunMark = { pending: () => false, end: async () => undefined };

export function createFirstRunHandlers(
  mark: FirstRunMark,
  audit: (ctx: CallContext, action: string, result: string) => void,
): Pick<ApiHandlers, 'getFirstRun' | 'endFirstRun'> {
  return {
    getFirstRun: async () => ({ pending: mark.pending() }),
    async endFirstRun({ outcome }, ctx) {
      if (!mark.pending()) return { pending: false };
      await mark.end(outcome);
      audit(ctx, `first-run.${outcome}`, 'applied');
      return { pending: mark.pending() };
    },
  };
}
