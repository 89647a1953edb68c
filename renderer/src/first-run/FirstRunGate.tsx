/**
 * In a browser, a data folder that waits for its first run (getFirstRun) shows the first-run
 * steps instead of the pages until they are done or skipped. Their code loads only then. A
 * server that cannot say (an error) never keeps the pages away.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';

import { useEngine } from '../api/engine';

const WebFirstRun = lazy(() => import('./WebFirstRun').then((m) => ({ default: m.WebFirstRun })));

const FIRST_RUN_KEY = ['first-run'];

export function FirstRunGate({ children }: { children: ReactNode }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const firstRun = useQuery({
    queryKey: FIRST_RUN_KEY,
    queryFn: () => client.getFirstRun(),
    // Asked once a session; ended only from here.
    staleTime: Infinity,
    retry: false,
  });
  // Not known yet (or asked again after signing in): show nothing rather than the wrong thing.
  if (firstRun.data === undefined && firstRun.isFetching) return null;
  if (!firstRun.data?.pending) return children;
  return (
    <Suspense
      fallback={
        <p className="state loading" role="status">
          Loading setup…
        </p>
      }
    >
      <WebFirstRun
        onEnd={() => {
          queries.setQueryData(FIRST_RUN_KEY, { pending: false });
          window.location.hash = '#/';
        }}
      />
    </Suspense>
  );
}
