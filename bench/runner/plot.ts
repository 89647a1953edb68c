/**
 * RSS over time of the soaked runners as one SVG line chart (no library: a few polylines), each
 * configuration in its own colour with its steady target as a dashed line of the same colour.
 * The pure part (rssPlotSvg) is tested; writeRssPlot writes the file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface PlotSeries {
  name: string;
  /** [minute, RSS MB, ...] rows, as soak() returns them. */
  samples: readonly (readonly (number | undefined)[])[];
  targetMB: number;
}

const W = 800;
const H = 400;
const PAD = { left: 56, right: 120, top: 20, bottom: 40 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rssPlotSvg(series: readonly PlotSeries[]): string {
  const points = series.flatMap((s) => s.samples.map((r) => [r[0]!, r[1]!] as const));
  const maxMin = Math.max(1, ...points.map((p) => p[0]));
  const ys = [...points.map((p) => p[1]), ...series.map((s) => s.targetMB)];
  const lo = Math.floor((Math.min(...ys) - 5) / 10) * 10;
  const hi = Math.ceil((Math.max(...ys) + 5) / 10) * 10;
  const x = (min: number) => PAD.left + (min / maxMin) * (W - PAD.left - PAD.right);
  const y = (mb: number) => H - PAD.bottom - ((mb - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  ];
  for (let mb = lo; mb <= hi; mb += 10) {
    out.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(mb)}" y2="${y(mb)}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 6}" y="${y(mb) + 4}" text-anchor="end">${mb}</text>`,
    );
  }
  const step = maxMin > 120 ? 30 : maxMin > 30 ? 10 : 5;
  for (let m = 0; m <= maxMin; m += step)
    out.push(`<text x="${x(m)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${m}</text>`);
  out.push(
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 6}" text-anchor="middle">minutes since start</text>`,
    `<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">RSS (MB)</text>`,
  );
  series.forEach((s, i) => {
    const c = COLOURS[i % COLOURS.length]!;
    const line = s.samples.map((r) => `${x(r[0]!).toFixed(1)},${y(r[1]!).toFixed(1)}`).join(' ');
    out.push(
      `<polyline fill="none" stroke="${c}" stroke-width="1.5" points="${line}"/>`,
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(s.targetMB)}" y2="${y(s.targetMB)}" stroke="${c}" stroke-dasharray="6 4"/>`,
      `<text x="${W - PAD.right + 8}" y="${PAD.top + 16 * (i + 1)}" fill="${c}">${esc(s.name)} (target ${s.targetMB})</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export async function writeRssPlot(path: string, series: readonly PlotSeries[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, rssPlotSvg(series));
}
