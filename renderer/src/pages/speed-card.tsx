/**
 * The dashboard's speed test card: the last test's figures and what they cover, or why it failed;
 * when the next one is planned, a test left out on a metered connection, and a button that runs
 * one now (the engine runs one at a time). No card while tests are off and none was ever run.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AppStatus } from '../../../shared/contract';
import { useEngine } from '../api/engine';
import { useTestBlocked } from '../api/may-act';
import { useAppearance } from '../appearance';
import { formatRelative, formatTime } from '../format';
import { speedFigures, speedScope } from './speed-view';

export function SpeedCard({ status, now }: { status: AppStatus; now: number }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const [appearance] = useAppearance();
  const run = useMutation({
    mutationFn: () => client.runSpeedTest(),
    onSettled: () => {
      void queries.invalidateQueries({ queryKey: ['status'] });
      void queries.invalidateQueries({ queryKey: ['speed-tests'] });
    },
  });
  // A viewer may not run one (issue 50): it spends a download outside, which the API gives to admins.
  const blocked = useTestBlocked();
  const s = status.speedTest;
  if (!s || (!s.enabled && !s.last)) return null;
  const busy = run.isPending || s.runningSince !== null;
  const refused = run.data && !run.data.ran ? run.data.why : null;
  return (
    <section className="card" aria-labelledby="speed-h" data-testid="speed-card">
      <h2 id="speed-h">Speed test</h2>
      {s.last ? (
        <>
          <p data-testid="speed-last">
            {s.last.error ? <span className="error-text">Failed: {s.last.error}</span> : speedFigures(s.last)}
          </p>
          <p className="muted small">
            {formatTime(s.last.at, appearance)} ({formatRelative(s.last.at, now)}). {speedScope(s.last)}
          </p>
        </>
      ) : (
        <p className="muted">No speed test yet.</p>
      )}
      {s.nextAt !== null && <p className="muted small">Next scheduled test {formatTime(s.nextAt, appearance)}.</p>}
      {s.skipped && (
        <p className="muted small">
          {formatRelative(s.skipped.at, now)}: {s.skipped.why}
        </p>
      )}
      {s.metered?.state === 'unknown' && (
        <p className="muted small">Metered or not: the system does not say ({s.metered.detail}), so tests run.</p>
      )}
      <div className="page-actions">
        <button
          type="button"
          onClick={() => run.mutate()}
          disabled={busy || !s.enabled || blocked !== null}
          title={blocked ?? undefined}
        >
          {busy ? 'Testing…' : 'Run a speed test'}
        </button>
        {!s.enabled && <span className="muted small">Speed tests are off in Settings.</span>}
        {s.enabled && blocked && <span className="muted small">{blocked}</span>}
        {(refused ?? run.error?.message) && (
          <span role="status" className="error-text small">
            {refused ?? run.error?.message}
          </span>
        )}
      </div>
    </section>
  );
}
