/** The dashboard's Checks card: when the monitor checks, how it learns of network changes, what the router and NAT say, its process, and its controls. */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AppStatus } from '../../../shared/contract';
import { networkWatchText, routerText } from '../../../shared/network-words';
import { useEngine } from '../api/engine';
import { useAppearance } from '../appearance';
import { formatBytes, formatDuration, formatRelative, formatTime } from '../format';

function lastCheckAt(s: AppStatus): number | null {
  const at = [s.families.v4.lastCheck?.at, s.families.v6.lastCheck?.at].filter((x): x is number => !!x);
  return at.length ? Math.max(...at) : null;
}

function Controls({ status }: { status: AppStatus }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const done = () => void queries.invalidateQueries({ queryKey: ['status'] });
  const check = useMutation({ mutationFn: () => client.checkNow(), onSettled: done });
  const toggle = useMutation({
    mutationFn: () => (status.pausedSince === null ? client.pause() : client.resume()),
    onSettled: done,
  });
  return (
    <div className="controls">
      <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>
        {check.isPending ? 'Checking…' : 'Check now'}
      </button>
      <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
        {status.pausedSince === null ? 'Pause monitoring' : 'Resume monitoring'}
      </button>
      <span role="status" className="error-text">
        {(check.error ?? toggle.error)?.message}
      </span>
    </div>
  );
}

export function ChecksCard({ status: s, now }: { status: AppStatus; now: number }) {
  const [appearance] = useAppearance();
  const last = lastCheckAt(s);
  const next = s.nextCheckAt ?? null;
  return (
    <section className="card" aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      <dl className="facts">
        <dt>Last check</dt>
        <dd>
          {formatTime(last, appearance)} ({formatRelative(last, now)})
        </dd>
        <dt>Next check</dt>
        <dd>
          {s.pausedSince !== null
            ? 'paused'
            : next
              ? `${formatTime(next, appearance)} (${formatRelative(Math.max(next, now), now)})`
              : '—'}
        </dd>
        <dt>Network changes</dt>
        <dd>
          {networkWatchText(s.interfaces)}
          {s.interfaces.lastChangeAt !== null && `; last ${formatRelative(s.interfaces.lastChangeAt, now)}`}
        </dd>
        <dt>Router</dt>
        <dd>{routerText(s.router)}</dd>
        <dt>NAT</dt>
        <dd>
          {s.nat.verdict === 'unknown' ? (
            s.nat.label
          ) : (
            <>
              <strong>{s.nat.label}</strong>: {s.nat.detail}
            </>
          )}
        </dd>
        <dt>Monitor running for</dt>
        <dd>{formatDuration(s.process.uptimeSec * 1000)}</dd>
        <dt>Monitor memory</dt>
        <dd title={`V8 heap ${formatBytes(s.process.heapUsedBytes)} in use`}>{formatBytes(s.process.rssBytes)}</dd>
      </dl>
      <Controls status={s} />
    </section>
  );
}
