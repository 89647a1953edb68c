/**
 * Colours. An address keeps one colour on every chart and list (its hue from a hash of the
 * address, so no chart needs to know the others), in a shade per theme that stays visible on
 * its background and carries its label at WCAG AA contrast. Pure.
 */
export type ThemeName = 'light' | 'dark';

export interface Swatch {
  fill: string;
  /** Text written on `fill`. */
  text: string;
}

/** Twelve hues, the same order in both themes: 700 shades on light, 300 on dark (Tailwind's). */
export const PALETTE: Record<ThemeName, readonly string[]> = {
  light: [
    '#1d4ed8',
    '#b91c1c',
    '#15803d',
    '#b45309',
    '#6d28d9',
    '#0e7490',
    '#be185d',
    '#4d7c0f',
    '#c2410c',
    '#4338ca',
    '#0f766e',
    '#a21caf',
  ],
  dark: [
    '#93c5fd',
    '#fca5a5',
    '#86efac',
    '#fcd34d',
    '#c4b5fd',
    '#67e8f9',
    '#f9a8d4',
    '#bef264',
    '#fdba74',
    '#a5b4fc',
    '#5eead4',
    '#f0abfc',
  ],
};

/** The text colour on every fill of a theme. */
export const ON_FILL: Record<ThemeName, string> = { light: '#ffffff', dark: '#0b1220' };

/** 32-bit FNV-1a: a short, stable hash that spreads similar strings (203.0.113.7 / .8) apart. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The palette index of a key (an address; an IPv6 run's /64). */
export function colorIndex(key: string): number {
  return fnv1a(key.trim().toLowerCase()) % PALETTE.light.length;
}

/** The colour of an address: the same on every chart and list of a theme. */
export function addressColor(key: string, theme: ThemeName): Swatch {
  return { fill: PALETTE[theme][colorIndex(key)]!, text: ON_FILL[theme] };
}

/** The colour of the i-th series of a chart whose series are not addresses (sources, figures). */
export function seriesColor(i: number, theme: ThemeName): string {
  const list = PALETTE[theme];
  return list[((i % list.length) + list.length) % list.length]!;
}

/** What colours an address's run: the run's /64 for IPv6 (a run is per /64), else its address. */
export const colorKeyOf = (run: { ip: string; prefix: string | null }): string => run.prefix ?? run.ip;
