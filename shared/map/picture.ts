/**
 * The map as shapes (issue 77): world-atlas's countries projected with d3-geo (Natural Earth),
 * each shaded by the time held there, a marker where runs stood and a line per move, ready for
 * the page (React draws the paths) and the bot (pictureSvg, then resvg). No tiles, no request:
 * the caller hands in the atlas it ships. Markers and lines are drawn once per place and per
 * pair of places (identical ones would cover each other), each with how many runs or moves it
 * stands for. Pure.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { familyColor } from '../chart-colours';
import { PANEL, type ThemeName } from '../chart-palette';
import type { Family } from '../types';
import type { LonLat, MapSummary } from './aggregate';
import { COUNTRY_TABLE } from './country-table';

export interface MapColours {
  sea: string;
  land: string;
  border: string;
  held: string;
  marker: string;
}

/** Sea on the panel's colour (styles.css --panel), land its --neutral-bg, time held toward its --accent. */
export const MAP_COLOURS: Record<ThemeName, MapColours> = {
  light: { sea: PANEL.light, land: '#e5e7eb', border: '#aab4bf', held: '#1d4ed8', marker: '#17202b' },
  dark: { sea: PANEL.dark, land: '#2e3a47', border: '#4b5a6b', held: '#7aa7ff', marker: '#e6ebf0' },
};

export interface PictureCountry {
  /** The alpha-2 code, or null for a shape with no code the databases give. */
  code: string | null;
  d: string;
  fill: string;
  heldMs: number;
}
export interface PictureMarker {
  code: string;
  family: Family;
  x: number;
  y: number;
  runs: number;
  colour: string;
  /** A country with no shape in the atlas: its marker is all that shows it. */
  shapeless: boolean;
}
export interface PictureMove {
  family: Family;
  d: string;
  count: number;
  colour: string;
}
export interface MapPicture {
  width: number;
  height: number;
  colours: MapColours;
  countries: PictureCountry[];
  markers: PictureMarker[];
  moves: PictureMove[];
}

/** The atlas's numeric ids to alpha-2 codes. */
const CODE_OF_NUMERIC = new Map(Object.entries(COUNTRY_TABLE).map(([code, [numeric]]) => [numeric, code]));

/** A code has a shape in `atlas` when its numeric id is among its countries. */
export function shapedCodes(atlas: Topology): Set<string> {
  const ids = (atlas.objects.countries as GeometryCollection).geometries.map((g) => String(g.id));
  return new Set(ids.map((id) => CODE_OF_NUMERIC.get(id)).filter((c): c is string => c !== undefined));
}

interface Base {
  projection: GeoProjection;
  shapes: { code: string | null; d: string }[];
  shaped: Set<string>;
}
const bases = new WeakMap<Topology, Map<number, Base>>();

/** The projected outlines for one atlas and width, made once. */
function baseOf(atlas: Topology, width: number): Base {
  const byWidth = bases.get(atlas) ?? new Map<number, Base>();
  bases.set(atlas, byWidth);
  const known = byWidth.get(width);
  if (known) return known;
  const land = feature(atlas, atlas.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  const projection = geoNaturalEarth1().fitWidth(width, { type: 'Sphere' });
  const path = geoPath(projection);
  const shapes = land.features.map((f: Feature) => ({
    code: CODE_OF_NUMERIC.get(String(f.id)) ?? null,
    d: path(f) ?? '',
  }));
  const base = { projection, shapes, shaped: shapedCodes(atlas) };
  byWidth.set(width, base);
  return base;
}

/** `from` toward `to` by t (0..1), both #rrggbb. */
export function mix(from: string, to: string, t: number): string {
  const c = (s: string, i: number) => parseInt(s.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(c(from, i) + (c(to, i) - c(from, i)) * t))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A move's line: a gentle arc from one projected point to the other, bowed to its left by a
 * fifth of its length, so a move and its way back are two lines. Drawn on the map's plane, not
 * along the great circle: ten thousand moves stay cheap to draw.
 */
export function arc([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
  const cx = (x1 + x2) / 2 - (y2 - y1) / 5;
  const cy = (y1 + y2) / 2 + (x2 - x1) / 5;
  return `M${r1(x1)},${r1(y1)}Q${r1(cx)},${r1(cy)} ${r1(x2)},${r1(y2)}`;
}

/** The map's height for a width: Natural Earth's world is about half as tall as wide. */
export const heightFor = (width: number): number => Math.ceil(width * 0.52);

export function mapPicture(summary: MapSummary, atlas: Topology, width: number, theme: ThemeName): MapPicture {
  const colours = MAP_COLOURS[theme];
  const base = baseOf(atlas, width);
  const held = new Map(summary.countries.map((c) => [c.code, c.heldMs]));
  const most = summary.countries[0]?.heldMs ?? 0;
  const countries = base.shapes.map((s) => {
    const ms = (s.code && held.get(s.code)) || 0;
    const fill = ms > 0 && most > 0 ? mix(colours.land, colours.held, 0.3 + 0.7 * (ms / most)) : colours.land;
    return { code: s.code, d: s.d, fill, heldMs: ms };
  });

  const points = new Map<LonLat, [number, number]>();
  const at = (p: LonLat): [number, number] => {
    let xy = points.get(p);
    if (!xy) {
      xy = base.projection(p as [number, number]) ?? [0, 0];
      points.set(p, xy);
    }
    return xy;
  };
  const markers = new Map<string, PictureMarker>();
  for (const r of summary.runs) {
    if (!r.point || !r.country) continue;
    const key = `${r.country}|${r.family}`;
    const m = markers.get(key);
    if (m) m.runs++;
    else {
      const [x, y] = at(r.point);
      markers.set(key, {
        code: r.country,
        family: r.family,
        x,
        y,
        runs: 1,
        colour: familyColor(r.family, theme),
        shapeless: !base.shaped.has(r.country),
      });
    }
  }

  const moves = new Map<string, PictureMove>();
  for (const m of summary.moves) {
    const key = `${m.family}|${m.fromCountry}|${m.toCountry}`;
    const known = moves.get(key);
    if (known) known.count++;
    else {
      const d = arc(at(m.from), at(m.to));
      moves.set(key, { family: m.family, d, count: 1, colour: familyColor(m.family, theme) });
    }
  }

  return {
    width,
    height: heightFor(width),
    colours,
    countries,
    markers: [...markers.values()],
    moves: [...moves.values()],
  };
}
