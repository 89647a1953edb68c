/**
 * The Connections page's three lists (issue 63): the destinations declared for the current
 * settings (by purpose, issue 75), those contacted (a source's "ok" told apart by whether its
 * answer held an address) since start (undeclared ones first, marked in words as well as colour),
 * and the names handed to the system's resolver. Each a table that stacks into one block per row on
 * a narrow window (DataTable's `stack`), so the page never scrolls sideways.
 */
import type { DeclaredDestination, EgressContact, EgressLookup } from '../../../shared/contract/egress';
import { formatNumber } from '../../../shared/i18n/format';
import type { Attempt } from '../../../shared/types';
import { namedSettings } from '../../../shared/words/setting-label';
import { useStatus } from '../api/queries';
import { Badge } from '../components/Badge';
import { DataTable } from '../components/DataTable';
import { useTranslator } from '../i18n/I18n';
import { useFormat } from '../i18n/use-format';
import {
  contactOrder,
  type DeclaredGroup,
  declaredGroups,
  declaredRows,
  destinationWords,
  paceWords,
  portWords,
  resultWords,
  settingView,
  sourceAnswer,
} from './connections-view';

type Attempts = readonly Pick<Attempt, 'sourceId' | 'ok'>[];

/** What each source asked in each family's last check answered (the status the dashboard reads). */
function useLastAttempts(): Attempts {
  const families = useStatus().data?.families;
  return families ? [families.v4, families.v6].flatMap((f) => f.lastCheck?.attempts ?? []) : [];
}

/** A moment as every other page writes it: the reader's language, zone and clock (issue 75). */
function useWhen(): (at: number) => string {
  return useFormat().time;
}

/** The setting by its label, linked to its Settings section; a name no label knows, as a value. */
function SettingCell({ d }: { d: DeclaredDestination }) {
  const words = useTranslator();
  const s = settingView(d, words);
  if (s.kind === 'words') return <>{s.text}</>;
  const named = namedSettings(s.name, words);
  const text = named.labelled ? named.text : <code>{named.text}</code>;
  return s.href === null ? text : <a href={s.href}>{text}</a>;
}

/** One purpose's destinations: its words and how many in the summary, folded when long (connections-view.ts FOLD_OVER). */
function DeclaredGroupRows({ group }: { group: DeclaredGroup }) {
  const words = useTranslator();
  const { t } = words;
  const cols = {
    destination: t('web.connections.col.destination'),
    port: t('web.connections.col.port'),
    setting: t('web.connections.col.setting'),
    often: t('web.connections.col.often'),
  };
  const purpose = t(`egress.purpose.${group.purpose}`);
  return (
    <details className="declared-group" open={!group.folded} data-testid="declared-group" data-purpose={group.purpose}>
      <summary>{t('web.connections.group', { purpose, count: group.rows.length })}</summary>
      <DataTable label={t('web.connections.declared.scrollable')} caption={purpose} columns={Object.values(cols)} stack>
        {group.rows.map(({ d, ids }) => {
          const where = destinationWords(d, words);
          return (
            <tr key={d.id} data-testid="declared-row" data-ids={ids.join(' ')}>
              <th scope="row">
                {where.host ?? where.role}
                {where.host !== null && where.role !== null && <span className="muted small block">{where.role}</span>}
                {d.from !== undefined && (
                  <span className="muted small block" data-testid="leaves-from">
                    {t('web.connections.leavesFrom', { from: d.from })}
                  </span>
                )}
              </th>
              <td data-label={cols.port}>{portWords(d.protocol, d.port, words)}</td>
              <td data-label={cols.setting}>
                <SettingCell d={d} />
              </td>
              <td data-label={cols.often}>{paceWords(d.everySec, words)}</td>
            </tr>
          );
        })}
      </DataTable>
    </details>
  );
}

/** The inventory by purpose (issue 75): one group a purpose, with its count, a long one folded. */
export function DeclaredTable({ declared }: { declared: readonly DeclaredDestination[] }) {
  const { t } = useTranslator();
  const rows = declaredRows(declared);
  return (
    <section className="card" aria-labelledby="declared-h">
      <h2 id="declared-h">{t('web.connections.declared')}</h2>
      <p className="muted small">{t('web.connections.declaredCount', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p className="state empty">{t('web.connections.declaredNone')}</p>
      ) : (
        declaredGroups(rows).map((g) => <DeclaredGroupRows key={g.purpose} group={g} />)
      )}
    </section>
  );
}

