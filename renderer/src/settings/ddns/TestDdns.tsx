/**
 * "Test this record": the engine checks the credentials and reads the record, changing nothing,
 * for the record as it is on the page, saved or not (a record saved as shown is named by its id,
 * so the engine uses its stored secrets). In a row it is a short "Test"; a record not filled in
 * yet opens its form instead.
 */
import type { DdnsRecord } from '../../../../shared/settings/ddns';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { useEngine } from '../../api/engine';
import { useTranslator } from '../../i18n/I18n';
import { authorWords } from '../author-words';
import { ItemTest, type RowTestProps } from '../items/ItemTest';
import { clientErrors } from '../schema-walk';
import { ddnsTestWords } from './ddns-words';
import type { DdnsDraft } from './forms';

/** Where the provider is asked, for the words of a network error that names no place. */
const whereOf = (r: Record<string, unknown>): string | undefined =>
  [r.apiBase, r.server].find((v): v is string => typeof v === 'string' && v !== '');

export function TestDdns({ record, savedAsShown, ...row }: RowTestProps & { record: DdnsDraft }) {
  const { client } = useEngine();
  const words = useTranslator();
  return (
    <ItemTest
      testThis={words.t('editors.ddns.testThis')}
      // A stored secret's marker is the engine's to check; every other field must be right first.
      valid={clientErrors(ddnsRecordSchema, record).size === 0}
      run={() =>
        client.testDdnsRecord(
          savedAsShown
            ? { recordId: record.id }
            : // A secret kept as stored goes as its marker: the engine fills in the stored one (contract-ddns.ts).
              { record: record as DdnsRecord },
        )
      }
      words={(result) =>
        ddnsTestWords(result, words, whereOf(record as Record<string, unknown>), (message) =>
          authorWords(message, words),
        )
      }
      {...row}
    />
  );
}
