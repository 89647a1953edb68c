/**
 * The fleet's sites (issue 51): one row per site this runner watches over the MQTT broker, this
 * machine's own marked, a site whose state names another site flagged; a site opens into its
 * recent events. A thousand sites are drawn a page of 100 at a time. The answers are keyed under
 * ['status'], so every engine event marks them stale (engine.tsx); the broker's news has no
 * event of its own in the stream, so an interval covers it while the page is open.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useEngine } from '../api/engine';
import { QueryState } from '../components/QueryState';
import { SiteDetailCard, SitesTable } from './sites-parts';

/** Rows drawn at once: the rest is paged. */
export const SITES_PAGE = 100;
/** How often the sites are read again while the page is open: the broker's news is not in the event stream. */
const REFRESH_MS = 5000;

function useSites() {
  const { client } = useEngine();
  return useQuery({
    queryKey: ['status', 'sites'],
    queryFn: () => client.getSites(),
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

function NotWatching() {
  return (
    <div className="state empty">
      <p>This runner does not watch a fleet.</p>
      <p className="small">
        To see every site: in <a href="#/settings/fleet">Settings, Fleet</a>, give the broker&apos;s address and turn on{' '}
        <strong>Watch the fleet</strong> (settings <code>fleet.watch</code> and <code>fleet.brokerUrl</code>).
      </p>
    </div>
  );
}

export function Sites() {
  const sites = useSites();
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <header className="page-head">
        <h1>Sites</h1>
      </header>
      <section className="card" aria-labelledby="sites-h">
        <h2 id="sites-h">The fleet</h2>
        <QueryState query={sites} what="the sites" isEmpty={(s) => !s.watching} empty={<NotWatching />}>
          {(s) => {
            const q = filter.trim().toLowerCase();
            const shown = q ? s.sites.filter((x) => x.site.toLowerCase().includes(q)) : s.sites;
            const pages = Math.max(1, Math.ceil(shown.length / SITES_PAGE));
            const at = Math.min(page, pages - 1);
            const offline = s.sites.filter((x) => x.online === false).length;
            return (
              <>
                <p className="small">
                  {s.sites.length === 0
                    ? 'Watching: no site has published under the prefix yet.'
                    : `${s.sites.length} sites, ${offline} offline.`}
                </p>
                {s.sites.length > SITES_PAGE && (
                  <div className="filters">
                    <label>
                      Find a site
                      <input
                        type="search"
                        value={filter}
                        onChange={(e) => {
                          setFilter(e.target.value);
                          setPage(0);
                        }}
                      />
                    </label>
                  </div>
                )}
                {s.sites.length > 0 && (
                  <SitesTable
                    sites={shown.slice(at * SITES_PAGE, (at + 1) * SITES_PAGE)}
                    open={open}
                    onOpen={setOpen}
                  />
                )}
                {pages > 1 && (
                  <nav className="pager" aria-label="Site pages">
                    <button type="button" onClick={() => setPage(at - 1)} disabled={at === 0}>
                      Previous
                    </button>
                    <span>
                      Page {at + 1} of {pages} ({shown.length} sites)
                    </span>
                    <button type="button" onClick={() => setPage(at + 1)} disabled={at + 1 >= pages}>
                      Next
                    </button>
                  </nav>
                )}
              </>
            );
          }}
        </QueryState>
      </section>
      {open && <SiteDetailCard name={open} onClose={() => setOpen(null)} />}
    </>
  );
}
