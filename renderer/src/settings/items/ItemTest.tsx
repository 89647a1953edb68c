/**
 * An item's Test (a DDNS record, a service monitor): the engine tries the item as it is on the
 * page, saved or not, and the answer is said in words beside the button. In the item's form it
 * is "Test this record" (`testThis`); in a row it is a short "Test" named for the item, and an item with
 * fields to fix opens its form instead.
 */
import { useMutation } from '@tanstack/react-query';
import { useIntl } from 'react-intl';

import { apiErrorWords } from '../../api/api-error-words';
import { useTestBlocked } from '../../api/may-act';
import { ErrorText } from '../../components/ErrorText';
import { useTranslator } from '../../i18n/I18n';
import type { TestWords } from './test-words';

export type { TestWords };

/** The answer beside a Test button: the words, then a failure's words with its code under Details. */
export function TestSaid({ said }: { said: TestWords }) {
  if (!said.error) return <>{said.text}</>;
  return (
    <>
      {said.text} <ErrorText raw={said.error.raw} url={said.error.url} said={said.error.said} />
    </>
  );
}

/** What a row's Test needs of its list; the form's Test has none of it. */
export interface RowTestProps {
  /** The item is saved exactly as shown: the engine tests its own copy, by id. */
  savedAsShown: boolean;
  /** In a row: the item's name, for the button's accessible name. */
  name?: string | undefined;
  /** In a row: an item that cannot be tested yet opens its form instead. */
  onIncomplete?: (() => void) | undefined;
}

export function ItemTest<R>({
  testThis,
  valid,
  run,
  words,
  name,
  onIncomplete,
}: Omit<RowTestProps, 'savedAsShown'> & {
  /** The form's button, in words: "Test this record". */
  testThis: string;
  /** Every field is right, so the engine can try it. */
  valid: boolean;
  run(): Promise<R>;
  /** The engine's answer in words, and whether it went well. */
  words(result: R): TestWords;
}) {
  const intl = useIntl();
  const translator = useTranslator();
  const test = useMutation({ mutationFn: run });
  const blocked = useTestBlocked();
  const inRow = name !== undefined;
  const said = test.data ? words(test.data) : null;
  return (
    <span className={inRow ? 'row-test' : 'controls test'}>
      <button
        type="button"
        className={inRow ? 'secondary' : undefined}
        disabled={(!valid && !onIncomplete) || test.isPending || blocked !== null}
        title={blocked ?? undefined}
        onClick={() => (valid ? test.mutate() : onIncomplete?.())}
      >
        {test.isPending
          ? intl.formatMessage({ id: 'editors.testing' })
          : inRow
            ? intl.formatMessage({ id: 'editors.test' })
            : testThis}
        {inRow && <span className="sr-only"> {name}</span>}
      </button>
      <span role="status" className={`small${said?.ok === false || test.error ? ' error-text' : ''}`}>
        {blocked ?? (!valid && !inRow && intl.formatMessage({ id: 'editors.testFill' }))}
        {!test.isPending && said && <TestSaid said={said} />}
        {!test.isPending && test.error && (
          <TestSaid
            said={{
              ok: false,
              text: intl.formatMessage({ id: 'editors.failed' }),
              error: { raw: apiErrorWords(test.error, translator) },
            }}
          />
        )}
      </span>
    </span>
  );
}
