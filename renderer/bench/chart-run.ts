/**
 * Browser side of the chart benchmark (bench/ui/charts.ts): each chart-<lib> entry draws the
 * Charts page's "source latency per hour" from one StatsReport with its library and hands its
 * draw function here, which times it from the data to a painted frame with performance marks.
 * Bundled by esbuild, one bundle per library, and loaded into chromium; not part of the app.
 */
import type { StatsReport } from '../src/api/types';

export type Sources = StatsReport['sources'];
export const W = 1100;
export const H = 300;

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export function installRunner(lib: string, draw: (el: HTMLElement, sources: Sources) => void): void {
  async function run(sources: Sources, n: number): Promise<number> {
    document.body.replaceChildren();
    const el = document.createElement('div');
    el.style.width = `${W}px`;
    el.style.height = `${H}px`;
    document.body.append(el);
    await frame();
    performance.mark(`${lib}-${n}-start`);
    draw(el, sources);
    await frame();
    performance.mark(`${lib}-${n}-end`);
    return performance.measure(`${lib}-${n}`, `${lib}-${n}-start`, `${lib}-${n}-end`).duration;
  }
  (window as unknown as { runChart: typeof run }).runChart = run;
}
