/**
 * The Map page (issue 77): where the public addresses were over the period chosen (the Charts
 * page's periods and picker), drawn offline from world-atlas's 1:110m countries that this chunk
 * bundles: countries shaded by the time held there, a marker where each family's runs stood,
 * a line per move; beside it the time held per country and the runs as a table for screen
 * readers. The figures are the engine's (getMap, shared/map/aggregate.ts); only the drawing is here.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useEngine } from '../api/engine';
import { useOldestRun } from '../api/queries';
import { defaultPeriodDays, PERIODS } from '../charts/default-period';
import { PeriodSelect } from '../charts/PeriodSelect';
import { queryStateText } from '../components/query-state-text';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { MapView } from './map-parts';
import './map.css';

const DAY = 86_400_000;

export function MapPage() {
  const oldest = useOldestRun();
  const [chosen, setChosen] = useState<number | null>(null);
  // Fixed per period chosen: a time in the query key that changed every render would never settle.
  const [asked, setAsked] = useState(() => Date.now());
  const days = chosen ?? (oldest.isPending ? null : defaultPeriodDays(oldest.data ?? null, asked));
  const words = useTranslator();
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.charts.map.title')}</h1>
        {days !== null && (
          <PeriodSelect
            days={days}
            onChange={(d) => {
              setChosen(d);
              setAsked(Date.now());
            }}
          />
        )}
      </header>
      {days === null ? (
        <p className="state loading" role="status">
          {queryStateText('history').loading}
        </p>
      ) : (
        <MapPeriod days={days} asked={asked} />
      )}
    </>
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
