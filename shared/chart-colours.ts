/**
 * The charts' colours by what they mean, the one place every chart takes a colour from: the
 * dashboard's, and the bot's /stats image (electron/engine/bot/chart.ts, light theme). A
 * colour means one thing on every chart: an address is never drawn in a family's, a figure's
 * or a source's colour, so a blue bar of IPv4 changes is never mistaken for an address's span.
 * Each meaning takes its own run of chart-palette.ts's sequence (no two runs share a colour):
 *
 * | meaning  | colours | for                                                     |
 * |----------|---------|---------------------------------------------------------|
 * | family   | 2       | IPv4, IPv6 (changes per day, when the address changes)  |
 * | figure   | 3       | online (uptime per day), download, upload (speed tests) |
 * | source   | 12      | each source's latency line, in the report's order       |
 * | address  | the rest| each address (an IPv6 /64) of the period, oldest first  |
 *
 * Past 12 sources the source colours come round again (still none an address's). Pure.
 */
import { colorSequence, ON_FILL, type Swatch, type ThemeName } from './chart-palette';

export type Meaning = 'family' | 'figure' | 'source' | 'address';
export type Figure = 'online' | 'download' | 'upload';

const FIGURES: readonly Figure[] = ['online', 'download', 'upload'];
export const SOURCE_COLORS = 12;
/** Where each meaning's run starts in the sequence, and how long it is (address: to the end). */
const RUNS: Record<Meaning, { start: number; length: number }> = {
  family: { start: 0, length: 2 },
  figure: { start: 2, length: FIGURES.length },
  source: { start: 2 + FIGURES.length, length: SOURCE_COLORS },
  address: { start: 2 + FIGURES.length + SOURCE_COLORS, length: Infinity },
};

/** Every colour a meaning may use in a theme (addresses: the first `addresses` of theirs). */
export function colorsOf(meaning: Meaning, theme: ThemeName, addresses = 48): readonly string[] {
  const { start, length } = RUNS[meaning];
  return colorSequence(theme).slice(start, start + (meaning === 'address' ? addresses : length));
}

export const familyColor = (family: 4 | 6, theme: ThemeName): string =>
  colorsOf('family', theme)[family === 4 ? 0 : 1]!;

export const figureColor = (figure: Figure, theme: ThemeName): string =>
  colorsOf('figure', theme)[FIGURES.indexOf(figure)]!;

/** The colours of `n` sources, in order. */
export function sourceColors(n: number, theme: ThemeName): string[] {
  const list = colorsOf('source', theme);
  return Array.from({ length: n }, (_, i) => list[i % list.length]!);
}

/**
 * The page's colour of each address (`keys` in the order they appear, oldest first): all
 * distinct while the theme has colours left, and each far from every one before it, so
 * neighbours in time never look alike. One more address changes no other's colour.
 */
export function addressColors(keys: readonly string[], theme: ThemeName): Map<string, Swatch> {
  const unique = [...new Set(keys)];
  const list = colorsOf('address', theme, unique.length);
  return new Map(unique.map((k, i) => [k, { fill: list[i % list.length]!, text: ON_FILL[theme] }]));
}
