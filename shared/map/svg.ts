/**
 * The map picture as one SVG document, for the bot's PNG (resvg) and the page's drawing alike:
 * the sea, the countries, the lines of the moves, then the markers on top. No text (the words go
 * beside it, in the caller's language), so no font is needed to rasterise it. Pure.
 */
import type { MapPicture, PictureMarker } from './picture';

/** A marker's radius: bigger with more runs, bounded. */
export const markerRadius = (m: Pick<PictureMarker, 'runs'>): number => Math.min(9, 3 + Math.log2(m.runs));

const f = (n: number) => Math.round(n * 10) / 10;

export function pictureSvg(p: MapPicture): string {
  const c = p.colours;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}">`,
    `<rect width="100%" height="100%" fill="${c.sea}"/>`,
    `<g stroke="${c.border}" stroke-width="0.5">`,
    ...p.countries.map((s) => `<path d="${s.d}" fill="${s.fill}"/>`),
    '</g><g fill="none" stroke-linecap="round">',
    ...p.moves.map((m) => `<path d="${m.d}" stroke="${m.colour}" stroke-width="${Math.min(4, 1.5 + m.count / 4)}"/>`),
    `</g><g stroke="${c.marker}" stroke-width="1">`,
    ...p.markers.map(
      (m) =>
        `<circle cx="${f(m.x)}" cy="${f(m.y)}" r="${f(markerRadius(m))}" fill="${m.colour}"${m.shapeless ? ` stroke-width="2.5"` : ''}/>`,
    ),
    '</g></svg>',
  ];
  return parts.join('');
}
