/**
 * The /map image (issue 77): the map's picture (shared/map/picture.ts, drawn with d3-geo from
 * world-atlas's 1:110m countries as the dashboard draws it) as SVG, rasterised to PNG by resvg.
 * The atlas file and resvg load at the first map, never with the engine, and are kept for the
 * next. Light theme on white, as the /stats chart (chart.ts). The SVG has no text: no fonts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { Topology } from 'topojson-specification';

import type { MapSummary } from '../../../shared/map/aggregate';
import { mapPicture } from '../../../shared/map/picture';
import { pictureSvg } from '../../../shared/map/svg';

/** The one world-atlas file the runner reads (electron-builder.yml leaves the others out). */
export const ATLAS_FILE = 'countries-110m.json';
/** The image's width in px: Discord shows an embed's image up to about this wide. */
export const MAP_WIDTH = 800;

type Libs = { atlas: Topology; Resvg: typeof import('@resvg/resvg-js').Resvg };
let libs: Promise<Libs> | null = null;

const load = (): Promise<Libs> =>
  (libs ??= Promise.all([
    readFile(join(dirname(createRequire(import.meta.url).resolve('world-atlas/package.json')), ATLAS_FILE), 'utf8'),
    import('@resvg/resvg-js'),
  ]).then(
    ([text, r]) => ({ atlas: JSON.parse(text) as Topology, Resvg: r.Resvg }),
    (err: unknown) => {
      // A failed load is tried again at the next /map, not remembered.
      libs = null;
      throw err;
    },
  ));

/** The map of `summary` as SVG, before it is rasterised. */
export async function mapSvg(summary: MapSummary): Promise<string> {
  const { atlas } = await load();
  return pictureSvg(mapPicture(summary, atlas, MAP_WIDTH, 'light'));
}

/** A PNG of the map of `summary`. */
export async function renderMapImage(summary: MapSummary): Promise<Buffer> {
  const [{ Resvg }, svg] = await Promise.all([load(), mapSvg(summary)]);
  return Buffer.from(new Resvg(svg).render().asPng());
}
