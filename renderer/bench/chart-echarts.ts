/** echarts on the same data: canvas, no animation, LTTB sampling as its docs advise for large series. */
import * as echarts from 'echarts';

import { sourceColors } from '../../shared/chart-colours';
import { H, installRunner, W } from './chart-run';

installRunner('echarts', (el, sources) => {
  const colors = sourceColors(sources.length, 'light');
  const chart = echarts.init(el, undefined, { renderer: 'canvas', width: W, height: H });
  chart.setOption({
    animation: false,
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'ms' },
    legend: {},
    series: sources.map((s, i) => ({
      type: 'line',
      name: s.source,
      showSymbol: false,
      sampling: 'lttb',
      lineStyle: { width: 1, color: colors[i] },
      data: s.hours.map((h) => [h.hour, h.meanLatencyMs]),
    })),
  });
});
