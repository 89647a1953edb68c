import { describe, expect, it } from 'vitest';

import {
  colorDistance,
  colorKeyOf,
  colorMap,
  contrast,
  distinctColors,
  ON_FILL,
  PALETTE,
  PANEL,
  seriesColor,
} from '../../renderer/src/charts/palette';

/** The smallest OKLab distance between any two of the colours. */
function closest(colors: readonly string[]): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) min = Math.min(min, colorDistance(colors[i]!, colors[j]!));
  return min;
}

describe('distinct colours for the addresses in view', () => {
  // OKLab distance: about 0.02 is just noticeable side by side; the floors are what the theme's
  // contrast rules leave room for, well above repeating a colour (0, as 12 colours over 36 addresses did).
  it.each([
    ['light', 1, Infinity],
    ['light', 2, 0.25],
    ['light', 5, 0.15],
    ['light', 12, 0.1],
    ['light', 24, 0.07],
    ['light', 36, 0.055],
    ['dark', 2, 0.25],
    ['dark', 5, 0.15],
    ['dark', 12, 0.1],
    ['dark', 24, 0.07],
    ['dark', 36, 0.055],
  ] as const)('%s, %d addresses: all differ, the closest two by at least %d', (theme, n, floor) => {
    const colors = distinctColors(n, theme);
    expect(colors).toHaveLength(n);
    expect(new Set(colors).size).toBe(n);
    expect(closest(colors)).toBeGreaterThanOrEqual(floor);
  });

  it.each(['light', 'dark'] as const)(
    '%s: labels on every colour meet WCAG AA, and each colour stands out from the panel',
    (theme) => {
      for (const fill of distinctColors(48, theme)) {
        expect(contrast(fill, ON_FILL[theme]), fill).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fill, PANEL[theme]), fill).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('gives the first colours of a longer list the same as a short one: one more address changes no other', () => {
    expect(distinctColors(36, 'light').slice(0, 5)).toEqual(distinctColors(5, 'light'));
  });

  it('keeps each address one colour, and neighbours in time far apart', () => {
    const keys = Array.from({ length: 36 }, (_, i) => `203.0.113.${i}`);
    const map = colorMap([...keys, keys[0]!], 'dark');
    expect(map.size).toBe(36);
    expect(new Set([...map.values()].map((s) => s.fill)).size).toBe(36);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [map.get(keys[i - 1]!)!.fill, map.get(keys[i]!)!.fill];
      expect(colorDistance(a, b), `${keys[i - 1]} / ${keys[i]}`).toBeGreaterThanOrEqual(0.055);
    }
    expect(map.get(keys[0]!)!.text).toBe(ON_FILL.dark);
  });
});

describe('other colours', () => {
  it('colours an IPv6 run by its /64, an IPv4 run by its address', () => {
    expect(colorKeyOf({ ip: '2a02:1:2:3::5', prefix: '2a02:1:2:3::/64' })).toBe('2a02:1:2:3::/64');
    expect(colorKeyOf({ ip: '81.2.69.142', prefix: null })).toBe('81.2.69.142');
  });

  it.each(['light', 'dark'] as const)('%s: series colours stand out from the panel', (theme) => {
    for (const c of PALETTE[theme]) expect(contrast(c, PANEL[theme]), c).toBeGreaterThanOrEqual(3);
  });

  it('gives other series the palette in order, round and round', () => {
    expect(seriesColor(0, 'light')).toBe(PALETTE.light[0]);
    expect(seriesColor(13, 'dark')).toBe(PALETTE.dark[1]);
  });

  it.each([
    ['#ffffff', '#000000', 21],
    ['#767676', '#ffffff', 4.54],
  ])('contrast of %s on %s is %d (WCAG 2)', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });
});
