/** recharts on the same data: SVG, no dots, no animation, rendered synchronously. */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

import { sourceColors } from '../../shared/chart-colours';
import { latencySeries } from '../src/charts/series';
import { H, installRunner, W } from './chart-run';

installRunner('recharts', (el, sources) => {
  const { names, data } = latencySeries(sources);
  const colors = sourceColors(names.length, 'light');
  const rows = Array.from(data[0], (x, i) => {
    const row: Record<string, number | null> = { x };
    names.forEach((n, j) => (row[n] = (data[j + 1] as (number | null)[])[i] ?? null));
    return row;
  });
  flushSync(() =>
    createRoot(el).render(
      <LineChart width={W} height={H} data={rows}>
        <CartesianGrid />
        <XAxis dataKey="x" />
        <YAxis />
        {names.map((n, i) => (
          <Line key={n} dataKey={n} dot={false} isAnimationActive={false} stroke={colors[i]} />
        ))}
      </LineChart>,
    ),
  );
});
