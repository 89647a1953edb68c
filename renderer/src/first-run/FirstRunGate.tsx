/**
 * In a browser, a data folder that waits for its first run (getFirstRun) shows the first-run
 * steps instead of the pages until they are done or skipped. Their code loads only then. A
 * server that cannot say (an error) never keeps the pages away.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';

import { useEngine } from '../api/engine';
import { firstRunQuery } from '../api/queries';
import { useTranslator } from '../i18n/I18n';
import { withSettingsWords } from '../i18n/settings-words';

// With Settings' words: the steps name settings by their labels.
const loadWebFirstRun = withSettingsWords(() => import('./WebFirstRun').then((m) => m.WebFirstRun));
const WebFirstRun = lazy(() => loadWebFirstRun().then((c) => ({ default: c })));

export function FirstRunGate({ children }: { children: ReactNode }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  // Asked once a session (main.tsx starts it beside the status); ended only from here.
  const query = firstRunQuery(client);
  const firstRun = useQuery(query);
  const { t } = useTranslator();
  // Not known yet (or asked again after signing in): show nothing rather than the wrong thing.
  if (firstRun.data === undefined && firstRun.isFetching) return null;
  if (!firstRun.data?.pending) return children;
  return (
    <Suspense
      fallback={
        <p className="state loading" role="status">
          {t('web.app.loadingSetup')}
        </p>
      }
    >
      <WebFirstRun
        onEnd={() => {
          queries.setQueryData(query.queryKey, { pending: false });
          window.location.hash = '#/';
        }}
      />
    </Suspense>
  );
}
