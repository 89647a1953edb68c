/**
 * The fleet's sites (issue 51): one row per site this runner watches over the MQTT broker, this
 * machine's own marked, a site whose state names another site flagged; a site opens into its
 * recent events. A thousand sites are drawn a page of 100 at a time. The answers are read again
 * only on the live stream's `sites` word (engine.tsx staleKeys), which the runner sends at most
 * every 250 ms while sites change: no polling, and a quiet fleet is not read again.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { fleetSummary } from '../../../shared/fleet-summary';
import { fleetSummaryWords } from '../../../shared/words/fleet';
import { useEngine } from '../api/engine';
import { sitesQuery } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { useNow } from '../use-now';
import { SiteDetailCard, SitesTable } from './sites-parts';

/** Rows drawn at once: the rest is paged. */
export const SITES_PAGE = 100;

function useSites() {
  const { client } = useEngine();
  return useQuery({ ...sitesQuery(client), placeholderData: keepPreviousData });
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
  const now = useNow();
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
            return (
              <>
                <p className="small">{fleetSummaryWords(fleetSummary(s.sites, now))}</p>
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
