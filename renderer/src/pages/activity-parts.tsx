/** The Activity page's events: the filter by kind and the list, a page at a time. */
import { useState } from 'react';

import { useZone } from '../charts/use-zone';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type ActivityKind, type ActivityLine } from './activity-lines';

/** Lines on one page of events. */
export const EVENTS_PAGE = 50;

/** One box per kind present (or hidden), with how many lines it holds. */
export function KindFilter({
  lines,
  hidden,
  onChange,
}: {
  lines: readonly ActivityLine[];
  hidden: ReadonlySet<ActivityKind>;
  onChange: (next: ReadonlySet<ActivityKind>) => void;
}) {
  const words = useTranslator();
  const counts = new Map<ActivityKind, number>();
  for (const l of lines) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
  const kinds = ACTIVITY_KINDS.filter((k) => counts.has(k) || hidden.has(k));
  if (kinds.length === 0) return null;
  const toggle = (k: ActivityKind) => {
    const next = new Set(hidden);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    onChange(next);
  };
  return (
    <fieldset className="kind-filter">
      <legend className="small">{words.t('web.activity.show')}</legend>
      {kinds.map((k) => (
        <label key={k} className="small">
          <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} />{' '}
          {words.t(ACTIVITY_KIND_LABELS[k])} ({counts.get(k) ?? 0})
        </label>
      ))}
    </fieldset>
  );
}

/** The lines, newest first, EVENTS_PAGE at a time; a page past the end (after a filter) shows the last. */
export function EventsList({ lines }: { lines: readonly ActivityLine[] }) {
  const zone = useZone();
  const words = useTranslator();
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(lines.length / EVENTS_PAGE));
  const page = Math.min(wanted, pages - 1);
  const shown = lines.slice(page * EVENTS_PAGE, (page + 1) * EVENTS_PAGE);
  return (
    <>
      {/* No box of its own that scrolls (issue 75): the page scrolls, a page of lines at a time. */}
      <ol className="events" aria-label={words.t('web.activity.list')}>
        {shown.map((l) => (
          <li key={l.key} data-kind={l.kind} className={l.unmonitored ? 'event-unmonitored' : undefined}>
            <time className="muted small" dateTime={new Date(l.at).toISOString()}>
              {formatTime(l.at, zone, zone.language)}
            </time>{' '}
            {l.text}
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pager" aria-label={words.t('web.activity.pages')}>
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
            {words.t('web.activity.newer')}
          </button>
          <span>{words.t('web.activity.page', { count: lines.length, page: page + 1, pages })}</span>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page + 1 >= pages}>
            {words.t('web.activity.older')}
          </button>
        </nav>
      )}
    </>
  );
}
