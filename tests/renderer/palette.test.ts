import { describe, expect, it } from 'vitest';

import {
  addressColor,
  colorIndex,
  colorKeyOf,
  ON_FILL,
  PALETTE,
  seriesColor,
  type ThemeName,
} from '../../renderer/src/charts/palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PANEL: Record<ThemeName, string> = { light: '#ffffff', dark: '#18202a' };

describe('address colours', () => {
  // FNV-1a of the text (0xf2ab8352 for the first) modulo the 12 colours, worked out apart from the code.
  it.each([
    ['81.2.69.142', 2],
    ['81.2.69.143', 1],
    ['81.2.69.160', 2],
    ['203.0.113.7', 8],
    ['198.51.100.1', 11],
    ['2a02:1:2:3::/64', 7],
  ])('%s has colour %d, always', (key, index) => {
    expect(colorIndex(key)).toBe(index);
    expect(addressColor(key, 'light').fill).toBe(PALETTE.light[index]);
    expect(addressColor(key, 'dark').fill).toBe(PALETTE.dark[index]);
  });

  it('reads an address the same whatever its case or spaces', () => {
    expect(colorIndex(' 2A02:1:2:3::/64 ')).toBe(colorIndex('2a02:1:2:3::/64'));
  });

  it('spreads neighbouring addresses over the palette', () => {
    const used = new Set(Array.from({ length: 48 }, (_, i) => colorIndex(`203.0.113.${i}`)));
    expect(used.size).toBe(PALETTE.light.length);
  });

  it('colours an IPv6 run by its /64, an IPv4 run by its address', () => {
    expect(colorKeyOf({ ip: '2a02:1:2:3::5', prefix: '2a02:1:2:3::/64' })).toBe('2a02:1:2:3::/64');
    expect(colorKeyOf({ ip: '81.2.69.142', prefix: null })).toBe('81.2.69.142');
  });

  it.each(['light', 'dark'] as const)(
    '%s: labels on every colour meet WCAG AA, and each colour stands out from the panel',
    (theme) => {
      expect(PALETTE[theme]).toHaveLength(PALETTE.light.length);
      for (const fill of PALETTE[theme]) {
        expect(contrast(fill, ON_FILL[theme]), fill).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fill, PANEL[theme]), fill).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('gives other series the palette in order, round and round', () => {
    expect(seriesColor(0, 'light')).toBe(PALETTE.light[0]);
    expect(seriesColor(13, 'dark')).toBe(PALETTE.dark[1]);
  });
});
