/** uPlot, as the Charts page draws it (its own series code, options and palette). */
import uPlot from 'uplot';

import { sourceColors } from '../../shared/chart-colours';
import { latencySeries } from '../src/charts/series';
import { lineOptions } from '../src/charts/uplot-options';
import { H, installRunner, W } from './chart-run';

installRunner('uplot', (el, sources) => {
  const { names, data } = latencySeries(sources);
  const xs = data[0];
  const options = lineOptions({
    from: xs[0] ?? 0,
    to: xs[xs.length - 1] ?? 1,
    zone: { timeZone: 'UTC', clock: '24' },
    names,
    colors: sourceColors(names.length, 'light'),
    unit: 'ms',
  });
  new uPlot({ ...options, width: W, height: H }, data, el);
});
