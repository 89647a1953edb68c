/**
 * An updater that keeps its promise never to throw (types.ts): a provider's update or check that
 * throws anyway, or answers with no outcome IPWatch knows (a provider's bug, an answer of a shape
 * nobody expected), becomes a `retry` in words, and the error goes to the log. The record keeper
 * holds its updater through this, so a provider's fault can neither stop the runner nor leave a
 * record busy for good.
 */
import type { Logger } from '../logger';
import type { CheckResult, DdnsOutcome, DdnsUpdater, UpdateResult } from './types';

const UPDATE_KINDS = new Set(['updated', 'unchanged', 'retry', 'stop']);
const CHECK_KINDS = new Set([...UPDATE_KINDS, 'differs']);

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The same updater, whose update and check always resolve with an outcome they may give. */
export function guardedUpdater(updater: DdnsUpdater, logger: Logger): DdnsUpdater {
  async function safely<T extends { kind: string }>(
    what: 'update' | 'check',
    kinds: ReadonlySet<string>,
    call: () => Promise<T>,
  ): Promise<T | DdnsOutcome> {
    try {
      const out = await call();
      if (out && typeof out === 'object' && kinds.has(out.kind)) return out;
      throw new Error(`the ${what} gave no outcome IPWatch knows`);
    } catch (err) {
      logger.error(`ddns ${what} failed inside IPWatch`, { record: updater.id, error: messageOf(err) });
      return { kind: 'retry', reason: `the ${what} ran into an error inside IPWatch (the log has it); trying again` };
    }
  }
  const check = updater.check?.bind(updater);
  return {
    id: updater.id,
    update: (address, signal): Promise<UpdateResult> =>
      safely('update', UPDATE_KINDS, () => updater.update(address, signal)),
    ...(check
      ? {
          check: (address: string, signal: AbortSignal): Promise<CheckResult> =>
            safely('check', CHECK_KINDS, () => check(address, signal)),
        }
      : {}),
  };
}
