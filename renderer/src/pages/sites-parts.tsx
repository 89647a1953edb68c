/**
 * The Sites page's pieces: the table of sites (one row each, in the shared words of
 * shared/words/fleet.ts, which the bot speaks too) and a site opened into its recent events, with
 * Forget (POST /sites/forget: this runner forgets it until it publishes again).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { FleetSite } from '../../../shared/contract/fleet';
import {
  fleetEventWords,
  NEVER_HEARD_WORDS,
  siteAddressSince,
  siteAddressWords,
  siteHealthWords,
  siteNoteWords,
  siteSinceWords,
  siteStateWords,
} from '../../../shared/words/fleet';
import { useEngine } from '../api/engine';
import { useAppearance } from '../appearance';
import { Badge } from '../components/Badge';
import { DataTable } from '../components/DataTable';
import { ErrorText } from '../components/ErrorText';
import { QueryState } from '../components/QueryState';
import { formatRelative, formatTime } from '../format';
import { useNow } from '../use-now';

/** Recent events shown of an opened site. */
const EVENTS = 50;

function SiteRow({ site, now, open, onOpen }: { site: FleetSite; now: number; open: boolean; onOpen(): void }) {
  const [appearance] = useAppearance();
  const state = siteStateWords(site);
  const notes = siteNoteWords(site);
  const since = siteAddressSince(site);
  return (
    <tr data-site={site.site}>
      <th scope="row">
        <button type="button" className="secondary" aria-expanded={open} onClick={onOpen}>
          {site.site}
        </button>
        {notes.map((n) => (
          <span key={n} className={`small block ${n === 'this machine' ? 'muted' : 'error-text'}`}>
            {n}
          </span>
        ))}
      </th>
      <td data-label="State">
        <Badge tone={state.tone}>{state.label}</Badge>
        <span className="small block">{siteSinceWords(site, now)}</span>
      </td>
      <td data-label="Addresses">
        {siteAddressWords(site).map((a) => (
          <span key={a} className="block">
            {a}
          </span>
        ))}
      </td>
      <td data-label="Address since">{since === null ? 'unknown' : formatTime(since, appearance)}</td>
      <td data-label="Health">{siteHealthWords(site)}</td>
      <td data-label="Last seen">
        {site.lastSeenAt === null ? NEVER_HEARD_WORDS : formatRelative(site.lastSeenAt, now)}
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
  return (
    <DataTable
      label="Sites, scrollable"
      caption="Sites"
      columns={['Site', 'State', 'Addresses', 'Address since', 'Health', 'Last seen']}
      stack
    >
      {sites.map((s) => (
        <SiteRow
          key={s.site}
          site={s}
          now={now}
          open={open === s.site}
          onOpen={() => onOpen(open === s.site ? null : s.site)}
        />
      ))}
    </DataTable>
  );
}

/** One site opened: its state in words and its recent events, newest first. */
export function SiteDetailCard({ name, onClose }: { name: string; onClose(): void }) {
  const { client } = useEngine();
  const [appearance] = useAppearance();
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
  if (forget.data)
    return (
      <section className="card" aria-labelledby="site-h">
        <h2 id="site-h">Site {name}</h2>
        <p aria-live="polite">{forget.data.detail}.</p>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </section>
    );
  return (
    <section className="card" aria-labelledby="site-h">
      <h2 id="site-h">Site {name}</h2>
      <QueryState query={detail} what={`the site ${name}`}>
        {(d) => (
          <>
            <p>
              {siteSinceWords(d.site, now)}; {siteAddressWords(d.site).join(', ')}; health: {siteHealthWords(d.site)}
              {d.site.state?.version ? `; IPWatch ${d.site.state.version}` : ''}.
            </p>
            {d.events.length === 0 ? (
              <p className="state empty">No event kept of this site yet.</p>
            ) : (
              <DataTable
                label={`Events of ${name}, scrollable`}
                caption={`Events of ${name}`}
                columns={['When', 'What']}
              >
                {d.events.map((e) => (
                  <tr key={e.id}>
                    <td>{formatTime(e.at, appearance)}</td>
                    <td>{fleetEventWords(e)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </QueryState>
      <p className="small muted">
        Forget: this runner drops the site and its events (the broker keeps its state); it comes back when it publishes
        again.
      </p>
      {/* The house's row of buttons (.controls): its gap keeps Forget and Close apart at 360 px too. */}
      <div className="controls">
        <button type="button" className="secondary" disabled={forget.isPending} onClick={() => forget.mutate()}>
          Forget<span className="sr-only"> the site {name}</span>
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {forget.error && (
        <p aria-live="polite" className="small error-text">
          Not forgotten: <ErrorText raw={forget.error.message} />
        </p>
      )}
    </section>
  );
}
