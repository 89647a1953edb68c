/**
 * The dashboard's speed test card: the last test's figures and what they cover, or why it failed;
 * when the next one is planned, a test left out on a metered connection, and a button that runs
 * one now (the engine runs one at a time). No card while tests are off and none was ever run.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { AppStatus } from '../../../shared/contract';
import { sayReason } from '../../../shared/words/reason';
import { speedError } from '../../../shared/words/speed';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useTestBlocked } from '../api/may-act';
import { useFormat } from '../i18n/use-format';
import { speedFigures, speedScope } from './speed-view';

export function SpeedCard({ status, now }: { status: AppStatus; now: number }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const f = useFormat();
  const { words } = f;
  const { t } = words;
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
  const refused = run.data && !run.data.ran ? sayReason(run.data.reason, run.data.why, words) : null;
  return (
    <section className="card" aria-labelledby="speed-h" data-testid="speed-card">
      <h2 id="speed-h">{t('web.speed.title')}</h2>
      {s.last ? (
        <>
          <p data-testid="speed-last">
            {s.last.error ? (
              <span className="error-text">{t('web.speed.failed', { error: speedError(s.last, words) })}</span>
            ) : (
              speedFigures(s.last, words)
            )}
          </p>
          <p className="muted small">
            {t('web.speed.when', { time: f.time(s.last.at), ago: f.relative(s.last.at, now) })}{' '}
            {speedScope(s.last, words)}
          </p>
        </>
      ) : (
        <p className="muted">{t('web.speed.none')}</p>
      )}
      {s.nextAt !== null && <p className="muted small">{t('web.speed.next', { time: f.time(s.nextAt) })}</p>}
      {s.skipped && (
        <p className="muted small">
          {t('web.speed.skipped', {
            ago: f.relative(s.skipped.at, now),
            why: sayReason(s.skipped.reason, s.skipped.why, words),
          })}
        </p>
      )}
      {s.metered?.state === 'unknown' && (
        <p className="muted small">
          {t('web.speed.meteredUnknown', { detail: sayReason(s.metered.reason, s.metered.detail, words) })}
        </p>
      )}
      <div className="page-actions">
        <button
          type="button"
          onClick={() => run.mutate()}
          disabled={busy || !s.enabled || blocked !== null}
          title={blocked ?? undefined}
        >
          {t(busy ? 'web.speed.testing' : 'web.speed.run')}
        </button>
        {!s.enabled && <span className="muted small">{t('web.speed.off')}</span>}
        {s.enabled && blocked && <span className="muted small">{blocked}</span>}
        {(refused ?? run.error) && (
          <span role="status" className="error-text small">
            {refused ?? (run.error && apiErrorWords(run.error, words))}
          </span>
        )}
      </div>
    </section>
  );
}
