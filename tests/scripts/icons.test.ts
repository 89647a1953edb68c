import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { TRAY_STATES } from '../../electron/shell/tray-state';
import { encodeIco, ICO_SIZES, ICONS_DIR, renderAll, templateSvg } from '../../scripts/icons';

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('icons', () => {
  const files = renderAll();

  it('the committed icons are exactly what the SVG sources render to (npm run icons)', async () => {
    for (const [rel, data] of files) {
      const committed = await readFile(path.join(ICONS_DIR, rel));
      expect(committed.equals(data), `${rel} differs from its source: run npm run icons`).toBe(true);
    }
  });

  it('has every platform form for every tray state, at its sizes', () => {
    for (const state of TRAY_STATES) {
      expect(pngSize(files.get(`tray/mac/tray-${state}Template.png`)!)).toEqual([16, 16]);
      expect(pngSize(files.get(`tray/mac/tray-${state}Template@2x.png`)!)).toEqual([32, 32]);
      for (const s of [16, 22, 24, 32, 48])
        expect(pngSize(files.get(`tray/linux/tray-${state}-${s}.png`)!)).toEqual([s, s]);
      const ico = files.get(`tray/win/tray-${state}.ico`)!;
      expect(ico.readUInt16LE(2)).toBe(1);
      expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length);
      const sizes = ICO_SIZES.map((_, i) => ico.readUInt8(6 + 16 * i) || 256);
      expect(sizes).toEqual([16, 24, 32, 48, 256]);
    }
    expect(pngSize(files.get('app/512x512.png')!)).toEqual([512, 512]);
    expect(pngSize(files.get('app/1024x1024.png')!)).toEqual([1024, 1024]);
  });

  it('template images are black and alpha only', () => {
    const t = templateSvg('<path fill="#16a34a" stroke="#ffffff"/><circle fill="#FFF"/>');
    expect(t).toBe('<path fill="#000000" stroke="none"/><circle fill="none"/>');
  });

  it('packs an .ico whose entries point at their PNGs', () => {
    const a = Buffer.from('png-a');
    const b = Buffer.from('png-bb');
    const ico = encodeIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect(ico.readUInt32LE(6 + 8)).toBe(a.length);
    expect(ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + a.length)).toEqual(a);
    expect(ico.subarray(ico.readUInt32LE(22 + 12))).toEqual(b);
    expect(ico.readUInt8(22)).toBe(0);
  });
});
