/**
 * A source's last answer and last error, each with its time. An error older than the last
 * answer is history, not the source's state: it is shown below the answer as "last error … at
 * <time>", so a source that recovered from an outage no longer reads as failing.
 */
import type { SourceHealth } from '../../../shared/types';
import { useAppearance } from '../appearance';
import { formatRelative, formatTime } from '../format';
import { useNow } from '../use-now';

/** Whether the last error is still the source's state (no answer since). */
export const failingNow = (s: SourceHealth): boolean =>
  s.lastError !== undefined && (s.lastSuccessAt === undefined || (s.lastErrorAt ?? Infinity) > s.lastSuccessAt);

export function SourceActivity({ source: s }: { source: SourceHealth }) {
  const [appearance] = useAppearance();
  const now = useNow(5000);
  // A status newer than this row's clock reads "now", never "in 3 s".
  const at = (ms: number) => (
    <time dateTime={new Date(ms).toISOString()} title={formatTime(ms, appearance)}>
      {formatRelative(Math.min(ms, now), now)}
    </time>
  );
  const errorAt = s.lastErrorAt === undefined ? null : <> at {formatTime(s.lastErrorAt, appearance)}</>;
  if (failingNow(s))
    return (
      <>
        <span className="error-text small block">
          Failing: <span>{s.lastError}</span>
          {s.lastErrorAt !== undefined && <> ({at(s.lastErrorAt)})</>}
        </span>
        {s.lastSuccessAt !== undefined && <span className="muted small block">Last answer {at(s.lastSuccessAt)}</span>}
      </>
    );
  return (
    <>
      {s.lastSuccessAt !== undefined && <span className="small block">Answered {at(s.lastSuccessAt)}</span>}
      {s.lastError !== undefined && (
        <span className="muted small block">
          Last error <span>{s.lastError}</span>
          {errorAt}
        </span>
      )}
    </>
  );
}