function ContactRow({ c, cols, attempts }: { c: EgressContact; cols: Record<string, string>; attempts: Attempts }) {
  const words = useTranslator();
  const { t } = words;
  const when = useWhen();
  const undeclared = c.declared.length === 0;
  const answer = sourceAnswer(c, attempts);
  const result = resultWords(c, words, answer);
  return (
    <tr
      data-testid="contacted-row"
      data-key={`${c.protocol}|${c.host}|${c.port}`}
      data-undeclared={undeclared || undefined}
    >
      <th scope="row">
        {c.host}{' '}
        {undeclared && (
          <>
            <Badge tone="warn">{t('web.connections.undeclared')}</Badge>
            <span className="muted small block">{t('web.connections.undeclaredWhy')}</span>
          </>
        )}
        {c.from !== undefined && (
          <span className="muted small block" data-testid="left-from">
            {t('web.connections.leftFrom', { address: c.from })}
          </span>
        )}
      </th>
      <td data-label={cols.port}>{portWords(c.protocol, c.port, words)}</td>
      <td data-label={cols.purpose}>{c.purposes.map((p) => t(`egress.purpose.${p}`)).join('; ') || '—'}</td>
      <td data-label={cols.count}>{formatNumber(c.count, words.language)}</td>
      <td className="nowrap" data-label={cols.last}>
        {when(c.lastAt)}
      </td>
      <td data-label={cols.result} data-answer={answer ?? undefined}>
        {c.lastResult === 'refused' ? (
          <Badge tone="bad">{result}</Badge>
        ) : answer === 'noAddress' ? (
          <Badge tone="warn">{result}</Badge>
        ) : (
          result
        )}
      </td>
      <td data-label={cols.lookup}>{t(`web.connections.lookup.${c.lookup}`)}</td>
    </tr>
  );
}

export function ContactedTable({ since, contacted }: { since: number; contacted: readonly EgressContact[] }) {
  const { t } = useTranslator();
  const attempts = useLastAttempts();
  const when = useWhen();
  const cols = {
    destination: t('web.connections.col.destination'),
    port: t('web.connections.col.port'),
    purpose: t('web.connections.col.purpose'),
    count: t('web.connections.col.count'),
    last: t('web.connections.col.last'),
    result: t('web.connections.col.result'),
    lookup: t('web.connections.col.lookup'),
  };
  const undeclared = contacted.filter((c) => c.declared.length === 0).length;
  return (
    <section className="card" aria-labelledby="contacted-h">
      <h2 id="contacted-h">{t('web.connections.contacted')}</h2>
      {contacted.length === 0 ? (
        <p className="state empty">{t('web.connections.contactedNone', { since: when(since) })}</p>
      ) : (
        <>
          <p className="muted small">
            {t('web.connections.contactedSince', { since: when(since), count: contacted.length, undeclared })}
          </p>
          <DataTable
            label={t('web.connections.contacted.scrollable')}
            caption={t('web.connections.contacted')}
            columns={Object.values(cols)}
            stack
          >
            {[...contacted].sort(contactOrder).map((c) => (
              <ContactRow key={`${c.protocol}|${c.host}|${c.port}`} c={c} cols={cols} attempts={attempts} />
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

export function LookupsTable({ lookups }: { lookups: readonly EgressLookup[] }) {
  const words = useTranslator();
  const { t } = words;
  const when = useWhen();
  const cols = {
    name: t('web.connections.col.name'),
    count: t('web.connections.col.count'),
    last: t('web.connections.col.last'),
    lookup: t('web.connections.col.lookup'),
  };
  return (
    <section className="card" aria-labelledby="lookups-h">
      <h2 id="lookups-h">{t('web.connections.lookups')}</h2>
      {lookups.length === 0 ? (
        <p className="state empty">{t('web.connections.lookupsNone')}</p>
      ) : (
        <DataTable
          label={t('web.connections.lookups.scrollable')}
          caption={t('web.connections.lookups')}
          columns={Object.values(cols)}
          stack
        >
          {[...lookups]
            .sort((a, b) => b.lastAt - a.lastAt)
            .map((l) => (
              <tr key={l.name} data-testid="lookup-row">
                <th scope="row">{l.name}</th>
                <td data-label={cols.count}>{formatNumber(l.count, words.language)}</td>
                <td className="nowrap" data-label={cols.last}>
                  {when(l.lastAt)}
                </td>
                <td data-label={cols.lookup}>{t(`web.connections.lookup.${l.via}`)}</td>
              </tr>
            ))}
        </DataTable>
      )}
    </section>
  );
}
