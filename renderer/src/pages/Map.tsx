/**
 * The Map page (issue 77): where the public addresses were over the period chosen (the Charts
 * page's periods and picker), drawn offline from world-atlas's 1:110m countries that this chunk
 * bundles: countries shaded by the time held there, a marker where each family's runs stood,
 * a line per move; beside it the time held per country and the runs as a table for screen
 * readers. The figures are the engine's (getMap, shared/map/aggregate.ts); only the drawing is here.
 */
import { useQuery } from '@tanstack/react-query';

import { useEngine } from '../api/engine';
import { PERIODS } from '../charts/default-period';
import { PeriodPage } from '../charts/PeriodPage';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { MapView } from './map-parts';
import './map.css';

const DAY = 86_400_000;

export function MapPage() {
  const words = useTranslator();
  return (
    <PeriodPage title={words.t('web.charts.map.title')}>
      {({ days, asked }) => <MapPeriod days={days} asked={asked} />}
    </PeriodPage>
  );
}

function MapPeriod({ days, asked }: { days: number; asked: number }) {
  const { client } = useEngine();
  const words = useTranslator();
  const query = useQuery({
    queryKey: ['map', days, asked],
    queryFn: () => client.getMap({ from: asked - days * DAY, to: asked }),
  });
  const phrase = PERIODS.find((p) => p.days === days)?.phrase ?? PERIODS[0]!.phrase;
  return (
    <QueryState query={query} what={words.t('web.charts.map.title')}>
      {(map) => <MapView map={map} period={words.t(phrase)} />}
    </QueryState>
  );
}
