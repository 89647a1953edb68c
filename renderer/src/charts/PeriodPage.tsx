/**
 * The frame of the Charts and Map pages: a title with the period picker, and the page's body over
 * the period chosen, which opens as the smallest that holds all the data (default-period.ts).
 */
import { type ReactNode, useState } from 'react';

import { useOldestRun } from '../api/queries';
import { queryStateText } from '../components/query-state-text';
import { defaultPeriodDays } from './default-period';
import { PeriodSelect } from './PeriodSelect';

/** What the body is drawn over: the `days` before `asked`; `firstSeen`: when the history begins. */
export interface PeriodChoice {
  days: number;
  asked: number;
  firstSeen: number | null;
}

export function PeriodPage({ title, children }: { title: string; children: (choice: PeriodChoice) => ReactNode }) {
  const oldest = useOldestRun();
  // The period asked for; until then, the smallest that holds all the data (default-period.ts).
  const [chosen, setChosen] = useState<number | null>(null);
  // Fixed per period chosen: a time in the query key that changed every render would never settle.
  const [asked, setAsked] = useState(() => Date.now());
  const days = chosen ?? (oldest.isPending ? null : defaultPeriodDays(oldest.data ?? null, asked));
  return (
    <>
      <header className="page-head">
        <h1>{title}</h1>
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
        children({ days, asked, firstSeen: oldest.data ?? null })
      )}
    </>
  );
}
