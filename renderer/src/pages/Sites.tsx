/**
 * The fleet's sites (issue 51): one row per site this runner watches over the MQTT broker, this
 * machine's own marked, a site whose state names another site flagged; a site opens into its
 * recent events. The runner sends a page of 100 at a time (GET /sites, by name, from a cursor) with
 * the fleet's summary; more come on scrolling to the end or on Show more, and Find asks the runner
 * for the names holding it. The pages shown are read again only on the live stream's `sites` word
 * (engine.tsx staleKeys), which the runner sends at most every 250 ms while sites change: no
 * polling, a quiet fleet is not read again, and a change never reads the whole fleet.
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { SITES_PAGE_DEFAULT } from '../../../shared/sites-page';
import { badNamesWords, fleetSummaryWords, heardWords } from '../../../shared/words/fleet';
import { useEngine } from '../api/engine';
import { sitesQuery } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { SiteDetailCard, SitesTable } from './sites-parts';

/** The pages read so far, as one list: the first page's summary, the rows, whether more follow. */
function useSites(find: string) {
  const { client } = useEngine();
  const q = useInfiniteQuery({ ...sitesQuery(client, find), placeholderData: keepPreviousData });
  const pages = q.data?.pages ?? [];
  const data = pages[0] && { ...pages[0], sites: pages.flatMap((p) => p.sites) };
  return { ...q, data };
}

/** Reads the next page when the sentinel after the rows scrolls into view (the button does it too). */
function useMoreOnScroll(more: () => void, active: boolean) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!active || !el || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more(), {
      rootMargin: '400px',
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [more, active]);
  return sentinel;
}

function NotWatching() {
  const intl = useIntl();
  return (
    <div className="state empty">
      <p>{intl.formatMessage({ id: 'web.sites.notWatching' })}</p>
      <p className="small">
        <FormattedMessage
          id="web.sites.notWatchingHow"
          values={{
            link: (text: ReactNode) => <a href="#/settings/fleet">{text}</a>,
            strong: (text: ReactNode) => <strong>{text}</strong>,
            watch: <code>fleet.watch</code>,
            broker: <code>fleet.brokerUrl</code>,
          }}
        />
      </p>
    </div>
  );
}

export function Sites() {
  const [filter, setFilter] = useState('');
  const sites = useSites(filter.trim());
  const [open, setOpen] = useState<string | null>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = sites;
  const more = () => void (hasNextPage && !isFetchingNextPage && fetchNextPage());
  const sentinel = useMoreOnScroll(more, hasNextPage && !isFetchingNextPage);
  const words = useTranslator();
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.sites.title')}</h1>
      </header>
      <section className="card" aria-labelledby="sites-h">
        <h2 id="sites-h">{words.t('web.sites.fleet')}</h2>
        <QueryState
          query={sites}
          what={words.t('web.query.what.sites')}
          isEmpty={(s) => !s.watching}
          empty={<NotWatching />}
        >
          {(s) => (
            <>
              <p className="small">{fleetSummaryWords(s.summary, words)}</p>
              {s.badNames ? <p className="small">{badNamesWords(s.badNames, words)}</p> : null}
              {s.heard ? <p className="small">{heardWords(s.heard, words)}</p> : null}
              {s.summary.sites > SITES_PAGE_DEFAULT && (
                <div className="filters">
                  <label>
                    {words.t('web.sites.find')}
                    <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
                  </label>
                </div>
              )}
              {s.sites.length > 0 && <SitesTable sites={s.sites} open={open} onOpen={setOpen} />}
              {s.total > SITES_PAGE_DEFAULT && (
                <nav className="pager" aria-label={words.t('web.sites.more')} ref={sentinel}>
                  <span>{words.t('web.sites.shown', { shown: s.sites.length, total: s.total })}</span>
                  {hasNextPage && (
                    <button type="button" onClick={more} disabled={isFetchingNextPage}>
                      {words.t(isFetchingNextPage ? 'web.sites.loadingMore' : 'web.sites.showMore')}
                    </button>
                  )}
                </nav>
              )}
            </>
          )}
        </QueryState>
      </section>
      {open && <SiteDetailCard name={open} onClose={() => setOpen(null)} />}
    </>
  );
}
