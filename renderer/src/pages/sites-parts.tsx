/**
 * The Sites page's pieces: the table of sites (one row each, in the shared words of
 * shared/words/fleet.ts, which the bot speaks too) and a site opened into its recent events, with
 * Forget (POST /sites/forget: this runner forgets it until it publishes again).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { FleetSite } from '../../../shared/contract/fleet';
import {
  fleetEventWords,
  neverHeardWords,
  siteAddressSince,
  siteAddressWords,
  siteHealthWords,
  siteNoteWords,
  siteSinceWords,
  siteStateWords,
} from '../../../shared/words/fleet';
import { sayReason } from '../../../shared/words/reason';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useZone } from '../charts/use-zone';
import { Badge } from '../components/Badge';
import { DataTable } from '../components/DataTable';
import { ErrorText } from '../components/ErrorText';
import { QueryState } from '../components/QueryState';
import { formatRelative, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { useNow } from '../use-now';

/** Recent events shown of an opened site. */
const EVENTS = 50;

/** The table's words, read once for all its rows: a fleet may show a thousand. */
function useSiteWords() {
  const words = useTranslator();
  const zone = useZone();
  return useMemo(
    () => ({
      words,
      zone,
      site: words.t('web.sites.col.site'),
      state: words.t('web.sites.col.state'),
      addresses: words.t('web.sites.col.addresses'),
      since: words.t('web.sites.col.since'),
      health: words.t('web.sites.col.health'),
      lastSeen: words.t('web.sites.col.lastSeen'),
      unknown: words.t('web.sites.unknown'),
    }),
    [words, zone],
  );
}

function SiteRow(props: {
  site: FleetSite;
  now: number;
  open: boolean;
  onOpen(): void;
  w: ReturnType<typeof useSiteWords>;
}) {
  const { site, now, open, onOpen, w } = props;
  const state = siteStateWords(site, w.words);
  const notes = siteNoteWords(site, w.words);
  const since = siteAddressSince(site);
  return (
    <tr data-site={site.site}>
      <th scope="row">
        <button type="button" className="secondary" aria-expanded={open} onClick={onOpen}>
          {site.site}
        </button>
        {/* The first note of this machine's own row says so (siteNoteWords): muted, not a fault. */}
        {notes.map((n, i) => (
          <span key={n} className={`small block ${site.thisMachine && i === 0 ? 'muted' : 'error-text'}`}>
            {n}
          </span>
        ))}
      </th>
      <td data-label={w.state}>
        <Badge tone={state.tone}>{state.label}</Badge>
        <span className="small block">{siteSinceWords(site, now, w.words)}</span>
      </td>
      <td data-label={w.addresses}>
        {siteAddressWords(site, w.words).map((a) => (
          <span key={a} className="block">
            {a}
          </span>
        ))}
      </td>
      <td data-label={w.since}>{since === null ? w.unknown : formatTime(since, w.zone, w.zone.language)}</td>
      <td data-label={w.health}>{siteHealthWords(site, w.words)}</td>
      <td data-label={w.lastSeen}>
        {site.lastSeenAt === null ? neverHeardWords(w.words) : formatRelative(site.lastSeenAt, now, w.words)}
      </td>
    </tr>
  );
}

export function SitesTable({
  sites,
  open,
  onOpen,
}: {
  sites: FleetSite[];
  open: string | null;
  onOpen(site: string | null): void;
}) {
  const now = useNow(1000);
  const w = useSiteWords();
  const { words } = w;
  return (
    <DataTable
      label={words.t('web.sites.table.scrollable')}
      caption={words.t('web.sites.table.caption')}
      columns={[w.site, w.state, w.addresses, w.since, w.health, w.lastSeen]}
      stack
    >
      {sites.map((s) => (
        <SiteRow
          key={s.site}
          site={s}
          now={now}
          open={open === s.site}
          onOpen={() => onOpen(open === s.site ? null : s.site)}
          w={w}
        />
      ))}
    </DataTable>
  );
}

/** One site opened: its state in words and its recent events, newest first. */
export function SiteDetailCard({ name, onClose }: { name: string; onClose(): void }) {
  const { client } = useEngine();
  const zone = useZone();
  const words = useTranslator();
  const now = useNow(1000);
  const queries = useQueryClient();
  const detail = useQuery({
    queryKey: ['site', name],
    queryFn: () => client.getSite({ name, limit: EVENTS }),
  });
  const forget = useMutation({
    mutationFn: () => client.forgetSite({ name }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['sites'] }),
  });
  const title = words.t('web.sites.site', { name });
  if (forget.data)
    return (
      <section className="card" aria-labelledby="site-h">
        <h2 id="site-h">{title}</h2>
        <p aria-live="polite">{sayReason(forget.data.reason, forget.data.detail, words)}.</p>
        <button type="button" className="secondary" onClick={onClose}>
          {words.t('web.sites.close')}
        </button>
      </section>
    );
  return (
    <section className="card" aria-labelledby="site-h">
      <h2 id="site-h">{title}</h2>
      <QueryState query={detail} what={words.t('web.query.what.site', { name })}>
        {(d) => (
          <>
            <p>
              {words.t(d.site.state?.version ? 'web.sites.detailVersion' : 'web.sites.detail', {
                since: siteSinceWords(d.site, now, words),
                addresses: siteAddressWords(d.site, words).join(', '),
                health: siteHealthWords(d.site, words),
                version: d.site.state?.version ?? '',
              })}
            </p>
            {d.events.length === 0 ? (
              <p className="state empty">{words.t('web.sites.noEvents')}</p>
            ) : (
              <DataTable
                label={words.t('web.sites.events.scrollable', { name })}
                caption={words.t('web.sites.events.caption', { name })}
                columns={[words.t('web.sites.events.when'), words.t('web.sites.events.what')]}
              >
                {d.events.map((e) => (
                  <tr key={e.id}>
                    <td>{formatTime(e.at, zone, zone.language)}</td>
                    <td>{fleetEventWords(e, words)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </QueryState>
      <p className="small muted">{words.t('web.sites.forgetNote')}</p>
      {/* The house's row of buttons (.controls): its gap keeps Forget and Close apart at 360 px too. */}
      <div className="controls">
        <button type="button" className="secondary" disabled={forget.isPending} onClick={() => forget.mutate()}>
          {words.t('web.sites.forget')}
          <span className="sr-only"> {words.t('web.sites.forgetWhich', { name })}</span>
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {words.t('web.sites.close')}
        </button>
      </div>
      {forget.error && (
        <p aria-live="polite" className="small error-text">
          {words.t('web.sites.notForgotten')} <ErrorText raw={apiErrorWords(forget.error, words)} />
        </p>
      )}
    </section>
  );
}
