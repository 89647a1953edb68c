/**
 * The dashboard's actions, in its head beside the health badge so they need no scrolling at any
 * width: check now, pause or resume, and copy each address shown.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import type { AppStatus } from '../../../shared/contract';
import type { MessageId } from '../../../shared/i18n/translator';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useTestBlocked } from '../api/may-act';
import { useChangeBlocked } from '../api/may-change';
import { useTranslator } from '../i18n/I18n';

/** Copies one address; says "Copied" (aria-live) for a moment. */
function CopyAddress({ family, ip }: { family: 4 | 6; ip: string }) {
  const [said, setSaid] = useState<'' | MessageId>('');
  const { t } = useTranslator();
  useEffect(() => {
    if (!said) return;
    const t = setTimeout(() => setSaid(''), 2000);
    return () => clearTimeout(t);
  }, [said]);
  const copy = () =>
    navigator.clipboard.writeText(ip).then(
      () => setSaid('web.copy.copied'),
      () => setSaid('web.copy.failed'),
    );
  return (
    <span className="act-copy">
      <button type="button" className="secondary" onClick={() => void copy()} title={ip}>
        {t('web.dash.copyFamily', { family })}
      </button>
      <span aria-live="polite" className="copy-said">
        {said && t(said)}
      </span>
    </span>
  );
}

export function DashboardActions({ status }: { status: AppStatus }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const done = () => void queries.invalidateQueries({ queryKey: ['status'] });
  const check = useMutation({ mutationFn: () => client.checkNow(), onSettled: done });
  const blocked = useTestBlocked();
  const unchangeable = useChangeBlocked();
  const paused = status.pausedSince !== null;
  const toggle = useMutation({
    mutationFn: () => (paused ? client.resume() : client.pause()),
    onSettled: done,
  });
  const shown = ([4, 6] as const).filter((f) => status.families[`v${f}`].enabled && status.families[`v${f}`].ip);
  const words = useTranslator();
  const { t } = words;
  const failed = check.error ?? toggle.error;
  const error = failed && apiErrorWords(failed, words);
  return (
    <div className="page-actions" role="group" aria-label={t('web.table.actions')}>
      <button
        type="button"
        onClick={() => check.mutate()}
        disabled={check.isPending || blocked !== null}
        title={blocked ?? undefined}
      >
        {t(check.isPending ? 'web.dash.checking' : 'web.dash.checkNow')}
      </button>
      {/* The short word keeps the head on one line on a phone; the name says what it pauses. */}
      <button
        type="button"
        onClick={() => toggle.mutate()}
        disabled={toggle.isPending || unchangeable !== null}
        title={unchangeable ?? undefined}
        aria-label={t(paused ? 'web.dash.resumeMonitoring' : 'web.dash.pauseMonitoring')}
      >
        {t(paused ? 'web.dash.resume' : 'web.dash.pause')}
      </button>
      {shown.map((f) => (
        <CopyAddress key={f} family={f} ip={status.families[`v${f}`].ip!} />
      ))}
      {blocked && <span className="muted small">{blocked}</span>}
      {unchangeable && <span className="muted small">{unchangeable}</span>}
      {error && (
        <span role="status" className="error-text small">
          {error}
        </span>
      )}
    </div>
  );
}
