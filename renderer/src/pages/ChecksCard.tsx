/**
 * The dashboard's Checks card: when the monitor checks, how it learns of network changes, what
 * the router and NAT say, and its process (its actions are in the page's head: DashboardActions).
 */
import { useId } from 'react';

import type { AppStatus } from '../../../shared/contract';
import { memoryDetailText } from '../../../shared/process-memory';
import type { ProcessStatus } from '../../../shared/types';
import { natVerdictWords } from '../../../shared/words/nat';
import { networkWatchText, routerText } from '../../../shared/words/network';
import { formatBytes } from '../format';
import { useTranslator } from '../i18n/I18n';
import { useFormat } from '../i18n/use-format';

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
  const words = useTranslator();
  return (
    <span className="memory-figure" tabIndex={0} aria-describedby={tip}>
      {formatBytes(p.rssBytes, words)}
      <span role="tooltip" id={tip} className="memory-tip">
        {memoryDetailText(p, words)}
      </span>
    </span>
  );
}

export function ChecksCard({ status: s, now }: { status: AppStatus; now: number }) {
  const f = useFormat();
  const { t } = f.words;
  const last = lastCheckAt(s);
  const next = s.nextCheckAt ?? null;
  // The verdict in the page's language; the status's label and detail are the API's English.
  const nat = natVerdictWords(s.nat.verdict, f.words);
  return (
    <section className="card" aria-labelledby="checks-h">
      <h2 id="checks-h">{t('web.checks.title')}</h2>
      <dl className="facts">
        <dt>{t('web.checks.last')}</dt>
        <dd>{t('web.checks.when', { time: f.time(last), ago: f.relative(last, now) })}</dd>
        <dt>{t('web.checks.next')}</dt>
        <dd>
          {s.pausedSince !== null
            ? t('web.checks.paused')
            : next
              ? t('web.checks.when', { time: f.time(next), ago: f.relative(Math.max(next, now), now) })
              : '—'}
        </dd>
        <dt>{t('web.checks.networkChanges')}</dt>
        <dd>
          {networkWatchText(s.interfaces, f.words)}
          {s.interfaces.lastChangeAt !== null &&
            t('web.checks.lastChange', { ago: f.relative(s.interfaces.lastChangeAt, now) })}
        </dd>
        <dt>{t('web.checks.router')}</dt>
        <dd>{routerText(s.router, f.words)}</dd>
        <dt>{t('web.checks.nat')}</dt>
        <dd>
          {s.nat.verdict === 'unknown' ? (
            nat.label
          ) : (
            <>
              <strong>{nat.label}</strong>: {nat.detail}
            </>
          )}
        </dd>
        <dt>{t('web.checks.runningFor')}</dt>
        <dd>{f.duration(s.process.uptimeSec * 1000)}</dd>
        <dt>{t('web.checks.memory')}</dt>
        <dd>
          <MemoryFigure p={s.process} />
        </dd>
      </dl>
    </section>
  );
}
