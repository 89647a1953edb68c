import { describe, expect, it } from 'vitest';

import {
  addressColors,
  colorsOf,
  familyColor,
  figureColor,
  type Meaning,
  SOURCE_COLORS,
  sourceColors,
} from '../../shared/chart-colours';
import { colorDistance, colorKeyOf, contrast, ON_FILL, PANEL } from '../../shared/chart-palette';

const distinctColors = (n: number, theme: 'light' | 'dark') =>
  [
    ...addressColors(
      Array.from({ length: n }, (_, i) => `k${i}`),
      theme,
    ).values(),
  ].map((s) => s.fill);

/** The smallest OKLab distance between any two of the colours. */
function closest(colors: readonly string[]): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) min = Math.min(min, colorDistance(colors[i]!, colors[j]!));
  return min;
}

describe('distinct colours for the addresses in view', () => {
  // OKLab distance: about 0.02 is just noticeable side by side; the floors are what the theme's
  // contrast rules leave room for once families, figures and sources have theirs, well above
  // repeating a colour (0, as 12 colours over 36 addresses did).
  it.each([
    ['light', 1, Infinity],
    ['light', 2, 0.09],
    ['light', 5, 0.08],
    ['light', 12, 0.07],
    ['light', 24, 0.055],
    ['light', 36, 0.05],
    ['dark', 2, 0.3],
    ['dark', 5, 0.15],
    ['dark', 12, 0.085],
    ['dark', 24, 0.06],
    ['dark', 36, 0.05],
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
    const map = addressColors([...keys, keys[0]!], 'dark');
    expect(map.size).toBe(36);
    expect(new Set([...map.values()].map((s) => s.fill)).size).toBe(36);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [map.get(keys[i - 1]!)!.fill, map.get(keys[i]!)!.fill];
      expect(colorDistance(a, b), `${keys[i - 1]} / ${keys[i]}`).toBeGreaterThanOrEqual(0.05);
    }
    expect(map.get(keys[0]!)!.text).toBe(ON_FILL.dark);
  });
});

const MEANINGS: Meaning[] = ['family', 'figure', 'source', 'address'];

describe('one colour scheme per meaning', () => {
  // An address in one chart must never look like IPv6 in the next or a source in a third: no
  // colour is two of them, and two meanings are at least twice a just noticeable step apart.
  it.each(['light', 'dark'] as const)(
    '%s: no colour is shared between meanings, and each is visibly apart from the others',
    (theme) => {
      const drawn = {
        family: [familyColor(4, theme), familyColor(6, theme)],
        figure: (['online', 'download', 'upload'] as const).map((f) => figureColor(f, theme)),
        source: sourceColors(30, theme),
        address: distinctColors(48, theme),
      } satisfies Record<Meaning, string[]>;
      for (const a of MEANINGS)
        for (const b of MEANINGS) {
          if (a >= b) continue;
          for (const x of drawn[a])
            for (const y of drawn[b]) {
              expect(x, `${a} / ${b}`).not.toBe(y);
              expect(colorDistance(x, y), `${a} ${x} / ${b} ${y}`).toBeGreaterThanOrEqual(0.04);
            }
        }
    },
  );
});

describe('other colours', () => {
  it('colours an IPv6 run by its /64, an IPv4 run by its address', () => {
    expect(colorKeyOf({ ip: '2a02:1:2:3::5', prefix: '2a02:1:2:3::/64' })).toBe('2a02:1:2:3::/64');
    expect(colorKeyOf({ ip: '81.2.69.142', prefix: null })).toBe('81.2.69.142');
  });

  it('gives each source the next source colour, round again past the twelfth', () => {
    const twelve = sourceColors(SOURCE_COLORS, 'light');
    expect(new Set(twelve).size).toBe(SOURCE_COLORS);
    expect(sourceColors(SOURCE_COLORS + 2, 'light').slice(SOURCE_COLORS)).toEqual(twelve.slice(0, 2));
    expect(familyColor(4, 'dark')).not.toBe(familyColor(6, 'dark'));
    expect(new Set((['online', 'download', 'upload'] as const).map((f) => figureColor(f, 'light'))).size).toBe(3);
  });

  it.each(['light', 'dark'] as const)('%s: every colour of every meaning stands out from the panel', (theme) => {
    for (const meaning of MEANINGS)
      for (const c of colorsOf(meaning, theme)) expect(contrast(c, PANEL[theme]), c).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['#ffffff', '#000000', 21],
    ['#767676', '#ffffff', 4.54],
  ])('contrast of %s on %s is %d (WCAG 2)', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });
});
