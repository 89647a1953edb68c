/** The dashboard's sources: each source's state, success rate and latency with its recent trend. */
import type { SourceHealth } from '../../../shared/types';
import { useEventLog } from '../api/engine';
import { useStats } from '../api/queries';
import { DataTable } from '../components/DataTable';
import { SourceActivity, SourceStateCell } from '../components/SourceActivity';
import { Sparkline } from '../components/Sparkline';

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

export function SourcesGrid({ sources }: { sources: SourceHealth[] }) {
  const log = useEventLog();
  const hourly = useRecentLatency();
  if (sources.length === 0) return <p className="state empty">No sources configured.</p>;
  return (
    <DataTable
      label="Source health, scrollable"
      caption="Sources"
      columns={['Source', 'Family', 'State', 'Success', 'Latency']}
      stack
    >
      {sources.map((s) => (
        <tr key={s.id}>
          <th scope="row">
            {s.id}
            <SourceActivity source={s} />
          </th>
          <td data-label="Family">IPv{s.family}</td>
          <td data-label="State">
            <SourceStateCell source={s} />
          </td>
          <td data-label="Success">{s.successRate === null ? '—' : `${Math.round(s.successRate * 100)} %`}</td>
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
      ))}
    </DataTable>
  );
}
