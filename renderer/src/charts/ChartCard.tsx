/**
 * A chart's card: heading, the chart (or the page's words for an empty period), a legend in
 * HTML, and a readout line that says what is under the cursor, or sums the chart up.
 */
import type { ReactNode } from 'react';

import { useTranslator } from '../i18n/I18n';

export interface LegendItem {
  label: string;
  color: string;
  /** For legends whose series can be switched off: whether this one is shown. */
  shown?: boolean;
}

interface Props {
  id: string;
  title: string;
  /** Why there is no chart, when there is nothing to draw. */
  empty: string | null;
  legend: LegendItem[];
  /** Switches a series on or off (1-based, as uPlot counts); absent: the legend is a plain list. */
  onToggle?: (series: number) => void;
  readout: string;
  children: ReactNode;
}

export function ChartCard({ id, title, empty, legend, onToggle, readout, children }: Props) {
  const words = useTranslator();
  return (
    <section className="card chart-card" aria-labelledby={`${id}-h`} data-testid={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {empty !== null ? (
        <p className="state empty">{empty}</p>
      ) : (
        <>
          {children}
          <p className="chart-readout small" data-testid={`${id}-readout`}>
            {readout}
          </p>
          {legend.length > 0 && (
            <ul className="chart-legend" aria-label={words.t('web.charts.legend', { title })}>
              {legend.map((item, i) => (
                <li key={item.label}>
                  {onToggle ? (
                    <button
                      type="button"
                      className="legend-toggle"
                      aria-pressed={item.shown !== false}
                      onClick={() => onToggle(i + 1)}
                    >
                      <Swatch color={item.color} off={item.shown === false} />
                      {item.label}
                    </button>
                  ) : (
                    <>
                      <Swatch color={item.color} />
                      {item.label}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Swatch({ color, off = false }: { color: string; off?: boolean }) {
  return (
    <span
      className="swatch"
      aria-hidden="true"
      style={off ? { borderColor: color } : { background: color, borderColor: color }}
    />
  );
}
