/**
 * The dashboard's service monitors card: each monitor's state in words (up, down and why, "down
 * since the address change"), since when, and what an inside check can and cannot show. No
 * monitors, no card.
 */
import type { AppStatus } from '../../../shared/contract';
import { Badge } from '../components/Badge';
import { useFormat } from '../i18n/use-format';
import { monitorBadge, monitorDetail } from './monitor-words';

export function MonitorsCard({ status, now }: { status: AppStatus; now: number }) {
  const f = useFormat();
  const { t } = f.words;
  const items = status.monitors?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="monitors-h">
      <h2 id="monitors-h">{t('web.monitors.title')}</h2>
      <ul className="channels monitors">
        {items.map((m) => {
          const state = monitorBadge(m.state, f.words);
          const detail = monitorDetail(m, f.words);
          return (
            <li key={m.id} data-testid={`monitor-${m.id}`}>
              <strong>{m.name}</strong> <span className="muted mono small">{m.target}</span>{' '}
              <Badge tone={state.tone}>{state.word}</Badge>
              <span className="small block muted">
                {m.since !== null
                  ? t('web.monitors.since', { state: state.word, time: f.time(m.since), ago: f.relative(m.since, now) })
                  : t('web.monitors.notChecked')}
                {m.checkedAt !== null && t('web.monitors.lastChecked', { ago: f.relative(m.checkedAt, now) })}
              </span>
              {detail && (
                <span className={`small block${m.state === 'down' ? ' error-text' : ' muted'}`}>{detail}</span>
              )}
              {m.notForwarded && (
                <span className="small block">
                  <Badge tone="warn">{t('web.monitor.notForwarded')}</Badge> {t('web.monitor.notForwardedLine')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('web.monitor.insideNote')}</p>
    </section>
  );
}
