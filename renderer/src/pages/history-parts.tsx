/** The history page's sections: the filter form, the runs table, the pager. */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { type Dispatch, type SetStateAction, useEffect, useMemo, useRef } from 'react';

import type { Family } from '../../../shared/types';
import { triggerWords } from '../../../shared/words/trigger';
import type { HistoryEntry } from '../api/types';
import { type Appearance } from '../appearance';
import { NetworkIdentity } from '../components/NetworkIdentity';
import { TableWrap } from '../components/TableWrap';
import { formatDuration, formatTime } from '../format';

export type FamilyFilter = '' | `${Family}`;

const PAGE_SIZES = [25, 50, 100, 500];

const col = createColumnHelper<HistoryEntry>();

/** The cells a stacked row (narrow window) starts with, unlabelled: "IPv6 2001:db8::1". */
const LEAD: Record<string, string> = { family: 'lead', ip: 'lead addr' };

/**
 * How a run began: "First seen" when no address came before it (not a change), else the address
 * it replaced; below, what found it in words ("found by a check you started").
 */
function ChangeCell({ change }: { change: HistoryEntry['change'] }) {
  if (!change) return <>—</>;
  return (
    <>
      {change.from === null ? (
        'First seen'
      ) : (
        <>
          From <span className="mono nowrap">{change.from}</span>
        </>
      )}
      <span className="muted small block">{sentence(triggerWords(change.trigger))}</span>
    </>
  );
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function columns(a: Appearance) {
  return [
    col.accessor('family', { header: 'Family', cell: (c) => `IPv${c.getValue()}` }),
    col.accessor('ip', { header: 'Address', cell: (c) => <span className="mono nowrap">{c.getValue()}</span> }),
    col.accessor('firstSeen', { header: 'From', cell: (c) => formatTime(c.getValue(), a) }),
    col.accessor('lastSeen', { header: 'Last seen', cell: (c) => formatTime(c.getValue(), a) }),
    col.display({
      id: 'held',
      header: 'Held',
      cell: (c) => formatDuration(c.row.original.lastSeen - c.row.original.firstSeen),
    }),
    col.accessor('checks', { header: 'Checks' }),
    col.display({
      id: 'network',
      header: 'Network',
      cell: (c) => (c.row.original.identity ? <NetworkIdentity identity={c.row.original.identity} /> : '—'),
    }),
    col.display({
      id: 'change',
      header: 'Change',
      cell: (c) => <ChangeCell change={c.row.original.change} />,
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
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Family
        <select value={family} onChange={(e) => onFamily(e.target.value as FamilyFilter)}>
          <option value="">Both</option>
          <option value="4">IPv4</option>
          <option value="6">IPv6</option>
        </select>
      </label>
      <label>
        Search address
        <input type="search" value={search} placeholder="e.g. 203.0.113" onChange={(e) => onSearch(e.target.value)} />
      </label>
      <label>
        Rows per page
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
  appearance: Appearance;
}) {
  const { items, pages, marked, appearance } = props;
  const cols = useMemo(() => columns(appearance), [appearance]);
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
    <TableWrap label="Address history, scrollable" stack>
      <table className="history">
        <caption className="sr-only">Address history</caption>
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
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>
        Previous
      </button>
      <span aria-live="polite">
        Page {page + 1} of {pages} ({total} runs)
      </span>
      <button type="button" onClick={() => setPage((p) => p + 1)} disabled={page + 1 >= pages}>
        Next
      </button>
    </nav>
  );
}
