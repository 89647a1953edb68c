/** The loading, error and empty states every page shows the same way. */
import type { ReactNode } from 'react';

import { apiErrorWords } from '../api/api-error-words';
import { useTranslator } from '../i18n/I18n';
import { queryStateText } from './query-state-text';

interface Props<T> {
  query: { data: T | undefined; isPending: boolean; error: Error | null; refetch: () => unknown };
  /** What the data is, e.g. "history" or "the audit log": used in the messages (query-state-text.ts). */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, what, isEmpty, empty, children }: Props<T>) {
  const words = useTranslator();
  const text = queryStateText(what, words);
  if (query.isPending)
    return (
      <p className="state loading" role="status">
        {text.loading}
      </p>
    );
  if (query.error && query.data === undefined)
    return (
      <div className="state error" role="alert">
        <p>{words.t('web.query.failedBecause', { failed: text.failed, error: apiErrorWords(query.error, words) })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {words.t('web.query.tryAgain')}
        </button>
      </div>
    );
  const data = query.data as T;
  if (isEmpty?.(data)) return <div className="state empty">{empty ?? <p>{text.empty}</p>}</div>;
  return <>{children(data)}</>;
}
