/**
 * The dashboard's sources: each source's state, success rate and latency with its recent trend.
 * Beside its family's last check (sources-view.ts): during an outage every row says it is not
 * answering, and while a family is uncertain each row says what its source answered and which
 * answered the same; what that means is said once, above the table. At a glance (issue 75): one
 * line when every source shares one cause, the table folded behind it (source-groups.ts).
 */
import type { Translator } from '../../../shared/i18n/translator';
import { lastAnswers, type SourceAnswer } from '../../../shared/source-answers';
import { sourceState } from '../../../shared/source-state';
import type { Family, FamilyStatus, SourceHealth } from '../../../shared/types';
import { useEventLog } from '../api/engine';
import { useSettings, useStats } from '../api/queries';
import { DataTable } from '../components/DataTable';
import { SourceActivity, SourceStateCell } from '../components/SourceActivity';
import { Sparkline } from '../components/Sparkline';
import { useTranslator } from '../i18n/I18n';
import { glanceLine, groupHeading, groupSources, summaryLine } from './source-groups';
import { answerLine, quorumOf, sourcesNotes } from './sources-view';

/** Each source's hourly mean latency over the last day, oldest first: the sparkline before live answers add to it. */
function useRecentLatency(): Map<string, number[]> {
  const day = useStats({ days: 1, hourly: true });
  const out = new Map<string, number[]>();
  for (const s of day.data?.sources ?? [])
    out.set(
      s.source,
      s.hours.flatMap((h) => (h.meanLatencyMs === null ? [] : [h.meanLatencyMs])),
    );
  return out;
}

type Families = Record<`v${Family}`, FamilyStatus>;

/**
 * The success rate; during an outage it covers the time before it (an outage is not held against a
 * source). A source that never answered has none to give: the line under its name says so, once.
 */
function successText(s: SourceHealth, outage: boolean, words: Translator): string {
  if (s.successRate === null || s.successes === 0) return '—';
  const pct = String(Math.round(s.successRate * 100));
  return words.t(outage ? 'web.sources.successBefore' : 'web.sources.success', { pct });
}

interface RowProps {
  s: SourceHealth;
  families: Families;
  answer: SourceAnswer;
  /** Its Why, unless its group's line already says it (an outage: the network, not the source). */
  why: boolean;
  latencies: number[];
}

function SourceRow({ s, families, answer, why, latencies }: RowProps) {
  const words = useTranslator();
  const { t } = words;
  const last = families[`v${s.family}`].lastCheck;
  const line = answerLine(last, answer, words);
  const { word } = sourceState(s, last, words);
  return (
    <tr data-word={word}>
      <th scope="row">
        {s.id}
        <SourceActivity source={s} lastCheck={last} />
      </th>
      <td data-label={t('web.sources.family')}>{t('web.family', { family: s.family })}</td>
      <td data-label={t('web.sources.state')}>
        <SourceStateCell source={s} lastCheck={last} why={why} />
        {line && <span className="small block source-answer">{line}</span>}
      </td>
      <td data-label={t('web.sources.successCol')}>{successText(s, word === 'not answering', words)}</td>
      <td data-label={t('web.sources.latency')}>
        <span className="latency">
          <span>{s.latencyMs === null ? '—' : t('web.sources.ms', { ms: String(Math.round(s.latencyMs)) })}</span>
          <Sparkline values={latencies} label={t('web.sources.sparkline', { source: s.id })} />
        </span>
      </td>
    </tr>
  );
}

/**
 * One line when every source shares one cause, the table folded behind it; the table grouped by
 * cause when they differ, under a line that counts what its rows say (source-groups.ts).
 */
export function SourcesGrid({ sources, families }: { sources: SourceHealth[]; families: Families }) {
  const log = useEventLog();
  const hourly = useRecentLatency();
  // "3 of 3 must agree": the quorum setting, unknown (and not said) until the settings are read.
  const quorum = quorumOf(useSettings().data);
  const words = useTranslator();
  const { t } = words;
  if (sources.length === 0) return <p className="state empty">{t('web.sources.none')}</p>;
  const notes = sourcesNotes(families, sources, quorum, words);
  const answers = { 4: lastAnswers(families.v4.lastCheck), 6: lastAnswers(families.v6.lastCheck) };
  const groups = groupSources(sources, families, words);
  const one = groups.length === 1 ? groups[0]! : null;
  const table = (
    <DataTable
      label={t('web.sources.scrollable')}
      caption={t('web.dash.sources')}
      columns={[
        t('web.sources.source'),
        t('web.sources.family'),
        t('web.sources.state'),
        t('web.sources.successCol'),
        t('web.sources.latency'),
      ]}
      stack
    >
      {groups.flatMap((g) => [
        ...(one
          ? []
          : [
              <tr key={`group ${g.key}`} className="source-group" data-testid="sources-group">
                <th colSpan={5}>{groupHeading(g, words)}</th>
              </tr>,
            ]),
        ...g.sources.map((s) => (
          <SourceRow
            key={s.id}
            s={s}
            families={families}
            answer={answers[s.family].get(s.id) ?? { said: 'not asked' }}
            why={g.cause.kind !== 'offline'}
            latencies={[...(hourly.get(s.id) ?? []), ...log.latencies(s.id)].slice(-30)}
          />
        )),
      ])}
    </DataTable>
  );
  return (
    <>
      <p className="sources-glance" data-testid="sources-glance">
        {one ? glanceLine(one, families, words) : summaryLine(sources, families, words, groups)}
      </p>
      {notes.map((n) => (
        <p key={n} className="small sources-note" data-testid="sources-note">
          {n}
        </p>
      ))}
      {one ? (
        <details className="sources-fold" data-testid="sources-fold">
          <summary>{t('web.sourcesCard.showTable', { count: sources.length })}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </>
  );
}
