/** uPlot, as the Charts page draws it (its own series code and palette). */
import uPlot from 'uplot';

import { PALETTE } from '../src/charts/palette';
import { latencySeries } from '../src/charts/series';
import { H, installRunner, W } from './chart-run';

installRunner('uplot', (el, sources) => {
  const { names, data } = latencySeries(sources);
  new uPlot(
    {
      width: W,
      height: H,
      scales: { x: { time: true } },
      axes: [{}, { label: 'ms' }],
      series: [{}, ...names.map((n, i) => ({ label: n, stroke: PALETTE[i % PALETTE.length] }))],
    },
    data,
    el,
  );
});
