/**
 * "Test this record": the engine checks the credentials and reads the record, changing nothing,
 * for the record as it is on the page, saved or not (a record saved as shown is named by its id,
 * so the engine uses its stored secrets). In a row it is a short "Test"; a record not filled in
 * yet opens its form instead.
 */
import { useMutation } from '@tanstack/react-query';

import type { DdnsRecord } from '../../../../shared/ddns-settings';
import { ddnsRecordSchema } from '../../../../shared/ddns-settings';
import { errorInWords } from '../../../../shared/error-words';
import { useEngine } from '../../api/engine';
import { clientErrors } from '../schema-walk';
import { ddnsTestWords } from './ddns-words';
import type { DdnsDraft } from './forms';

/** Where the provider is asked, for the words of a network error that names no place. */
const whereOf = (r: Record<string, unknown>): string | undefined =>
  [r.apiBase, r.server].find((v): v is string => typeof v === 'string' && v !== '');

export function TestDdns({
  record,
  savedAsShown,
  name,
  onIncomplete,
}: {
  record: DdnsDraft;
  /** The record is saved exactly as shown: the engine tests its own copy, by id. */
  savedAsShown: boolean;
  /** In a row: the record's name, for the button's accessible name. */
  name?: string;
  /** In a row: a record that cannot be tested yet opens its form instead. */
  onIncomplete?: () => void;
}) {
  const { client } = useEngine();
  const test = useMutation({
    mutationFn: () =>
      client.testDdnsRecord(
        savedAsShown
          ? { recordId: record.id }
          : // A secret kept as stored goes as its marker: the engine fills in the stored one (contract-ddns.ts).
            { record: record as DdnsRecord },
      ),
  });
  // A stored secret's marker is the engine's to check; every other field must be right first.
  const valid = clientErrors(ddnsRecordSchema, record).size === 0;
  const inRow = name !== undefined;
  const words = test.data ? ddnsTestWords(test.data, whereOf(record as Record<string, unknown>)) : null;
  return (
    <span className={inRow ? 'row-test' : 'controls test'}>
      <button
        type="button"
        className={inRow ? 'secondary' : undefined}
        disabled={(!valid && !onIncomplete) || test.isPending}
        onClick={() => (valid ? test.mutate() : onIncomplete?.())}
      >
        {test.isPending ? 'Testing…' : inRow ? 'Test' : 'Test this record'}
        {inRow && <span className="sr-only"> {name}</span>}
      </button>
      <span role="status" className={`small${words?.ok === false || test.error ? ' error-text' : ''}`}>
        {!valid && !inRow && 'Fill in the fields above to test it.'}
        {!test.isPending && words?.text}
        {!test.isPending && test.error && `Failed: ${errorInWords(test.error.message)}`}
      </span>
    </span>
  );
}
