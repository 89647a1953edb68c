/**
 * Icon generation: every tray and app icon is rasterised by resvg from one SVG per state
 * (build/icons/src), so the platform forms cannot drift apart.
 *
 *   npm run icons            # writes build/icons/{tray,app}/...
 *   npm run icons -- --check # exits 1 when a committed icon differs from its source
 *
 * Forms: macOS template images (black + alpha, @1x 16 px and @2x 32 px); Windows .ico with
 * 16, 24, 32, 48 and 256 px; Linux PNGs at the sizes AppIndicator and the notification area
 * use (16, 22, 24, 32, 48); the app icon at 512 and 1024 px plus the Linux icon set and a .ico.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Resvg } from '@resvg/resvg-js';

import { TRAY_STATES } from '../electron/shell/tray-state';

export const ICONS_DIR = path.join(import.meta.dirname, '..', 'build', 'icons');
const SRC = path.join(ICONS_DIR, 'src');

export const ICO_SIZES = [16, 24, 32, 48, 256] as const;
export const LINUX_TRAY_SIZES = [16, 22, 24, 32, 48] as const;
export const APP_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;

export function rasterise(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** macOS template image: every colour becomes black (only alpha counts); white cut-outs vanish. */
export function templateSvg(svg: string): string {
  return svg
    .replace(/(fill|stroke)="#(?:fff|ffffff)"/gi, '$1="none"')
    .replace(/(fill|stroke)="#[0-9a-f]{3,8}"/gi, '$1="#000000"');
}

/** A .ico holding PNG images (Windows Vista and later read PNG entries at every size). */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** Every generated file, by its path under build/icons. */
export function renderAll(srcDir = SRC): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const read = (name: string) => readFileSync(path.join(srcDir, name), 'utf8');
  for (const state of TRAY_STATES) {
    const svg = read(`tray-${state}.svg`);
    const template = templateSvg(svg);
    out.set(`tray/mac/tray-${state}Template.png`, rasterise(template, 16));
    out.set(`tray/mac/tray-${state}Template@2x.png`, rasterise(template, 32));
    out.set(`tray/win/tray-${state}.ico`, encodeIco(ICO_SIZES.map((size) => ({ size, png: rasterise(svg, size) }))));
    for (const size of LINUX_TRAY_SIZES) out.set(`tray/linux/tray-${state}-${size}.png`, rasterise(svg, size));
  }
  const app = read('app.svg');
  for (const size of APP_SIZES) out.set(`app/${size}x${size}.png`, rasterise(app, size));
  out.set('app/icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: rasterise(app, size) }))));
  return out;
}

async function main(check: boolean): Promise<number> {
  const files = renderAll();
  const stale: string[] = [];
  for (const [rel, data] of files) {
    const file = path.join(ICONS_DIR, rel);
    if (check) {
      const current = await readFile(file).catch(() => null);
      if (!current || !current.equals(data)) stale.push(rel);
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    }
  }
  if (check && stale.length) {
    process.stderr.write(`icons out of date (run npm run icons): ${stale.join(', ')}\n`);
    return 1;
  }
  process.stdout.write(`${check ? 'checked' : 'wrote'} ${files.size} icons in ${ICONS_DIR}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv.includes('--check')).then((code) => process.exit(code));
}
