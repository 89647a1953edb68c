/**
 * The dashboard's Checks card: when the monitor checks, how it learns of network changes, what
 * the router and NAT say, and its process (its actions are in the page's head: DashboardActions).
 */
import { useId } from 'react';

import type { AppStatus } from '../../../shared/contract';
import { memoryDetailText } from '../../../shared/process-memory';
import type { ProcessStatus } from '../../../shared/types';
import { networkWatchText, routerText } from '../../../shared/words/network';
import { useAppearance } from '../appearance';
import { formatBytes, formatDuration, formatRelative, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';

function lastCheckAt(s: AppStatus): number | null {
  const at = [s.families.v4.lastCheck?.at, s.families.v6.lastCheck?.at].filter((x): x is number => !!x);
  return at.length ? Math.max(...at) : null;
}

/**
 * RSS, with its parts (the V8 heap and the native part, as the bench reads them) in a tooltip that
 * shows on hover and on keyboard focus, and that a screen reader reads as the figure's description.
 */
function MemoryFigure({ p }: { p: ProcessStatus }) {
  const tip = useId();
  return (
    <span className="memory-figure" tabIndex={0} aria-describedby={tip}>
      {formatBytes(p.rssBytes)}
      <span role="tooltip" id={tip} className="memory-tip">
        {memoryDetailText(p)}
      </span>
    </span>
  );
}

export function ChecksCard({ status: s, now }: { status: AppStatus; now: number }) {
  const [appearance] = useAppearance();
  const words = useTranslator();
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
          {networkWatchText(s.interfaces, words)}
          {s.interfaces.lastChangeAt !== null && `; last ${formatRelative(s.interfaces.lastChangeAt, now)}`}
        </dd>
        <dt>Router</dt>
        <dd>{routerText(s.router, words)}</dd>
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
        <dd>
          <MemoryFigure p={s.process} />
        </dd>
      </dl>
    </section>
  );
}
