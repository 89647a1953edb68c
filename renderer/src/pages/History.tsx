/**
 * Every run of an address: filter by family, search by address, page through; export. Opened
 * at a change (`#/history?change=4-1700000000000`, a notification's click), it shows that
 * family and marks the run the address changed to.
 */
import { useEffect, useMemo, useState } from 'react';

import type { Family } from '../../../shared/types';
import { useEngine } from '../api/engine';
import { useHistory } from '../api/queries';
import type { HistoryEntry } from '../api/types';
import { useZone } from '../charts/use-zone';
import { IdentityCredit, useOnlineSource } from '../components/IdentityCredit';
import { QueryState } from '../components/QueryState';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { changeRef, useRouteQuery } from '../routes';
import { ExportButtons } from './ExportButtons';
import { type FamilyFilter, HistoryFilters, HistoryTable, Pager } from './history-parts';
import { PathPanel } from './PathPanel';

type ChangeTarget = { family: 4 | 6; at: number } | null;

/** The run a change started: its family, and begun at the change (within a check's minute) or holding it. Pure. */
export function startedBy(e: HistoryEntry, ref: ChangeTarget): boolean {
  if (!ref || e.family !== ref.family) return false;
  return Math.abs(e.firstSeen - ref.at) <= 60_000 || (e.firstSeen <= ref.at && ref.at <= e.lastSeen);
}

/** The filter and paging state; any filter change goes back to the first page. */
function useHistoryFilters(target: ChangeTarget) {
  const [family, setFamily] = useState<FamilyFilter>(target ? `${target.family}` : '');
  const [search, setSearch] = useState('');
  const [pageSize, setPageSize] = useState(50);
  const [page, setPage] = useState(0);
  // A new change to show: its family, from the first page (changes are recent, and newest come first).
  useEffect(() => {
    if (!target) return;
    setFamily(`${target.family}`);
    setSearch('');
    setPage(0);
  }, [target]);
  const query = {
    ...(family ? { family: Number(family) as Family } : {}),
    ...(search.trim() ? { ip: search.trim() } : {}),
    limit: pageSize,
    offset: page * pageSize,
  };
  const filters = {
    family,
    search,
    pageSize,
    onFamily: (f: FamilyFilter) => {
      setFamily(f);
      setPage(0);
    },
    onSearch: (s: string) => {
      setSearch(s);
      setPage(0);
    },
    onPageSize: (n: number) => {
      setPageSize(n);
      setPage(0);
    },
  };
  return { query, filters, page, setPage };
}

export function History() {
  const changeParam = useRouteQuery().get('change');
  const target = useMemo(() => changeRef(changeParam), [changeParam]);
  const { query, filters, page, setPage } = useHistoryFilters(target);
  const zone = useZone();
  const words = useTranslator();
  const { http } = useEngine();
  const history = useHistory(query);
  const online = useOnlineSource();
  const total = history.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  const hit = history.data?.items.find((e) => startedBy(e, target));
  const filtered = filters.search !== '' || filters.family !== '';
  // The export is the whole history: off only when there is none at all, not when a filter matches none.
  const nothing = !filtered && history.data?.total === 0;
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.history.title')}</h1>
        <ExportButtons http={http} empty={nothing} />
      </header>
      <HistoryFilters {...filters} />
      {target && history.data && !hit && (
        <p role="status">{words.t('web.history.changeNotHere', { at: formatTime(target.at, zone, zone.language) })}</p>
      )}
      <QueryState
        query={history}
        what={words.t('web.query.what.history')}
        isEmpty={(p) => p.items.length === 0}
        empty={<p>{words.t(filtered ? 'web.history.noMatch' : 'web.history.none')}</p>}
      >
        {(data) => (
          <>
            <HistoryTable items={data.items} pages={pages} marked={hit} zone={zone} />
            <IdentityCredit identities={data.items.map((e) => e.identity)} online={online} />
          </>
        )}
      </QueryState>
      <Pager page={page} pages={pages} total={total} setPage={setPage} />
      <PathPanel />
    </>
  );
}
