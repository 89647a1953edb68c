/**
 * Monitoring's health as the page shows it: the one state of shared/health.ts (the tray's,
 * the bot's, the API's `health`), turned to "Disconnected" while this page cannot reach the
 * engine, since everything else on it may then be stale.
 */
import type { AppStatus } from '../../../shared/contract';
import { type Health, healthOf, HEALTH_TONE } from '../../../shared/health';
import { useConnectionState } from '../api/engine';
import { useTranslator } from '../i18n/I18n';
import { useFormat } from '../i18n/use-format';
import { Badge } from './Badge';

function useHealth(status: AppStatus): Health {
  const connected = useConnectionState() !== 'disconnected';
  return healthOf(status, useTranslator(), { connected });
}

export function HealthBadge({ status }: { status: AppStatus }) {
  const health = useHealth(status);
  const { t } = useTranslator();
  return (
    <span data-testid="health-badge" data-state={health.state}>
      <Badge tone={HEALTH_TONE[health.state]} label={t('web.health.badge', { health: health.label })}>
        {health.label}
      </Badge>
    </span>
  );
}

/**
 * What the state means and what to do. Nothing when all is well, nor while disconnected (the
 * banner above every page says that).
 */
export function HealthNote({ status, now }: { status: AppStatus; now: number }) {
  const health = useHealth(status);
  const f = useFormat();
  if (health.state === 'ok' || health.state === 'disconnected') return null;
  const since = health.state === 'no-internet' ? status.offlineSince : null;
  return (
    <p className="small" role="status" data-testid="health-note">
      {health.detail}
      {since !== null && (
        <span className="muted">
          {' '}
          {f.words.t('web.health.since', { time: f.time(since), ago: f.relative(since, now) })}
        </span>
      )}
    </p>
  );
}
