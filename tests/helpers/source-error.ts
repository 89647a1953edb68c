/**
 * The SourceError a promise rejects with; any other outcome (a success, another error) fails
 * the test. For the network clients' and the sources' tests.
 */
import { deadline } from '../../electron/engine/net/deadline';
import { SourceError } from '../../electron/engine/sources/types';

/** A signal that ends a query after `ms`, as a check's flight bounds it. */
export const within = (ms: number): AbortSignal => deadline(new AbortController().signal, ms).signal;

/**
 * The signal for a row of a fault table: the 'timeout' row is meant to time out, and soon;
 * every other fault answers, with a deadline no stall of a busy machine reaches, so its own
 * error is what the row sees.
 */
export const faultDeadline = (fault: string): AbortSignal => within(fault === 'timeout' ? 300 : 10_000);

export async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(err instanceof SourceError)) throw err;
  return err;
}
