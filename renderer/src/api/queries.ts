/** The pages' reads, one TanStack Query hook each, keyed so live events can mark them stale. */
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';

import type { Sites } from '../../../shared/contract/fleet';
import { SITES_PAGE_DEFAULT } from '../../../shared/sites-page';
import type { PagePath } from '../routes';
import { useEngine } from './engine';
import type { Client, HistoryQuery, InsightQuery, StatsQuery } from './types';

/** Events keep the status fresh; the interval only covers a missed event. */
export const statusQuery = (client: Client) => ({
  queryKey: ['status'],
  queryFn: () => client.getStatus(),
  refetchInterval: 30_000,
});

/** Whether a browser's data folder waits for its first run: asked once a session (FirstRunGate). */
export const firstRunQuery = (client: Client) => ({
  queryKey: ['first-run'],
  queryFn: () => client.getFirstRun(),
  staleTime: Infinity,
  retry: false,
});

/**
 * The fleet's sites (the Sites page), a page of SITES_PAGE_DEFAULT at a time from the cursor of
 * the page before (`next`), those whose name holds `find`. The live stream's `sites` word marks
 * it stale (engine.tsx): the pages shown are read again, not the whole fleet.
 */
export const sitesQuery = (client: Client, find = '') => ({
  queryKey: ['sites', find],
  queryFn: ({ pageParam }: { pageParam: string | null }) =>
    client.getSites({
      limit: SITES_PAGE_DEFAULT,
      ...(pageParam === null ? {} : { after: pageParam }),
      ...(find ? { find } : {}),
    }),
  initialPageParam: null as string | null,
  getNextPageParam: (last: Sites) => last.next,
});

/**
 * The reads a page draws first, asked for before React's first render (main.tsx) beside the
 * status, so they travel while the page's code does instead of after it. The page's own hook
 * takes the answer from the cache (same key, still fresh), so nothing is asked twice.
 */
export function prefetchPageReads(queries: QueryClient, client: Client, route: PagePath): void {
  if (route === '/sites') void queries.prefetchInfiniteQuery(sitesQuery(client));
}

export function useStatus() {
  const { client } = useEngine();
  return useQuery(statusQuery(client));
}

export function useSettings() {
  const { client } = useEngine();
  return useQuery({ queryKey: ['settings'], queryFn: () => client.getSettings() });
}

export function useHistory(q: HistoryQuery) {
  const { client } = useEngine();
  return useQuery({
    queryKey: ['history', q],
    queryFn: () => client.getHistory(q),
    placeholderData: keepPreviousData,
  });
}

export function useStats(q: StatsQuery) {
  const { client } = useEngine();
  return useQuery({ queryKey: ['stats', q], queryFn: () => client.getStats(q) });
}

/** The dashboard's insight; checks, changes and outages mark it stale (engine.tsx). */
export function useInsight(q: InsightQuery) {
  const { client } = useEngine();
  return useQuery({ queryKey: ['insight', q], queryFn: () => client.getInsight(q), placeholderData: keepPreviousData });
}

export function useAudit(q: { limit: number; offset: number }) {
  const { client } = useEngine();
  return useQuery({ queryKey: ['audit', q], queryFn: () => client.getAudit(q), placeholderData: keepPreviousData });
}

/**
 * When the history begins: the first sighting of the oldest address run (runs come newest
 * first, so it is the last one), or null before the first address. One more address marks it stale.
 */
export function useOldestRun() {
  const { client } = useEngine();
  return useQuery({
    queryKey: ['history', 'oldest'],
    queryFn: async () => {
      const newest = await client.getHistory({ limit: 1, offset: 0 });
      if (newest.total === 0) return null;
      const last = newest.total === 1 ? newest : await client.getHistory({ limit: 1, offset: newest.total - 1 });
      return last.items[0]?.firstSeen ?? null;
    },
  });
}
