/** The history page's sections: the filter form, the runs table, the pager. */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { type Dispatch, type SetStateAction, useEffect, useMemo, useRef } from 'react';

import type { Translator } from '../../../shared/i18n/translator';
import { networkShiftWords } from '../../../shared/network-shift';
import type { Family } from '../../../shared/types';
import { triggerWords } from '../../../shared/words/trigger';
import type { HistoryEntry } from '../api/types';
import type { PageZone } from '../charts/use-zone';
import { NetworkIdentity } from '../components/NetworkIdentity';
import { TableWrap } from '../components/TableWrap';
import { formatDuration, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';

export type FamilyFilter = '' | `${Family}`;

const PAGE_SIZES = [25, 50, 100, 500];

const col = createColumnHelper<HistoryEntry>();

/** The cells a stacked row (narrow window) starts with, unlabelled: "IPv6 2001:db8::1". */
const LEAD: Record<string, string> = { family: 'lead', ip: 'lead addr' };

/**
 * How a run began: "First seen" when no address came before it (not a change), else the address
 * it replaced; below, what found it in words ("found by a check you started").
 */
function ChangeCell({ change, words }: { change: HistoryEntry['change']; words: Translator }) {
  if (!change) return <>—</>;
  return (
    <>
      {change.from === null ? (
        words.t('web.history.firstSeen')
      ) : (
        <>
          {words.t('web.history.from')} <span className="mono nowrap">{change.from}</span>
        </>
      )}
      <span className="muted small block">{sentence(triggerWords(change.trigger, words))}</span>
      {change.network && <span className="small block">{networkShiftWords(change.network, words)}</span>}
    </>
  );
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function columns(a: PageZone, words: Translator) {
  return [
    col.accessor('family', {
      header: words.t('web.history.col.family'),
      cell: (c) => words.t('web.family', { family: c.getValue() }),
    }),
    col.accessor('ip', {
      header: words.t('web.history.col.address'),
      cell: (c) => <span className="mono nowrap">{c.getValue()}</span>,
    }),
    col.accessor('firstSeen', {
      header: words.t('web.history.col.from'),
      cell: (c) => formatTime(c.getValue(), a, a.language),
    }),
    col.accessor('lastSeen', {
      header: words.t('web.history.col.lastSeen'),
      cell: (c) => formatTime(c.getValue(), a, a.language),
    }),
    col.display({
      id: 'held',
      header: words.t('web.history.col.held'),
      cell: (c) => formatDuration(c.row.original.lastSeen - c.row.original.firstSeen, 2, words),
    }),
    col.accessor('checks', { header: words.t('web.history.col.checks') }),
    col.display({
      id: 'network',
      header: words.t('web.history.col.network'),
      cell: (c) => (c.row.original.identity ? <NetworkIdentity identity={c.row.original.identity} /> : '—'),
    }),
    col.display({
      id: 'change',
      header: words.t('web.history.col.change'),
      cell: (c) => <ChangeCell change={c.row.original.change} words={words} />,
    }),
  ];
}

export interface FilterProps {
  family: FamilyFilter;
  search: string;
  pageSize: number;
  onFamily: (f: FamilyFilter) => void;
  onSearch: (s: string) => void;
  onPageSize: (n: number) => void;
}

export function HistoryFilters({ family, search, pageSize, onFamily, onSearch, onPageSize }: FilterProps) {
  const words = useTranslator();
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {words.t('web.history.filter.family')}
        <select value={family} onChange={(e) => onFamily(e.target.value as FamilyFilter)}>
          <option value="">{words.t('web.history.filter.both')}</option>
          <option value="4">{words.t('web.family', { family: 4 })}</option>
          <option value="6">{words.t('web.family', { family: 6 })}</option>
        </select>
      </label>
      <label>
        {words.t('web.history.filter.search')}
        <input
          type="search"
          value={search}
          placeholder={words.t('web.history.filter.example', { example: '203.0.113' })}
          onChange={(e) => onSearch(e.target.value)}
        />
      </label>
      <label>
        {words.t('web.history.filter.rows')}
        <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** One page of runs; `marked` (the run a change started) is highlighted and scrolled into view. */
export function HistoryTable(props: {
  items: HistoryEntry[];
  pages: number;
  marked: HistoryEntry | undefined;
  zone: PageZone;
}) {
  const { items, pages, marked, zone } = props;
  const words = useTranslator();
  const cols = useMemo(() => columns(zone, words), [zone, words]);
  const table = useReactTable({
    data: items,
    columns: cols,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    pageCount: pages,
  });
  const markedRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => markedRow.current?.scrollIntoView?.({ block: 'center' }), [marked]);
  return (
    <TableWrap label={words.t('web.history.table.scrollable')} stack>
      <table className="history">
        <caption className="sr-only">{words.t('web.history.table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} scope="col">
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr
              key={r.id}
              ref={r.original === marked ? markedRow : undefined}
              className={r.original === marked ? 'marked' : undefined}
              aria-current={r.original === marked ? 'true' : undefined}
            >
              {r.getVisibleCells().map((c) => (
                <td
                  key={c.id}
                  className={LEAD[c.column.id]}
                  data-label={LEAD[c.column.id] ? undefined : String(c.column.columnDef.header)}
                >
                  {flexRender(c.column.columnDef.cell, c.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function Pager(props: {
  page: number;
  pages: number;
  total: number;
  setPage: Dispatch<SetStateAction<number>>;
}) {
  const { page, pages, total, setPage } = props;
  const words = useTranslator();
  return (
    <nav className="pager" aria-label={words.t('web.history.pager')}>
      <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>
        {words.t('web.history.previous')}
      </button>
      <span aria-live="polite">{words.t('web.history.page', { page: page + 1, pages, total })}</span>
      <button type="button" onClick={() => setPage((p) => p + 1)} disabled={page + 1 >= pages}>
        {words.t('web.history.next')}
      </button>
    </nav>
  );
}
