/**
 * Who this page acts for (GET /api/v1/session/me), asked once per page and shared: the header's
 * account corner and the Test and Check buttons (may-act.ts) read the same answer. The app's own
 * window has no HTTP client and asks nothing; null when it cannot be told.
 */
import { useQuery } from '@tanstack/react-query';

import type { HttpClient, SignedInAs } from './http';

export function useWhoAmI(http: HttpClient | null): SignedInAs | null {
  const who = useQuery({
    queryKey: ['whoami'],
    queryFn: () => http!.whoAmI(),
    enabled: http !== null,
    staleTime: Infinity,
  });
  return who.data ?? null;
}
