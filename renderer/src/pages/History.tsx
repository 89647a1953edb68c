/**
 * Every run of an address: filter by family, search by address, page through; export. Opened
 * at a change (`#/history?change=4-1700000000000`, a notification's click), it shows that
 * family and marks the run the address changed to.
 */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { Family } from '../../../shared/types';
import { useEngine } from '../api/engine';
import { useHistory } from '../api/queries';
import type { HistoryEntry } from '../api/types';
import { type Appearance, useAppearance } from '../appearance';
import { QueryState } from '../components/QueryState';
import { TableWrap } from '../components/TableWrap';
import { formatDuration, formatTime } from '../format';
import { changeRef, useRouteQuery } from '../routes';
import { ExportButtons } from './ExportButtons';

const col = createColumnHelper<HistoryEntry>();

function columns(a: Appearance) {
  return [
    col.accessor('family', { header: 'Family', cell: (c) => `IPv${c.getValue()}` }),
    col.accessor('ip', { header: 'Address', cell: (c) => <span className="mono">{c.getValue()}</span> }),
    col.accessor('firstSeen', { header: 'From', cell: (c) => formatTime(c.getValue(), a) }),
    col.accessor('lastSeen', { header: 'Last seen', cell: (c) => formatTime(c.getValue(), a) }),
    col.display({
      id: 'held',
      header: 'Held',
      cell: (c) => formatDuration(c.row.original.lastSeen - c.row.original.firstSeen),
    }),
    col.accessor('checks', { header: 'Checks' }),
    col.display({
      id: 'change',
      header: 'Change',
      cell: (c) => {
        const ch = c.row.original.change;
        return ch ? `${ch.from ?? '(none)'} → (${ch.trigger})` : '—';
      },
    }),
  ];
}

const PAGE_SIZES = [25, 50, 100, 500];

/** The run a change started: its family, and begun at the change (within a check's minute) or holding it. Pure. */
export function startedBy(e: HistoryEntry, ref: { family: 4 | 6; at: number } | null): boolean {
  if (!ref || e.family !== ref.family) return false;
  return Math.abs(e.firstSeen - ref.at) <= 60_000 || (e.firstSeen <= ref.at && ref.at <= e.lastSeen);
}

export function History() {
  const changeParam = useRouteQuery().get('change');
  const target = useMemo(() => changeRef(changeParam), [changeParam]);
  const [family, setFamily] = useState<'' | `${Family}`>(target ? `${target.family}` : '');
  const [search, setSearch] = useState('');
  const [pageSize, setPageSize] = useState(50);
  const [page, setPage] = useState(0);
  const [appearance] = useAppearance();
  const q = {
    ...(family ? { family: Number(family) as Family } : {}),
    ...(search.trim() ? { ip: search.trim() } : {}),
    limit: pageSize,
    offset: page * pageSize,
  };
  const history = useHistory(q);
  const cols = useMemo(() => columns(appearance), [appearance]);
  const total = history.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const table = useReactTable({
    data: history.data?.items ?? [],
    columns: cols,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    pageCount: pages,
  });
  const { http } = useEngine();
  // A new change to show: its family, from the first page (changes are recent, and newest come first).
  useEffect(() => {
    if (!target) return;
    setFamily(`${target.family}`);
    setSearch('');
    setPage(0);
  }, [target]);
  const marked = useRef<HTMLTableRowElement | null>(null);
  const hit = history.data?.items.find((e) => startedBy(e, target));
  useEffect(() => marked.current?.scrollIntoView?.({ block: 'center' }), [hit]);
  return (
    <>
      <header className="page-head">
        <h1>History</h1>
        <ExportButtons http={http} />
      </header>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Family
          <select
            value={family}
            onChange={(e) => {
              setFamily(e.target.value as typeof family);
              setPage(0);
            }}
          >
            <option value="">Both</option>
            <option value="4">IPv4</option>
            <option value="6">IPv6</option>
          </select>
        </label>
        <label>
          Search address
          <input
            type="search"
            value={search}
            placeholder="e.g. 203.0.113"
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <label>
          Rows per page
          <select
            value={pageSize}
            onChange={(e) => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </form>
      {target && history.data && !hit && (
        <p role="status">The change of {formatTime(target.at, appearance)} is not on this page.</p>
      )}
      <QueryState
        query={history}
        what="history"
        isEmpty={(p) => p.items.length === 0}
        empty={
          <p>{search || family ? 'No runs match this filter.' : 'No history yet: the first check records one.'}</p>
        }
      >
        {() => (
          <TableWrap label="Address history, scrollable">
            <table>
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
                    ref={r.original === hit ? marked : undefined}
                    className={r.original === hit ? 'marked' : undefined}
                    aria-current={r.original === hit ? 'true' : undefined}
                  >
                    {r.getVisibleCells().map((c) => (
                      <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
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
    </>
  );
}
