/**
 * A record IPWatch switched off (the status's `stopped`: refused credentials, a name not in the
 * account, another program writing it): the row and the form say so with why, and "Try again"
 * sets it going in one click (retryDdnsRecord), its settings left as they are: the stop is the
 * engine's, not the user's `enabled`. Nothing for a record in any other state, or one not saved
 * as shown (saving an edit starts it afresh anyway).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';

import { ddnsWhy } from '../../../../shared/words/ddns';
import { apiErrorWords } from '../../api/api-error-words';
import { useEngine } from '../../api/engine';
import { useStatus } from '../../api/queries';
import { ErrorText } from '../../components/ErrorText';
import { useTranslator } from '../../i18n/I18n';
import type { DdnsDraft } from './forms';

/** Sets a record IPWatch switched off going again (retryDdnsRecord); the status is read again after. */
export function useRetryDdns(recordId: string) {
  const { client } = useEngine();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => client.retryDdnsRecord({ recordId }),
    onSettled: () => queries.invalidateQueries({ queryKey: ['status'] }),
  });
}

export function RetryDdns({ record, savedAsShown }: { record: DdnsDraft; savedAsShown: boolean }) {
  const status = useStatus().data?.ddns?.records.find((r) => r.id === record.id);
  const retry = useRetryDdns(record.id);
  const intl = useIntl();
  const words = useTranslator();
  if (!savedAsShown || status?.state !== 'stopped') return null;
  const name = record.id;
  return (
    <span className="ddns-stop">
      <span className="small error-text" data-testid={`ddns-stop-${record.id}`}>
        {intl.formatMessage(
          { id: 'editors.ddns.stopped' },
          { why: ddnsWhy(status, words) ?? intl.formatMessage({ id: 'editors.ddns.noReason' }) },
        )}
      </span>{' '}
      <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {intl.formatMessage({ id: retry.isPending ? 'editors.ddns.trying' : 'editors.ddns.tryAgain' })}
        <span className="sr-only"> {name}</span>
      </button>
      <span aria-live="polite" className="small">
        {retry.error && (
          <>
            {' '}
            <FormattedMessage id="editors.ddns.couldNotRetry" /> <ErrorText raw={apiErrorWords(retry.error, words)} />
          </>
        )}
      </span>
    </span>
  );
}
