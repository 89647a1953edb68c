/**
 * "Test this source": asks it once as configured on the page, saved or not, and says what it
 * answered. In a row it is a short "Test"; a source not filled in yet opens its form instead.
 */
import { useMutation } from '@tanstack/react-query';

import { errorInWords } from '../../../../shared/error-words';
import { type CustomSource, customSourceSchema } from '../../../../shared/settings';
import { useEngine } from '../../api/engine';

export function TestSource({
  source,
  name,
  onIncomplete,
}: {
  source: CustomSource;
  /** In a row: the source's name, for the button's accessible name. */
  name?: string;
  /** In a row: a source that cannot be tested yet opens its form instead. */
  onIncomplete?: () => void;
}) {
  const { client } = useEngine();
  const test = useMutation({ mutationFn: (s: CustomSource) => client.testSource({ source: s }) });
  const valid = customSourceSchema.safeParse(source).success;
  const inRow = name !== undefined;
  return (
    <span className={inRow ? 'row-test' : 'controls test'}>
      <button
        type="button"
        className={inRow ? 'secondary' : undefined}
        disabled={(!valid && !onIncomplete) || test.isPending}
        onClick={() => (valid ? test.mutate(source) : onIncomplete?.())}
      >
        {test.isPending ? 'Testing…' : inRow ? 'Test' : 'Test this source'}
        {inRow && <span className="sr-only"> {name}</span>}
      </button>
      <span role="status" className={`small${test.data?.ok === false || test.error ? ' error-text' : ''}`}>
        {!valid && !inRow && 'Fill in the fields above to test it.'}
        {test.data &&
          (test.data.ok
            ? `Answered ${test.data.ip} in ${test.data.ms} ms`
            : `Failed: ${errorInWords(test.data.error, source.kind === 'http' ? source.url : source.server)}`)}
        {test.error && `Failed: ${errorInWords(test.error.message)}`}
      </span>
    </span>
  );
}
