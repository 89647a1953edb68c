/**
 * The dashboard's sources: each source's state, success rate and latency with its recent trend.
 * Beside its family's last check (sources-view.ts): during an outage every row says it is not
 * answering, and while a family is uncertain each row says what its source answered and which
 * answered the same; what that means is said once, above the table.
 */
import { lastAnswers } from '../../../shared/source-answers';
import { sourceState } from '../../../shared/source-state';
import type { Family, FamilyStatus, SourceHealth } from '../../../shared/types';
import { useEventLog } from '../api/engine';
import { useSettings, useStats } from '../api/queries';
import { DataTable } from '../components/DataTable';
import { SourceActivity, SourceStateCell } from '../components/SourceActivity';
import { Sparkline } from '../components/Sparkline';
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
function successText(s: SourceHealth, outage: boolean): string {
  if (s.successRate === null) return '—';
  const pct = `${Math.round(s.successRate * 100)} %`;
  return outage ? `${pct} before this outage` : pct;
}

export function SourcesGrid({ sources, families }: { sources: SourceHealth[]; families: Families }) {
  const log = useEventLog();
  const hourly = useRecentLatency();
  // "3 of 3 must agree": the quorum setting, unknown (and not said) until the settings are read.
  const quorum = quorumOf(useSettings().data);
  if (sources.length === 0) return <p className="state empty">No sources configured.</p>;
  const notes = sourcesNotes(families, sources, quorum);
  const answers = { 4: lastAnswers(families.v4.lastCheck), 6: lastAnswers(families.v6.lastCheck) };
  return (
    <>
      {notes.map((n) => (
        <p key={n} className="small sources-note" data-testid="sources-note">
          {n}
        </p>
      ))}
      <DataTable
        label="Source health, scrollable"
        caption="Sources"
        columns={['Source', 'Family', 'State', 'Success', 'Latency']}
        stack
      >
        {sources.map((s) => {
          const last = families[`v${s.family}`].lastCheck;
          const line = answerLine(last, answers[s.family].get(s.id) ?? { said: 'not asked' });
          const outage = sourceState(s, last).word === 'not answering';
          return (
            <tr key={s.id} data-word={sourceState(s, last).word}>
              <th scope="row">
                {s.id}
                <SourceActivity source={s} lastCheck={last} />
              </th>
              <td data-label="Family">IPv{s.family}</td>
              <td data-label="State">
                <SourceStateCell source={s} lastCheck={last} />
                {line && <span className="small block source-answer">{line}</span>}
              </td>
              <td data-label="Success">{successText(s, outage)}</td>
              <td data-label="Latency">
                <span className="latency">
                  <span>{s.latencyMs === null ? '—' : `${Math.round(s.latencyMs)} ms`}</span>
                  <Sparkline
                    values={[...(hourly.get(s.id) ?? []), ...log.latencies(s.id)].slice(-30)}
                    label={`Recent latency of ${s.id}`}
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
