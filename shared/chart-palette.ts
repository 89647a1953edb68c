/**
 * The charts' colours: fills with hues spread evenly in OKLCH, in several lightness steps, each dark
 * enough in the light theme, and light enough in the dark one, to carry its label at WCAG AA
 * contrast and to stand out from the panel. chart-colours.ts hands out runs of one
 * sequence of them, one run per meaning (families, figures, sources, addresses). Pure.
 */
export type ThemeName = 'light' | 'dark';

export interface Swatch {
  fill: string;
  /** Text written on `fill`. */
  text: string;
}

/** The text colour on every fill of a theme. */
export const ON_FILL: Record<ThemeName, string> = { light: '#ffffff', dark: '#0b1220' };
/** The card behind the charts (styles.css --panel). */
export const PANEL: Record<ThemeName, string> = { light: '#ffffff', dark: '#18202a' };

/** What colours an address's run: the run's /64 for IPv6 (a run is per /64), else its address. */
export const colorKeyOf = (run: { ip: string; prefix: string | null }): string => run.prefix ?? run.ip;

// OKLab (Björn Ottosson's matrices) to sRGB: hues spaced evenly in it look evenly spaced.
type Rgb = [number, number, number];
function oklchToLinear(l: number, c: number, hDeg: number): Rgb {
  const h = (hDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}
const inGamut = (rgb: Rgb) => rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4);
const encode = (v: number) => {
  const x = Math.min(1, Math.max(0, v));
  return Math.round(255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055));
};
const hex = (rgb: Rgb) => `#${rgb.map((v) => encode(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** sRGB #rrggbb to OKLab [L, a, b]: distances in it follow how different two colours look. */
export function oklab(color: string): Rgb {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
export const colorDistance = (a: string, b: string): number => {
  const [x, y] = [oklab(a), oklab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
};

/** OKLCH lightness a theme's fills may take: light ones carry white text, dark ones dark text. */
const LIGHTNESS: Record<ThemeName, readonly number[]> = {
  light: [0.3, 0.34, 0.38, 0.42, 0.46, 0.5, 0.54],
  dark: [0.68, 0.72, 0.76, 0.8, 0.84, 0.88, 0.92],
};

/** Every fill a theme may use: each hue (10° apart) at each lightness, as colourful as sRGB allows, at AA contrast. */
interface Candidate {
  color: string;
  lab: Rgb;
  l: number;
  hue: number;
}
const pools = new Map<ThemeName, Candidate[]>();
function candidates(theme: ThemeName): Candidate[] {
  const known = pools.get(theme);
  if (known) return known;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const l of LIGHTNESS[theme]) {
    for (let hue = 0; hue < 360; hue += 10) {
      // The largest chroma still inside sRGB, by bisection.
      let [lo, hi] = [0, 0.2];
      for (let k = 0; k < 12; k++) {
        const mid = (lo + hi) / 2;
        if (inGamut(oklchToLinear(l, mid, hue))) lo = mid;
        else hi = mid;
      }
      const color = hex(oklchToLinear(l, lo, hue));
      if (seen.has(color) || contrast(color, ON_FILL[theme]) < 4.6 || contrast(color, PANEL[theme]) < 3.1) continue;
      seen.add(color);
      out.push({ color, lab: oklab(color), l, hue });
    }
  }
  pools.set(theme, out);
  return out;
}

const sequences = new Map<ThemeName, string[]>();

/**
 * Every fill of a theme, in the order that keeps each as far as the theme allows from all
 * those before it: from a blue of middle lightness, each next one the candidate farthest from
 * all those taken. Any run of it holds colours that differ, and any two runs share none, so
 * the meanings (chart-colours.ts) take runs of it one after another. Deterministic.
 */
export function colorSequence(theme: ThemeName): readonly string[] {
  const known = sequences.get(theme);
  if (known) return known;
  const pool = candidates(theme);
  const dist = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const nearest = pool.map(() => Infinity);
  const out: string[] = [];
  const mid = LIGHTNESS[theme][3];
  let next = Math.max(
    0,
    pool.findIndex((c) => c.l === mid && c.hue === 250),
  );
  while (out.length < pool.length) {
    const taken = pool[next]!;
    out.push(taken.color);
    nearest[next] = -1;
    let best = -1;
    pool.forEach((c, j) => {
      if (nearest[j]! < 0) return;
      nearest[j] = Math.min(nearest[j]!, dist(c.lab, taken.lab));
      if (best < 0 || nearest[j]! > nearest[best]!) best = j;
    });
    if (best < 0) break;
    next = best;
  }
  sequences.set(theme, out);
  return out;
}
