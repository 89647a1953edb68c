/**
 * The SourceError a promise rejects with; any other outcome (a success, another error) fails
 * the test. For the network clients' and the sources' tests.
 */
import { SourceError } from '../../electron/engine/sources/types';

export async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(err instanceof SourceError)) throw err;
  return err;
}
