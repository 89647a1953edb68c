/**
 * The dashboard below its first screen: the insight, the checks, DDNS, monitors, speed, the map's link, sources
 * and notifications. A chunk of its own (Dashboard.tsx loads it), so the shell and the address
 * cards are drawn before this code is fetched and evaluated.
 */
import type { AppStatus } from '../../../shared/contract';
import { MemoryChart } from '../charts/MemoryChart';
import { useTranslator } from '../i18n/I18n';
import { ChannelsList } from './channels-list';
import { ChecksCard } from './ChecksCard';
import { DashboardInsight } from './dashboard-insight';
import { DdnsCard } from './ddns-card';
import { HeldNotices } from './held-notices';
import { MapCard } from './map-card';
import { MonitorsCard } from './monitors-card';
import { SourcesGrid } from './SourcesGrid';
import { SpeedCard } from './speed-card';

export function DashboardMore({ status: s, now }: { status: AppStatus; now: number }) {
  const { t } = useTranslator();
  return (
    <>
      <DashboardInsight families={([4, 6] as const).filter((f) => s.families[`v${f}`].enabled)} />
      <ChecksCard status={s} now={now} />
      <MemoryChart />
      <DdnsCard status={s} now={now} />
      <MonitorsCard status={s} now={now} />
      <SpeedCard status={s} now={now} />
      <MapCard />
      <section className="card" aria-labelledby="sources-h">
        <h2 id="sources-h">{t('web.dash.sources')}</h2>
        <SourcesGrid sources={s.sources} families={s.families} />
      </section>
      <section className="card" aria-labelledby="channels-h">
        <h2 id="channels-h">{t('web.dash.notifications')}</h2>
        <ChannelsList channels={s.notifications} now={now} />
        <HeldNotices />
      </section>
    </>
  );
}
