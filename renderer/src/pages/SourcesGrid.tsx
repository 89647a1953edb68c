/**
 * The dashboard's sources: each source's state, success rate and latency with its recent trend.
 * Beside its family's last check (sources-view.ts): during an outage every row says it is not
 * answering, and while a family is uncertain each row says what its source answered and which
 * answered the same; what that means is said once, above the table.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { lastAnswers } from '../../../shared/source-answers';
import { sourceState } from '../../../shared/source-state';
import type { Family, FamilyStatus, SourceHealth } from '../../../shared/types';
import { useEventLog } from '../api/engine';
import { useSettings, useStats } from '../api/queries';
import { DataTable } from '../components/DataTable';
import { SourceActivity, SourceStateCell } from '../components/SourceActivity';
import { Sparkline } from '../components/Sparkline';
import { useTranslator } from '../i18n/I18n';
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

/** The success rate; during an outage it covers the time before it (an outage is not held against a source). */
function successText(s: SourceHealth, outage: boolean, words: Translator): string {
  if (s.successRate === null) return '—';
  const pct = String(Math.round(s.successRate * 100));
  return words.t(outage ? 'web.sources.successBefore' : 'web.sources.success', { pct });
}

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
  return (
    <>
      {notes.map((n) => (
        <p key={n} className="small sources-note" data-testid="sources-note">
          {n}
        </p>
      ))}
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
        {sources.map((s) => {
          const last = families[`v${s.family}`].lastCheck;
          const line = answerLine(last, answers[s.family].get(s.id) ?? { said: 'not asked' }, words);
          const { word } = sourceState(s, last, words);
          const outage = word === 'not answering';
          return (
            <tr key={s.id} data-word={word}>
              <th scope="row">
                {s.id}
                <SourceActivity source={s} lastCheck={last} />
              </th>
              <td data-label={t('web.sources.family')}>{t('web.family', { family: s.family })}</td>
              <td data-label={t('web.sources.state')}>
                <SourceStateCell source={s} lastCheck={last} />
                {line && <span className="small block source-answer">{line}</span>}
              </td>
              <td data-label={t('web.sources.successCol')}>{successText(s, outage, words)}</td>
              <td data-label={t('web.sources.latency')}>
                <span className="latency">
                  <span>
                    {s.latencyMs === null ? '—' : t('web.sources.ms', { ms: String(Math.round(s.latencyMs)) })}
                  </span>
                  <Sparkline
                    values={[...(hourly.get(s.id) ?? []), ...log.latencies(s.id)].slice(-30)}
                    label={t('web.sources.sparkline', { source: s.id })}
                  />
                </span>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
